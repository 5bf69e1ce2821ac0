import type { Token } from '../../domain/analysis.js';
import { QUOTE_MARKS, TERMINAL } from './clauseBounds.js';

const POLL_WORDS = new Set(['poll', 'polls', 'survey', 'surveys']);
const MAX_PHRASE_TOKENS = 16;

/**
 * "In a county poll taken in May, 58 percent said …", "Ruiz led by nine points in the latest county poll.":
 * "in" at `k` opens a noun phrase headed by "poll" or "survey" that runs to a comma or the sentence
 * end, with no quotation, auxiliary or finite verb on the way (only a participle after the head:
 * "released Monday", "conducted by Gallup"). PolNeAR annotates the poll as the source of what
 * the clause says, with "in" as the cue; "according to" takes the same shapes. findIndirectAttributions
 * takes only a poll that opens its clause (a later one was right 31 times in 121 on PolNeAR train).
 */
export function isPollPhrase(tokens: readonly Token[], k: number, end: number): boolean {
  if (tokens[k].normal !== 'in' || tokens[k].pos !== 'ADP') return false;
  let head = -1;
  for (let j = k + 1; j < end && j <= k + MAX_PHRASE_TOKENS; j++) {
    const t = tokens[j];
    if (t.text === ',' || TERMINAL.test(t.text)) return head > 0;
    if (QUOTE_MARKS.test(t.text) || t.pos === 'AUX' || /^[;:—–]$/.test(t.text) || t.normal === 'that') return false;
    if (t.pos === 'VERB' && (head < 0 || !/(?:ed|en|wn)$/.test(t.normal))) return false;
    if (head < 0 && POLL_WORDS.has(t.normal) && t.pos !== 'VERB') head = j;
  }
  return false;
}
