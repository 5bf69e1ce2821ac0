import type { Token } from '../../domain/analysis.js';

// What a court rules on: "denied the motion to dismiss", "denied his request for bail", "denied Officer Haller's claim of qualified immunity".
const RULED_ON = new Set(['motion', 'motions', 'petition', 'petitions', 'request', 'requests', 'appeal', 'appeals', 'application', 'applications', 'bail', 'bond', 'stay', 'injunction', 'warrant', 'immunity', 'parole', 'asylum', 'release']);
const OBJECT_WORDS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PART', 'ADP']);
const OBJECT_REACH = 8;
const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'its', 'their', 'our', 'my', 'your']);

/**
 * Whether the object of "denied" from `from` is something a court or an agency rules on (a motion,
 * a request for bail, a claim of immunity): a ruling, no words denied ("denied that he fired first",
 * "denied the allegations" still report).
 */
export function deniesMotion(tokens: readonly Token[], from: number, to: number): boolean {
  for (let j = from; j < Math.min(to, from + OBJECT_REACH); j++) {
    const t = tokens[j];
    if (RULED_ON.has(t.normal)) return true;
    // "qualified" of "qualified immunity" reads as a verb; "his" as a pronoun.
    if (!OBJECT_WORDS.has(t.pos) && !POSSESSIVE_PRONOUNS.has(t.normal) && !t.normal.endsWith('ed')) return false;
  }
  return false;
}
