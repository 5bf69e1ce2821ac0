import type { DescriptionSite } from './describeDescription.js';
import { describePerson } from './describePerson.js';
import type { Entity } from './entity.js';
import { personEntity } from './personEntity.js';
import { onePersonNamedBefore } from './onePersonNamedBefore.js';
import type { PersonRecord } from './personRegistry.js';
import type { SpeakerContext } from './speakerContext.js';
import { normalizePhrase, type Word } from './words.js';

// The sentences before the source's that may name the one it goes back to.
const REACH = 2;
const MAX_MODIFIERS = 2;

/**
 * "The Rev. Gregory Okafor, 61, has spent the days since … The pastor said …": "the pastor" (a
 * noun of vocab/roles.json clergy) after sentences that name one person by a clergy honorific is
 * that person. Null otherwise.
 */
export function readClergyNoun(ctx: SpeakerContext, words: readonly Word[], site: DescriptionSite): Entity | null {
  if (words.length < 2 || words.length > MAX_MODIFIERS + 2 || words[0].norm !== 'the') return null;
  if (!ctx.vocab.clergy.nouns.has(words[words.length - 1].norm)) return null;
  const clergy = (p: PersonRecord) => p.title !== null && ctx.vocab.clergy.honorifics.has(normalizePhrase(p.title));
  const person = onePersonNamedBefore(ctx, words[0].start, REACH, { accepts: clergy });
  if (!person) return null;
  return personEntity(person, describePerson(ctx, person, [], site));
}
