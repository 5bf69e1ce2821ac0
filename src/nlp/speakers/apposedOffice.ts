import type { Role } from '../../domain/roles.js';
import type { RoleVocab } from './roleVocab.js';
import { matchLongest, splitWords } from './words.js';

// "The acting chief of the U.S. Border Patrol, " before a name: an article, a few words ending on a
// title, and what it is of, set off by the comma right before the name.
const OFFICE_BEFORE = /(?:^|[;:—–]\s*|\n\s*|,\s+|\.\s+)((?:[Tt]he|[Aa]n?)\s+(?:[\p{L}-]+\s+){0,3}?[\p{L}-]+)(?:\s+(?:of|for|at|with)\s+(?:the\s+)?(?:[\p{Lu}][\p{L}.'’&-]*\s*){1,6})?,\s*$/u;
// Roles of a title no one force was used on holds in its story: an office, counsel, the court.
const OFFICES: ReadonlySet<Role> = new Set(['official', 'elected_official', 'prosecutor', 'court', 'subject_counsel']);

/**
 * Whether the words set off right before a name that starts at `start` give an office ("The acting
 * chief of the U.S. Border Patrol, Douglas Renwick,", "The county's top prosecutor, Ana Ruiz,"): the
 * person holds it, and is no one the incident happened to.
 */
export function apposedOffice(text: string, start: number, vocab: RoleVocab): boolean {
  const m = OFFICE_BEFORE.exec(text.slice(Math.max(0, start - 100), start));
  if (!m) return false;
  const words = splitWords(m[1]);
  for (let i = 1; i < words.length; i++) {
    const found = matchLongest(words, i, vocab.titleRoles);
    if (found && i + found.len === words.length) return OFFICES.has(found.value);
  }
  return false;
}
