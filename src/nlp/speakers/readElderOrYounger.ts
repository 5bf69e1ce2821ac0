import type { DescriptionSite } from './describeDescription.js';
import { describePerson } from './describePerson.js';
import type { Entity } from './entity.js';
import { personEntity } from './personEntity.js';
import type { SpeakerContext } from './speakerContext.js';
import type { Word } from './words.js';
import { foldName } from './words.js';

// Which generational suffix "the elder" and "the younger" point to.
const SUFFIX_OF: Readonly<Record<string, ReadonlySet<string>>> = {
  elder: new Set(['sr', 'sr.']),
  younger: new Set(['jr', 'jr.']),
};

/**
 * "the elder Pérez said" in a story that names Juan Pérez Jr. and Juan Pérez Sr.: the one person of
 * that surname whose name ends with the suffix the word means ("Sr." for elder, "Jr." for younger).
 * Null for any other phrase, or when not exactly one person fits.
 */
export function readElderOrYounger(ctx: SpeakerContext, words: readonly Word[], site: DescriptionSite): Entity | null {
  if (words.length !== 3 || words[0].norm !== 'the') return null;
  const suffixes = SUFFIX_OF[words[1].norm];
  if (!suffixes) return null;
  // Records keep their words folded ("pérez" → "perez"); fold the surname the same way.
  const surname = foldName(words[2].text);
  const fits = ctx.persons.all().filter((r) => r.words.length >= 3 && suffixes.has(r.words[r.words.length - 1]) && r.words[r.words.length - 2] === surname);
  return fits.length === 1 ? personEntity(fits[0], describePerson(ctx, fits[0], [], site)) : null;
}
