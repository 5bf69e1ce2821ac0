import type { RoleVocab } from './roleVocab.js';
import { stateCode } from '../mentions/stateCode.js';
import { matchLongest, splitWords, type Word } from './words.js';

// Words that may stand before a national office and keep it national: "U.S. President", "former President".
const NATIONAL_BEFORE: ReadonlySet<string> = new Set(['u.s', 'us', 'former', 'then', 'the']);
const NATIONAL = /\bof the United States$/u;

/**
 * The body a title's words name (vocab/roles.json titleAffiliations): "Sen." → "U.S. Senate". A
 * national office after a seat of its own ("Cicero Town President", "Board President") is that
 * seat's, which the title does not name: null.
 */
export function titleAffiliation(words: readonly Word[], vocab: RoleVocab): string | null {
  for (let i = 0; i < words.length; i++) {
    const m = matchLongest(words, i, vocab.titleAffiliations);
    if (!m) continue;
    if (NATIONAL.test(m.value) && words.slice(0, i).some((w) => !NATIONAL_BEFORE.has(w.norm))) return null;
    return m.value;
  }
  return null;
}

/**
 * "Colorado Attorney General", "Cicero Town President", "COUNCIL PRESIDENT": the title with the seat
 * written before it, when the seat is a state or changes the body the title names; the bare title otherwise.
 */
export function withSeat(seat: string, title: string, vocab: RoleVocab): string {
  if (!seat) return title;
  const seated = `${seat} ${title}`;
  return stateCode(seat) !== null || titleAffiliation(splitWords(seated), vocab) !== titleAffiliation(splitWords(title), vocab) ? seated : title;
}
