import type { Role } from '../../domain/roles.js';
import { roleOfTitle } from './registerPersons.js';
import type { RoleVocab } from './roleVocab.js';
import { matchLongest, type Word } from './words.js';

const PERSON_NAME_WORD = /^\p{Lu}[\p{L}'’.-]*$/u;

/**
 * "a spokesman for Cook County State's Attorney Yvette Calloway", "chief of staff to Mayor Ana Ruiz": the
 * role of the office a principal's title names, when the words after "for" or "to" are capitalised title
 * words and then a name of one to three words. Read whole: a seat ("State's", "U.S.") is part of the title
 * here, where a spokesperson's own seat words say nothing. Null for a body ("the Sheriff's Office") or a
 * name alone.
 */
export function principalOffice(complement: readonly Word[], vocab: RoleVocab): Role | null {
  const words = complement[0]?.norm === 'the' ? complement.slice(1) : complement;
  if (words.length < 2 || !words.every((w) => PERSON_NAME_WORD.test(w.text))) return null;
  for (let nameFrom = words.length - 1; nameFrom >= Math.max(1, words.length - 3); nameFrom--) {
    if (words.slice(nameFrom).some((w) => w.possessive)) return null;
    for (let i = 0; i < nameFrom; i++) {
      const m = matchLongest(words, i, vocab.titleRoles);
      if (m && i + m.len === nameFrom) return roleOfTitle(words.slice(0, nameFrom).map((w) => w.text).join(' '), vocab);
    }
  }
  return null;
}
