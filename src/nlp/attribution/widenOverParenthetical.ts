import type { Token } from '../../domain/analysis.js';
import { finishRange, scanNounPhraseBack } from './scanNounPhraseBack.js';
import { MAX_SOURCE_TOKENS, NO_SOURCE, type SourceResult } from './sourceResult.js';

const MAX_PARENTHETICAL_TOKENS = 15;

/** The "(" that opens the parenthesis closed at `close`, or -1 (none within reach, or a quotation or sentence end on the way). */
function openingParenthesis(tokens: readonly Token[], close: number, floor: number): number {
  for (let j = close - 1; j >= Math.max(floor, close - MAX_PARENTHETICAL_TOKENS); j--) {
    const t = tokens[j].text;
    if (t === '(') return j;
    if (t === ')' || /^[“”"]$/.test(t) || t === ';') return -1;
  }
  return -1;
}

/**
 * "Ruiz (who has won two terms) said", "The board (which met on Tuesday) said", "Voters (most of
 * them farmers) said": a parenthesis between the speaker phrase and its cue belongs to the phrase, as
 * PolNeAR has it; the words inside it are never the speaker alone ("men)"). `found` is what the
 * scan back read before the cue group, which ends at `last` (the token before the cue and its
 * adverbs). When `last` closes a parenthesis the phrase before the "(" heads the source, the
 * parenthesis included; if no phrase stands there, there is no source. Else `found` as it is.
 * The rules alone (findSourceBefore).
 */
export function widenOverParenthetical(tokens: readonly Token[], last: number, floor: number, found: SourceResult): SourceResult {
  if (last < floor || tokens[last].text !== ')') return found;
  const open = openingParenthesis(tokens, last, floor);
  if (open < 0) return found;
  if (found.kind === 'source' && found.range.from <= open) return found;
  const head = finishRange(tokens, scanNounPhraseBack(tokens, open, floor), open);
  if (head.kind !== 'source' || head.range.to !== open || last + 1 - head.range.from > MAX_SOURCE_TOKENS) return NO_SOURCE;
  return { kind: 'source', range: { from: head.range.from, to: last + 1 } };
}
