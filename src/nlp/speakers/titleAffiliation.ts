import type { RoleVocab } from './roleVocab.js';
import { matchLongest, type Word } from './words.js';

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
