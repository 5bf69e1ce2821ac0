import type { DescriptionSite } from './describeDescription.js';
import { describePerson } from './describePerson.js';
import type { Entity } from './entity.js';
import { personEntity } from './personEntity.js';
import type { SpeakerContext } from './speakerContext.js';
import { ledeDescriptionHead } from './ledeDescriptionHead.js';
import { nameForDescription, titledNameOpeningNextParagraph } from './nameOpeningNextParagraph.js';
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
  const head = ledeDescriptionHead(words, ctx.vocab);
  if (!head) return null;
  // In the lede, the one named a few paragraphs on (the agency's answer, a broadcast's lead-in between).
  const name = nameForDescription(ctx.text, site.at, ctx.sentenceAt(site.at));
  if (!name) return null;
  const record = ctx.persons.lookup(name);
  if (!record || record === 'ambiguous' || record.titleRole || record.organization || record.agencyId || record.relation) return null;
  const nounGender = ctx.vocab.genderWords.get(head.norm) ?? null;
  const gender = ctx.persons.genderOf(record);
  if (nounGender && gender && nounGender !== gender) return null;
  if (nounGender) ctx.persons.addEvidence(record, nounGender);
  return personEntity(record, describePerson(ctx, record, [], site));
}

/**
 * "A Border Patrol agent who shot a driver in March testified Tuesday that …" in a lede, the next
 * paragraph opening "Agent Daniel Ocasio, 31, told …": the officer a lede describes by title is the
 * one the next paragraph names under that same title. Only an article, a title of vocab/roles.json
 * (no spokesperson) before any relative clause, and the same title word opening the next paragraph.
 */
export function readLedeOfficer(ctx: SpeakerContext, words: readonly Word[], site: DescriptionSite): Entity | null {
  if (words.length < 2 || (words[0].norm !== 'a' && words[0].norm !== 'an')) return null;
  const stop = words.findIndex((w, i) => i > 0 && (w.norm === 'who' || w.norm === 'that' || w.norm === 'whose'));
  const before = words.slice(1, stop < 0 ? words.length : stop);
  const head = before[before.length - 1];
  if (!head || head.capitalized || ctx.vocab.spokesNouns.has(head.norm) || ctx.vocab.titleRoles.get(head.norm) !== 'official') return null;
  const opening = titledNameOpeningNextParagraph(ctx.text, site.at);
  if (!opening || opening.title.split(/\s+/u).pop()!.toLowerCase() !== head.norm) return null;
  const record = ctx.persons.lookup(opening.name);
  if (!record || record === 'ambiguous' || record.relation) return null;
  return personEntity(record, describePerson(ctx, record, [], site));
}
