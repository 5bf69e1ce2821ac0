import type { FieldSource } from '../../domain/incident.js';
import type { ChargeVocab } from './chargeVocab.js';
import { loadChargeVocab } from './chargeVocab.js';
import { findAll } from './compileRegexList.js';
import type { SentenceInfo } from './describeSentences.js';
import { isShortCharge } from '../merge/isShortCharge.js';
import { isPriorCharge } from './isPriorCharge.js';

export interface FoundCharges {
  readonly charges: readonly string[];
  readonly sources: readonly FieldSource[];
}

// "has not been charged", "no charge has been filed": a cue under negation names no charge.
const NO_ONE_OPENS = /^\W*(?:no one|nobody|none of|neither)\b/iu;
const NEGATED_CUE = /\b(?:not|never|no)\b(?:\s+\S+){0,3}\s*$/iu;
// "declined to discuss whether the agent could face charges", "possible charges": charges no one has brought (stop 71).
const HYPOTHETICAL_CUE = /\b(?:could|would|might|whether|if|possible|potential)\b(?:\s+\S+){0,4}\s*$/iu;

/**
 * Charges, normalised to the vocabulary's labels ("charged with assaulting a federal officer" →
 * "assault on a federal officer"): a charge pattern counts only after a charge cue in the same
 * sentence, and a charge inside a more specific one already found is not repeated.
 */
export function findCharges(sentences: readonly SentenceInfo[], vocab: ChargeVocab = loadChargeVocab()): FoundCharges {
  const found: { label: string; span: FieldSource['span'] }[] = [];
  for (const s of sentences) {
    // "No one from the car wash was arrested for assaulting an officer": no one charged.
    if (NO_ONE_OPENS.test(s.text)) continue;
    // "A 2021 misdemeanor assault charge … was dismissed": a charge of the past is the person's record, not this case's.
    const cue = findAll(vocab.cues, s.text).find((c) => !NEGATED_CUE.test(s.text.slice(Math.max(0, c.start - 30), c.start)) && !HYPOTHETICAL_CUE.test(s.text.slice(Math.max(0, c.start - 40), c.start)) && !isPriorCharge(s.text, c.start, c.end));
    if (!cue) continue;
    const taken: { start: number; end: number }[] = [];
    const labels: string[] = [];
    for (const charge of vocab.charges) {
      // "assault on a federal officer with a deadly weapon, in violation of 18 U.S.C. § 111(a) and (b)":
      // the statute cited for a fuller charge of the sentence is that charge, not the shorter one it opens with.
      if (labels.some((l) => l.startsWith(`${charge.label} `))) continue;
      // "had a prior conviction for driving under the influence": what a past conviction was for is no charge of this case.
      const hit = findAll(charge.patterns, s.text).find((h) => h.start >= cue.start - 80 && !taken.some((t) => h.start < t.end && t.start < h.end) && !isPriorCharge(s.text, h.start, h.end));
      if (!hit) continue;
      taken.push(hit);
      labels.push(charge.label);
      if (found.some((f) => f.label === charge.label)) continue;
      found.push({ label: charge.label, span: Object.freeze({ start: s.start + hit.start, end: s.start + hit.end, text: hit.text }) });
    }
  }
  const kept = found.filter((f) => !isShortCharge(f.label, found.map((x) => x.label)));
  return Object.freeze({
    charges: Object.freeze(kept.map((f) => f.label)),
    sources: Object.freeze(kept.map((f, i): FieldSource => ({ field: `charges.${i}`, span: f.span }))),
  });
}

