import { readFileSync, statSync } from 'node:fs';
import { ParallaxError } from '../../lib/errors.js';
import type { Store } from '../../store/Store.js';
import { importJson, type ImportJsonSummary } from './importJson.js';

/**
 * The largest export read: the file is parsed whole (not streamed), so its size bounds the memory
 * used (a few times the file); a larger file is refused rather than let it exhaust the memory.
 */
export const IMPORT_JSON_MAX_BYTES = 256 * 1024 * 1024;

/** Reads a json export made with `--with-documents` and imports its documents (see importJson). */
export function importJsonFile(store: Store, path: string, maxBytes = IMPORT_JSON_MAX_BYTES): ImportJsonSummary {
  let text: string;
  try {
    const size = statSync(path).size;
    if (size > maxBytes) throw new ParallaxError('bad_input', `"${path}" is ${size} bytes; a json import reads at most ${maxBytes}.`, { path, size, maxBytes });
    text = new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(path));
  } catch (err) {
    if (err instanceof ParallaxError) throw err;
    const reason = (err as NodeJS.ErrnoException).code ?? 'not UTF-8';
    throw new ParallaxError('unreadable_file', `Cannot read "${path}" (${reason}).`, { path });
  }
  return importJson(store, readDocumentEntries(text, path));
}

/** The `"documents"` array of an export, or a clear error when the file is not one. */
export function readDocumentEntries(text: string, path: string): unknown[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (err) {
    throw new ParallaxError('bad_input', `"${path}" is not JSON (${(err as Error).message}).`, { path });
  }
  const documents = parsed && typeof parsed === 'object' ? (parsed as { documents?: unknown }).documents : undefined;
  if (!Array.isArray(documents)) {
    throw new ParallaxError('bad_input', `"${path}" has no "documents" array: export it with "parallax export --format json --with-documents".`, { path });
  }
  return documents;
}
