import { loadChargeVocab, type ChargeVocab } from '../../extract/chargeVocab.js';
import { findAll } from '../../extract/compileRegexList.js';

/**
 * The charge labels a gold note names ("assault on a federal officer with a dangerous weapon, 18
 * U.S.C. § 111(a)(1), (b); depredation of federal property…"): every charge of the vocabulary whose
 * pattern (key words or statute) matches, clause by clause (";"), a more specific charge claiming its
 * words and statute first so the general one inside it is not counted twice. Empty when the note names no known charge.
 */
export function canonicaliseCharges(note: string, vocab: ChargeVocab = loadChargeVocab()): string[] {
  const labels: string[] = [];
  // One clause names one charge with its statute: "assault … with a dangerous weapon, 18 U.S.C. § 111(b)".
  for (const clause of note.split(';')) {
    const found: string[] = [];
    const taken: { start: number; end: number }[] = [];
    for (const charge of vocab.charges) {
      const hits = findAll(charge.patterns, clause).filter((h) => !taken.some((t) => h.start < t.end && t.start < h.end));
      if (hits.length === 0) continue;
      taken.push(...hits);
      found.push(charge.label);
    }
    // A general label inside a specific one found in the same clause is that charge's statute, not another charge.
    for (const label of found) if (!found.some((other) => other !== label && other.includes(label)) && !labels.includes(label)) labels.push(label);
  }
  return labels;
}
