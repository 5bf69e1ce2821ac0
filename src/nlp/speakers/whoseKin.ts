import type { RoleVocab } from './roleVocab.js';

// ", whose brother", ", whose younger son": a relative clause that names someone's kin.
const WHOSE = String.raw`,\s+whose\s+(?:(?:older|younger|elder|eldest|oldest|youngest|only|late|teenage|adult)\s+)?([\p{L}-]+)`;
const AFTER_NAME = new RegExp(`^${WHOSE}`, 'u');
const BEFORE_NAME = new RegExp(`${WHOSE}\\s*,?\\s*$`, 'u');
const REACH = 40;

function isKin(noun: string, vocab: RoleVocab): boolean {
  return vocab.relationRoles.get(noun.toLowerCase()) === 'family';
}

/** Whether a name ending at `end` is followed by ", whose <kin noun>" ("Luz Aranda, whose brother …"). */
export function whoseKinFollows(text: string, end: number, vocab: RoleVocab): boolean {
  const m = AFTER_NAME.exec(text.slice(end, end + REACH));
  return m !== null && isKin(m[1], vocab);
}

/** Where the ", whose <kin noun>" right before offset `at` starts (its comma), or -1 ("…, whose brother Felipe Aranda"). */
export function whoseKinBefore(text: string, at: number, vocab: RoleVocab): number {
  const before = text.slice(Math.max(0, at - REACH), at);
  const m = BEFORE_NAME.exec(before);
  return m !== null && isKin(m[1], vocab) ? at - before.length + m.index : -1;
}
