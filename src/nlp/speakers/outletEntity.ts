import { advocacyPublisher } from './advocacyPublisher.js';
import type { OrganizationMention } from '../../domain/analysis.js';
import { findAgencyAliases } from '../mentions/findAgencyAliases.js';
import { loadAgencies } from '../mentions/loadAgencies.js';
import { tokenize } from '../tokens/tokenize.js';
import { makeEntity, makeSpeaker, type Entity } from './entity.js';
import { organizationEntity } from './organizationEntity.js';
import type { RoleVocab } from './roleVocab.js';
import { foldName } from './words.js';

// Outlet name → the agency it names, if any: every document of an outlet asks again, and the
// answer (a tokenizer pass and an alias scan) depends on the name and the fixed vocabulary only.
const agencies = new Map<string, OrganizationMention | null>();

function agencyNamed(name: string): OrganizationMention | null {
  const known = agencies.get(name);
  if (known !== undefined) return known;
  const agency = findAgencyAliases(name, tokenize(name)).find((m) => m.start === 0 && m.end === name.length) ?? null;
  // A feed names a bounded set of outlets; a flood of distinct names starts the memory afresh.
  if (agencies.size > 1000) agencies.clear();
  agencies.set(name, agency);
  return agency;
}

/**
 * The publication itself as a speaker, for the first person plural of its own narration ("we rate
 * it false", "we asked the agency"): a news outlet speaks as a journalist, an advocacy group as itself; an agency publishing its
 * own release (its registered name as the outlet) speaks as that agency. Null without an outlet.
 */
export function outletEntity(outlet: string | null | undefined, vocab: RoleVocab): Entity | null {
  const name = outlet?.trim();
  if (!name) return null;
  const agency = agencyNamed(name);
  if (agency) return organizationEntity(agency, vocab);
  // "Our review found": an advocacy group's report speaks as that group, not as a newsroom.
  const group = advocacyPublisher(name);
  if (group) return makeEntity({ key: `outlet:${foldName(name)}`, kind: 'organization', plural: true, speaker: makeSpeaker(group, group, 'other'), heads: [] });
  return makeEntity({ key: `outlet:${foldName(name)}`, kind: 'organization', plural: true, speaker: makeSpeaker(name, name, 'journalist'), heads: [] });
}

/**
 * Whether the publication is an agency whose own release names its own officials ("said Assistant
 * Secretary Ana Ruiz" in a department's release): not a news outlet, nor an oversight office, whose
 * reports name other agencies' officers ("Officer A told us").
 */
export function lendsAffiliation(outlet: string | null | undefined): boolean {
  const name = outlet?.trim();
  const agency = name ? agencyNamed(name) : null;
  return agency?.agencyId != null && loadAgencies().get(agency.agencyId)?.kind !== 'oversight';
}
