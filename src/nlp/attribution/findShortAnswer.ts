import type { Token } from '../../domain/analysis.js';
import { TERMINAL } from './clauseBounds.js';

const ANSWERS = new Set(['yes', 'no', 'so']);
/** What may follow a one-word answer: the end of the clause, or a phrase of time or place ("said so in May"). */
const AFTER_ANSWER = new Set([',', ';', ')', 'while', 'whereas', 'but', 'and', 'compared', 'in', 'on', 'at', 'last', 'this', 'when', 'after', 'before']);
const MAX_SAME_TOKENS = 8;

function endsAnswer(t: Token | undefined): boolean {
  return t === undefined || TERMINAL.test(t.text) || AFTER_ANSWER.has(t.normal);
}

/**
 * "41 percent said yes", "a fifth said so in May", "a third said the same of Lee": a
 * verb of saying whose content is an answer or a reference back, not a clause. Returns one past
 * the answer starting at `from` ("yes", "no", "so", "the same" with its "of …"/"for …"/"about …"
 * phrase), or -1. PolNeAR annotates these contents; "said so far" and "said no one …" are not answers,
 * and "said no to the war" is a refusal (PolNeAR makes "said no to" the cue).
 */
export function findShortAnswer(tokens: readonly Token[], from: number, end: number): number {
  const t = tokens[from];
  if (!t || from >= end) return -1;
  if (ANSWERS.has(t.normal)) return endsAnswer(tokens[from + 1]) ? from + 1 : -1;
  if (t.normal !== 'the' || tokens[from + 1]?.normal !== 'same') return -1;
  let j = from + 2;
  if (tokens[j]?.normal === 'thing') j++;
  if (j < end && /^(?:of|for|about)$/.test(tokens[j].normal)) {
    const stop = j;
    for (j = stop + 1; j < end && j - from <= MAX_SAME_TOKENS && !TERMINAL.test(tokens[j].text) && !AFTER_ANSWER.has(tokens[j].normal); j++) {
      if (tokens[j].pos === 'VERB' || tokens[j].pos === 'AUX') return -1;
    }
    return j > stop + 1 && endsAnswer(tokens[j]) ? j : -1;
  }
  return endsAnswer(tokens[j]) ? j : -1;
}
