import type { Token } from '../../domain/analysis.js';

/** Relative words that open the writer's closing gloss. */
const RELATIVES = new Set(['which', 'who', 'whose', 'where']);

/**
 * Where a reported clause from `from` to `to` ends before a non-restrictive relative clause that
 * glosses it: "said he would repeal the act, which was passed in 2010." → at the comma. The content
 * before the comma is a clause with no comma and no quotation mark of its own ("said the car, which
 * was stolen, hit him" runs on). The gloss is the writer's, not the speaker's. Returns `to` when no
 * such comma stands. The rules read it only for a report whose speaker stands before the cue ("Ruiz
 * said …"), not for a complement ("asked them not to block the driveway, which …") or the tail
 * after a tag in mid-sentence, where the product's dev gold keeps it. PolNeAR train (round 25): 21
 * contents more are exact.
 */
export function closingRelativeEnd(tokens: readonly Token[], from: number, to: number): number {
  let clause = false;
  for (let j = from; j < to - 2; j++) {
    const t = tokens[j];
    if (t.text === ',') return j > from && clause && RELATIVES.has(tokens[j + 1].normal) ? j : to;
    if (/["“”]/.test(t.text) || t.text === "'") return to;
    // A finite verb (clauseBounds' hasClause).
    if (t.pos === 'AUX' || (t.pos === 'VERB' && !t.normal.endsWith('ing'))) clause = true;
  }
  return to;
}
