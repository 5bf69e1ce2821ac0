import type { DescriptionSite } from './describeDescription.js';
import { describePerson } from './describePerson.js';
import type { Entity } from './entity.js';
import { personEntity } from './personEntity.js';
import { onePersonNamedBefore } from './onePersonNamedBefore.js';
import { namesSubject } from './resolveTarget.js';
import type { SpeakerContext } from './speakerContext.js';
import type { Word } from './words.js';

const AGE_WORD = /^\d{1,3}-year-old$/u;
// The sentences before the source's that may hold the one it goes back to: the lede and the quote after it.
const REACH = 2;

/**
 * "Elena Marsh remembers the sound first. ⏎ “I thought I'd lost my eye,” the 38-year-old freelance
 * photographer said": a definite description by age and a noun that is no title or kin, right after
 * sentences that name one person only (and none in its own before it), is that person. Null otherwise.
 */
export function readAgedDescription(ctx: SpeakerContext, words: readonly Word[], site: DescriptionSite): Entity | null {
  if (words.length < 3 || words[0].norm !== 'the' || !AGE_WORD.test(words[1].norm)) return null;
  const nouns = words.slice(2);
  if (nouns.some((w) => w.capitalized || ctx.vocab.titleRoles.has(w.norm) || ctx.vocab.relationRoles.has(w.norm) || ctx.vocab.spokesNouns.has(w.norm))) return null;
  // "the 22-year-old man": a noun that calls the one force was used on is the subject's to resolve (namesSubject).
  if (namesSubject(ctx, nouns)) return null;
  const person = onePersonNamedBefore(ctx, words[0].start, REACH, { alone: true });
  if (!person) return null;
  // "the 24-year-old woman" after a man named: no one.
  const gender = nouns.map((w) => ctx.vocab.genderWords.get(w.norm)).find((g) => g !== undefined);
  const own = ctx.persons.genderOf(person);
  if (gender && own && gender !== own) return null;
  return personEntity(person, describePerson(ctx, person, [], site));
}
