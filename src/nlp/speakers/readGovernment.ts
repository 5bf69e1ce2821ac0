import type { DescriptionSite } from './describeDescription.js';
import { makeEntity, makeSpeaker, type Entity } from './entity.js';
import type { SpeakerContext } from './speakerContext.js';
import type { Word } from './words.js';

const GOVERNMENT = new Set(['the government', 'the federal government', 'the u.s government']);
// What a party does in a criminal case: "the government alleged", "argued", "wrote in its motion".
const LITIGATING = new Set(['alleged', 'alleges', 'argued', 'argues', 'contended', 'contends', 'asserted', 'asserts', 'claimed', 'claims', 'wrote', 'writes', 'conceded', 'concedes', 'acknowledged', 'acknowledges', 'asked', 'asks', 'moved', 'moves', 'sought', 'seeks']);

/**
 * "The government alleged that Ruiz rammed the agent's car", in a criminal case: the prosecution,
 * the same voice as "prosecutors". Only where the document is about a criminal case and either is
 * itself a court filing or order (where "the government" is always the party) or has the government
 * do what a party does in court (allege, argue, charge, write in a motion). Elsewhere "the
 * government" may be the administration, or another country's: null.
 */
export function readGovernment(ctx: SpeakerContext, words: readonly Word[], site: DescriptionSite): Entity | null {
  if (!ctx.criminal || !GOVERNMENT.has(words.map((w) => w.norm).join(' '))) return null;
  const cue = ctx.attributions[site.attribution]?.cue?.text.toLowerCase().split(/\s+/u)[0] ?? '';
  // "The government charged her with assault after an agent shot her": what the charge's content
  // runs on to is the writer's narration more often than the prosecution's words.
  if (cue.startsWith('charg') || (!ctx.ownFiling && !LITIGATING.has(cue))) return null;
  return makeEntity({ key: 'prosecutors:prosecutors', kind: 'group', plural: true, speaker: makeSpeaker('prosecutors', null, 'prosecutor'), heads: ['prosecutors', 'government'] });
}
