import type { Token } from '../../domain/analysis.js';

const CONJUNCTIONS = new Set(['and', 'or', 'but', 'then']);

/**
 * "The agents announced their presence and broke down the door", "denied the charges and fired two
 * deputies": the first finite verb after the cue (from `from`) stands right after a conjunction (past
 * one adverb), with no verb before it, so it is a second predicate of the cue's subject and the words
 * before it are the cue's object, not the subject of a reported clause. The conjunction's index, or -1.
 */
export function coordinatedVerbAt(tokens: readonly Token[], from: number, to: number): number {
  for (let j = from; j < to; j++) {
    const t = tokens[j];
    if (t.pos !== 'VERB' && t.pos !== 'AUX') continue;
    if (t.normal.endsWith('ing') && t.pos === 'VERB') continue;
    const c = tokens[j - 1]?.pos === 'ADV' ? j - 2 : j - 1;
    return c > from && CONJUNCTIONS.has(tokens[c].normal) ? c : -1;
  }
  return -1;
}
