import type { Role } from '../../domain/roles.js';
import type { RoleVocab } from './roleVocab.js';
import { matchLongest, splitWords, type Word } from './words.js';

// "WASHINGTON — The acting chief of the U.S. Border Patrol, " before a name: "the" (or "a") and a phrase
// opening its clause, set off by the comma right before the name. A possessive may stand for "the"
// ("ICE's Chicago field office director, Sam Olson,").
const PHRASE_BEFORE_NAME = /(?:^|[;:—–]\s*|\n\s*|,\s+|\.\s+)((?:[Tt]he|[Aa]n?|(?:\p{Lu}[\p{L}.&-]*\s+){0,3}\p{Lu}[\p{L}.&-]*['’]s)\s+[^,;:()"“”]{2,90}?),\s*$/u;
// Where what an office is of starts: "the acting chief | of the U.S. Border Patrol".
const OFFICE_LINKS = new Set(['of', 'for', 'at', 'with']);
// Roles of a title no one force was used on holds in its story: an office, counsel, the court.
const OFFICES: ReadonlySet<Role> = new Set(['official', 'elected_official', 'prosecutor', 'court', 'subject_counsel']);

/** The words of a phrase opening on "the" or "a" and set off right before a name that starts at `start`, or null. */
export function phraseBeforeName(text: string, start: number): Word[] | null {
  const from = Math.max(0, start - 110);
  const m = PHRASE_BEFORE_NAME.exec(text.slice(from, start));
  if (!m) return null;
  const at = from + m.index + m[0].indexOf(m[1]);
  return splitWords(text, at, at + m[1].length);
}

/**
 * Whether the words set off right before a name that starts at `start` give an office ("The acting
 * chief of the U.S. Border Patrol, Douglas Renwick,", "The district attorney, Ana Ruiz,"): the person
 * holds it, and is no one the incident happened to.
 */
export function apposedOffice(text: string, start: number, vocab: RoleVocab): boolean {
  const phrase = phraseBeforeName(text, start);
  if (!phrase) return false;
  const link = phrase.findIndex((w, i) => i >= 2 && OFFICE_LINKS.has(w.norm));
  const words = link > 0 ? phrase.slice(0, link) : phrase;
  for (let i = 1; i < words.length; i++) {
    const found = matchLongest(words, i, vocab.titleRoles);
    if (found && i + found.len === words.length) return OFFICES.has(found.value);
  }
  // "The teen's court-appointed lawyer, Paul Hadley,": counsel set off before the name.
  return vocab.relationRoles.get(words[words.length - 1].norm) === 'subject_counsel';
}
