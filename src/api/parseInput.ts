import type { z } from 'zod';
import { ParallaxError } from '../lib/errors.js';

/** One validation issue as the API reports it: a dotted path a client can point at, and why. */
export interface InputIssue {
  readonly path: string;
  readonly code: string;
  readonly message: string;
}

/**
 * Validates request input against a zod schema. Failures become one `bad_argument` error whose
 * details list every issue, so a client fixes all its mistakes in one round trip.
 */
export function parseInput<S extends z.ZodType>(schema: S, value: unknown, what: string): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issues: InputIssue[] = result.error.issues.map((issue) => ({
    path: issue.path.map(String).join('.'),
    code: issue.code,
    message: issue.message,
  }));
  throw new ParallaxError('bad_argument', `Invalid ${what}.`, { issues });
}
