import { findAgencyAliases } from '../mentions/findAgencyAliases.js';
import { tokenize } from '../tokens/tokenize.js';
import { makeEntity, makeSpeaker, type Entity } from './entity.js';
import { organizationEntity } from './organizationEntity.js';
import type { RoleVocab } from './roleVocab.js';
import { foldName } from './words.js';

/**
 * The publication itself as a speaker, for the first person plural of its own narration ("we rate
 * it false", "we asked the agency"): a news outlet speaks as a journalist; an agency publishing its
 * own release (its registered name as the outlet) speaks as that agency. Null without an outlet.
 */
export function outletEntity(outlet: string | null | undefined, vocab: RoleVocab): Entity | null {
  const name = outlet?.trim();
  if (!name) return null;
  const agency = findAgencyAliases(name, tokenize(name)).find((m) => m.start === 0 && m.end === name.length);
  if (agency) return organizationEntity(agency, vocab);
  return makeEntity({ key: `outlet:${foldName(name)}`, kind: 'organization', plural: true, speaker: makeSpeaker(name, name, 'journalist'), heads: [] });
}
