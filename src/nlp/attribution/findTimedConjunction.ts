import type { Token } from '../../domain/analysis.js';
import { DAY_WORDS } from './dayWords.js';

const DAYS = new Set(DAY_WORDS);
const PARTS = new Set(['morning', 'afternoon', 'evening', 'night']);
const PERIODS = new Set(['week', 'month', 'year', 'night', 'weekend', 'morning', 'evening']);
const DEICTIC = new Set(['last', 'this', 'next']);
const CONJUNCTIONS = new Set(['and', 'but']);

/** Whether tokens `from`..`to` are a day or a period: "Monday", "on Monday night", "last week". */
function isTimePhrase(tokens: readonly Token[], from: number, to: number): boolean {
  const words = tokens.slice(from, to).map((t) => t.normal);
  if (words[0] === 'on') words.shift();
  if (words.length === 1) return DAYS.has(words[0]);
  if (words.length !== 2) return false;
  return (DAYS.has(words[0]) && PARTS.has(words[1])) || (DEICTIC.has(words[0]) && PERIODS.has(words[1]));
}

/**
 * "Ruiz cut the budget and on Monday announced …", "… but last week wrote …": the index of the "and"
 * or "but" that a day or a period of time separates from the verb at `k`, or -1. The verb is then
 * coordinated with the clause before, like "and said"; the day is no speaker.
 */
export function findTimedConjunction(tokens: readonly Token[], k: number, floor: number): number {
  for (let c = k - 2; c >= Math.max(floor + 1, k - 4); c--) {
    if (CONJUNCTIONS.has(tokens[c].normal) && tokens[c].pos === 'CCONJ') return isTimePhrase(tokens, c + 1, k) ? c : -1;
  }
  return -1;
}
