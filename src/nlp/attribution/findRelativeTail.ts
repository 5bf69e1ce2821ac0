import type { Token } from '../../domain/analysis.js';
import { QUOTE_MARKS, TERMINAL } from './clauseBounds.js';

const MAX_TAIL_TOKENS = 30;

const RELATIVES = /^(?:who|whose|which|that)$/;
const NOUN_PARTS = new Set(['ADJ', 'NOUN', 'PROPN', 'NUM']);

/**
 * The relative pronoun opening a description at `k`: "who"/"whose"/"which" right there, or after
 * an appositive noun phrase ("a union that …", "the group which …"). Returns its index, or -1.
 */
function relativeAt(tokens: readonly Token[], k: number, end: number): number {
  const first = tokens[k]?.normal ?? '';
  if (/^(?:who|whose|which)$/.test(first)) return k;
  if (!/^(?:a|an|the)$/.test(first)) return -1;
  let j = k + 1;
  while (j < end && j - k <= 6 && (NOUN_PARTS.has(tokens[j].pos) || tokens[j].text === '-')) j++;
  return j > k + 1 && j < end && RELATIVES.test(tokens[j].normal) ? j : -1;
}

/**
 * "…, said Tom Hale, who leads the county board.": a relative clause after the comma at `comma`
 * that describes the speaker and runs to the sentence end (no quotation mark, semicolon, colon or
 * dash on the way, at most thirty tokens). Returns where it ends (the final mark), or -1. PolNeAR
 * keeps it in the source, and so does the product's speaker phrase (an appositive tail does too).
 */
export function findRelativeTail(tokens: readonly Token[], comma: number, end: number): number {
  if (tokens[comma]?.text !== ',') return -1;
  const opens = relativeAt(tokens, comma + 1, end);
  if (opens < 0) return -1;
  for (let x = opens + 1; x < end && x - comma <= MAX_TAIL_TOKENS; x++) {
    const t = tokens[x];
    if (TERMINAL.test(t.text)) return x === end - 1 ? x : -1;
    if (QUOTE_MARKS.test(t.text) || t.text === "''" || /^[;:—–]$/.test(t.text)) return -1;
  }
  return -1;
}
