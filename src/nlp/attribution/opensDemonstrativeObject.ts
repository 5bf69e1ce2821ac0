import type { Token } from '../../domain/analysis.js';
import type { TokenRange } from './attributionContext.js';

// What may follow an object "this" that ends the report: a reason, a time, a purpose.
const AFTER_OBJECT = new Set(['because', 'since', 'as', 'after', 'before', 'when', 'while', 'so', 'given']);

/**
 * "We note this because the agency's spokesperson stated …": a content that opens, right after the
 * cue, on "this" and then a word opening a reason or a time is the cue's object and the writer's
 * reason for it, not a clause the cue reports ("He said this is wrong" still reports one).
 */
export function opensDemonstrativeObject(tokens: readonly Token[], cue: TokenRange, content: readonly TokenRange[]): boolean {
  const first = content[0]?.from;
  return first === cue.to && tokens[first].normal === 'this' && AFTER_OBJECT.has(tokens[first + 1]?.normal ?? '');
}
