import { describeDescription, type DescriptionSite } from './describeDescription.js';
import { makeEntity, makeSpeaker, type Entity } from './entity.js';
import { organizationEntity } from './organizationEntity.js';
import type { SpeakerContext } from './speakerContext.js';
import type { Word } from './words.js';

const AUTOPSY = new Set(['autopsy', 'autopsies', 'postmortem', 'post-mortem', 'necropsy']);
// "commissioned by his family", "paid for by the family's lawyers", "requested by the family".
const COMMISSIONED = new Set(['commissioned', 'ordered', 'requested', 'funded', 'arranged', 'sought']);
// An autopsy that is not the medical examiner's: "an independent autopsy", "a second autopsy".
const OTHERS_AUTOPSY = /\b(?:independent|private|second|family['’]s)\s+(?:autops|post-?mortem)/iu;
const EXAMINER = 'medical_examiner';
// The determiners and modifiers that may open the phrase before its noun: "the", "an independent", "the official".
const MAX_BEFORE = 3;

/**
 * The autopsy as a source: "An independent autopsy commissioned by the family of Silverio Villegas
 * found …" speaks for those who commissioned it (the family, their lawyers: whoever the words after
 * "commissioned by" resolve to), named as their autopsy; "the autopsy found …", "according to the
 * autopsy report" is the medical examiner's, when the document names exactly one examiner's office
 * and speaks of no other autopsy. Null otherwise: an autopsy no one can be told to own has no speaker.
 */
export function readAutopsy(ctx: SpeakerContext, words: readonly Word[], site: DescriptionSite): Entity | null {
  const at = words.findIndex((w) => AUTOPSY.has(w.norm));
  if (at < 0 || at > MAX_BEFORE) return null;
  const by = words.findIndex((w, i) => i > at && w.norm === 'by' && (COMMISSIONED.has(words[i - 1].norm) || (words[i - 1].norm === 'for' && words[i - 2]?.norm === 'paid')));
  if (by >= 0) {
    const owner = describeDescription(ctx, words.slice(by + 1), site);
    const speaker = owner?.speaker;
    if (!speaker || (speaker.role !== 'family' && speaker.role !== 'subject_counsel')) return null;
    const name = `autopsy commissioned by the ${speaker.name}`;
    return makeEntity({ key: `autopsy:${owner.key}`, kind: 'organization', speaker: makeSpeaker(name, speaker.affiliation ?? speaker.name, speaker.role), heads: ['autopsy'] });
  }
  // Anything after the noun but "report", "results", "findings" names whose it is some other way.
  const rest = words.slice(at + 1);
  if (rest.length > 1 || (rest.length === 1 && !/^(?:report|results|findings)$/u.test(rest[0].norm))) return null;
  if (words.slice(0, at).some((w) => w.capitalized && w !== words[0])) return null;
  if (OTHERS_AUTOPSY.test(ctx.text)) return null;
  const examiners = new Map(ctx.organizations.filter((o) => o.agencyId === EXAMINER).map((o) => [o.name.toLowerCase(), o]));
  if (examiners.size !== 1) return null;
  return organizationEntity([...examiners.values()][0], ctx.vocab);
}
