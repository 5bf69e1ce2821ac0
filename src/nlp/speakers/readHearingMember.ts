import type { DescriptionSite } from './describeDescription.js';
import { makeEntity, makeSpeaker, type Entity } from './entity.js';
import { findAppearances } from './findAppearances.js';
import type { SpeakerContext } from './speakerContext.js';

// A congressional hearing's label: "Mr. TOLLIVER", "CHAIRMAN LINDQVIST", "The CHAIRMAN" (findTranscriptTurns).
const MEMBER_LABEL = /^(?:(?:Mr|Ms|Mrs|Dr)\.\s+|(?:CHAIRMAN|CHAIRWOMAN|Chairman|Chairwoman|Senator|Representative)\s+|The\s+)(\p{Lu}[\p{Lu}'’-]*\p{Lu})$/u;

// Words of a label, not of a name: "Chairman Lindqvist", "Ms. Feld".
const LABEL_WORDS = new Set(['chairman', 'chairwoman', 'chair', 'senator', 'representative', 'mr', 'ms', 'mrs', 'dr', 'mr.', 'ms.', 'mrs.', 'dr.', 'ranking', 'the']);

/**
 * "Mr. TOLLIVER. I yield back." in a congressional hearing: one of the members, an elected official, unless the
 * hearing's front matter lists them as its witness (findAppearances), who speaks as described there. The member by
 * the full name the text gives them ("Hon. Curtis Lindqvist … presiding"), else by the surname in running case.
 * Undefined for any source that is no such label.
 */
export function readHearingMember(ctx: SpeakerContext, label: string, site: DescriptionSite): Entity | null | undefined {
  // Its label closes on a full stop (the turn's cue marks it).
  const cue = ctx.attributions[site.attribution].cue;
  if (!cue || ctx.text[cue.start] !== '.') return undefined;
  const m = MEMBER_LABEL.exec(label.trim());
  if (!m) return undefined;
  const surname = m[1].charAt(0) + m[1].slice(1).toLowerCase();
  // "The CHAIRMAN" names an office, not a surname: whoever the front matter says presides.
  if (label.trim().startsWith('The ')) return null;
  if (findAppearances(ctx.text).some((p) => p.name.split(/\s+/u).at(-1)?.toLowerCase() === surname.toLowerCase())) return undefined;
  // The label itself may have been registered as a name ("Chairman Lindqvist"): the one bearer named otherwise is the member.
  const bearers = ctx.persons.all().filter((r) => r.words.at(-1) === surname.toLowerCase() && !LABEL_WORDS.has(r.words[0]));
  const person = bearers.length === 1 ? bearers[0] : null;
  // One the text gives an office or a body of another kind ("ICE Director Lena Ortiz testified") speaks as that.
  if (person && (person.organization !== null || (person.titleRole !== null && person.titleRole !== 'elected_official' && person.titleRole !== 'other'))) return undefined;
  const name = person?.name ?? surname;
  return makeEntity({ key: `person:${name.toLowerCase()}`, kind: 'person', person, speaker: makeSpeaker(name, null, 'elected_official'), heads: [] });
}
