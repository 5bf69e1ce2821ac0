import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { z } from 'zod';
import { ParallaxError } from '../../lib/errors.js';

const VOCAB_DIR = fileURLToPath(new URL('../../../vocab/', import.meta.url));

/**
 * Reads and validates one vocabulary file of `vocab/`. A broken vocabulary must stop the stage
 * loudly: silently matching nothing would look like a document without mentions.
 */
export function readVocab<T>(file: string, schema: z.ZodType<T>): T {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(VOCAB_DIR + file, 'utf8'));
  } catch (err) {
    throw new ParallaxError('stage_failed', `Cannot read vocabulary ${file}.`, { file, reason: String(err) });
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    throw new ParallaxError('stage_failed', `Vocabulary ${file} is malformed.`, { file, issues: parsed.error.issues.slice(0, 5) });
  }
  return parsed.data;
}
