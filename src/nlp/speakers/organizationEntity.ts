import type { OrganizationMention } from '../../domain/analysis.js';
import type { Role } from '../../domain/roles.js';
import { loadAgencies } from '../mentions/loadAgencies.js';
import { loadBodies } from '../mentions/loadBodies.js';
import { makeEntity, makeSpeaker, type Entity } from './entity.js';
import type { RoleVocab } from './roleVocab.js';
import { foldName } from './words.js';

/** The role an organisation speaks in: a U.S. Attorney's Office prosecutes, a police department is official, the ACLU is none of these. */
export function roleOfOrganization(name: string, agencyId: string | null, vocab: RoleVocab): Role {
  // "National Border Patrol Council": a body of vocab/bodies.json holds no office, whatever word of one its name holds.
  if (agencyId === null && loadBodies().isBodyName(name)) return vocab.organizationDefaultRole.withoutAgencyId;
  const lower = name.toLowerCase();
  for (const [part, role] of vocab.organizationRoles) if (lower.includes(part)) return role;
  return agencyId ? vocab.organizationDefaultRole.withAgencyId : vocab.organizationDefaultRole.withoutAgencyId;
}

/** The canonical name of a registered agency, e.g. "usao" → "U.S. Attorney's Office". */
export function agencyName(agencyId: string | null): string | null {
  return agencyId ? (loadAgencies().get(agencyId)?.name ?? null) : null;
}

const FIELD_UNIT = /^(?:the )?(\p{Lu}{2,})(?:['’]s)? (\p{Lu}[\p{L} ]*?) field office$/iu;

/** "FBI's Dayton field office" → "FBI Dayton Field Office", a unit speaking for its agency. */
function unitName(name: string): string | null {
  const m = name.match(FIELD_UNIT);
  return m ? `${m[1]} ${m[2]} Field Office` : null;
}

const POSSESSIVE = /['’]s?$/u;

/** An organisation as a speaker: its canonical name, and as affiliation itself or the agency it is a unit of. */
export function organizationEntity(mention: Pick<OrganizationMention, 'name' | 'agencyId'>, vocab: RoleVocab, extraHeads: readonly string[] = []): Entity {
  const unit = unitName(mention.name);
  const name = unit ?? mention.name;
  const affiliation = unit ? (agencyName(mention.agencyId) ?? mention.name) : mention.name;
  const words = `${name} ${affiliation}`.toLowerCase().split(/\s+/);
  // "Medical Examiner's Office": "the medical examiner" is its head too, not only "examiner's".
  const heads = [...words, ...words.filter((w) => POSSESSIVE.test(w)).map((w) => w.replace(POSSESSIVE, ''))];
  if (mention.agencyId) heads.push('agency');
  return makeEntity({
    key: `org:${unit ?? mention.agencyId ?? foldName(mention.name)}`,
    kind: 'organization',
    speaker: makeSpeaker(name, affiliation, roleOfOrganization(name, mention.agencyId, vocab)),
    heads: [...heads, ...extraHeads],
  });
}
