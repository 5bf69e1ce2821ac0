import { describeDescription, type DescriptionSite } from './describeDescription.js';
import { makeEntity, makeSpeaker, type Entity } from './entity.js';
import type { SpeakerContext } from './speakerContext.js';
import type { Word } from './words.js';

// Whose counsel the second half names: the family's, by a pronoun or by the word itself.
const COUNSEL_OF = new Set(['their', 'his', 'her', 'its']);

/**
 * "The man's family and their lawyer", "his family and its attorneys": kin who speak with their
 * counsel. One speaker, the family as the text resolves it with its counsel named after it ("family
 * of Ana Ruiz and their lawyer"), on the family's side. Null for any other phrase, and when the
 * first half is no family the document resolves.
 */
export function readFamilyAndCounsel(ctx: SpeakerContext, words: readonly Word[], site: DescriptionSite): Entity | null {
  const and = words.findIndex((w) => w.norm === 'and');
  if (and < 1 || and > words.length - 3) return null;
  const counsel = words.slice(and + 1);
  const possessor = counsel[0].norm === 'the' && counsel[1].possessive && counsel[1].norm.startsWith('family') ? 2 : COUNSEL_OF.has(counsel[0].norm) ? 1 : 0;
  if (!possessor || counsel.length !== possessor + 1 || ctx.vocab.relationRoles.get(counsel[possessor].norm.replace(/s$/, '')) !== 'subject_counsel') return null;
  const family = describeDescription(ctx, words.slice(0, and), site);
  if (!family?.speaker || family.speaker.role !== 'family') return null;
  const name = `${family.speaker.name} and ${ctx.text.slice(counsel[0].start, counsel[counsel.length - 1].end)}`;
  return makeEntity({ key: `${family.key}+counsel`, kind: 'group', plural: true, speaker: makeSpeaker(name, family.speaker.affiliation, 'family'), heads: [] });
}
