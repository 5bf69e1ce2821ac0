import type { Token } from '../../domain/analysis.js';
import { QUOTE_MARKS, TERMINAL } from './clauseBounds.js';

const MAX_TAIL_TOKENS = 30;

/**
 * "…, said Tom Hale, who leads the county board.": a relative clause after the comma at `comma`
 * that describes the speaker and runs to the sentence end (no quotation mark, semicolon, colon or
 * dash on the way, at most thirty tokens). Returns where it ends (the final mark), or -1. PolNeAR
 * keeps it in the source, and so does the product's speaker phrase (an appositive tail does too).
 */
export function findRelativeTail(tokens: readonly Token[], comma: number, end: number): number {
  if (tokens[comma]?.text !== ',' || !/^(?:who|whose)$/.test(tokens[comma + 1]?.normal ?? '')) return -1;
  for (let x = comma + 2; x < end && x - comma <= MAX_TAIL_TOKENS; x++) {
    const t = tokens[x];
    if (TERMINAL.test(t.text)) return x === end - 1 ? x : -1;
    if (QUOTE_MARKS.test(t.text) || t.text === "''" || /^[;:—–]$/.test(t.text)) return -1;
  }
  return -1;
}
