import type { DescriptionSite } from './describeDescription.js';
import { describePerson } from './describePerson.js';
import type { Entity } from './entity.js';
import { personEntity } from './personEntity.js';
import type { SpeakerContext } from './speakerContext.js';
import { nameOpeningNextParagraph } from './nameOpeningNextParagraph.js';
import type { Word } from './words.js';

/**
 * "A Mesa man who was born in Tucson says he was pulled from his car …" in a lede, the next
 * paragraph opening "Andrés Villalobos, 26, said …": news describes its subject first and names
 * them in the next paragraph, with an age. The description (a/an, then a noun that calls the one
 * force was used on, vocab/roles.json's subjectDescriptors, or a gendered noun such as "mother")
 * is the person so named, when their genders agree and the registry knows them as nobody's relative,
 * spokesperson or officer. Otherwise nobody: a gap, not a guess.
 */
export function readLedeIdentity(ctx: SpeakerContext, words: readonly Word[], site: DescriptionSite): Entity | null {
  if (words.length < 2 || (words[0].norm !== 'a' && words[0].norm !== 'an')) return null;
  const nouns = new Set(ctx.vocab.subjectDescriptors.map((d) => d.split(' ').pop()));
  // The head: the first lower-case noun of the description before a relative clause or a comma.
  const stop = words.findIndex((w, i) => i > 0 && (w.norm === 'who' || w.norm === 'that' || w.norm === 'whose'));
  const head = words.slice(1, stop < 0 ? words.length : stop).find((w) => !w.capitalized && (nouns.has(w.norm) || ctx.vocab.genderWords.has(w.norm)));
  if (!head || ctx.vocab.relationRoles.has(head.norm)) return null;
  const name = nameOpeningNextParagraph(ctx.text, site.at);
  if (!name) return null;
  const record = ctx.persons.lookup(name);
  if (!record || record === 'ambiguous' || record.titleRole || record.organization || record.agencyId || record.relation) return null;
  const nounGender = ctx.vocab.genderWords.get(head.norm) ?? null;
  const gender = ctx.persons.genderOf(record);
  if (nounGender && gender && nounGender !== gender) return null;
  if (nounGender) ctx.persons.addEvidence(record, nounGender);
  return personEntity(record, describePerson(ctx, record, [], site));
}
