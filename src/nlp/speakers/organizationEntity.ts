import type { OrganizationMention } from '../../domain/analysis.js';
import type { Role } from '../../domain/roles.js';
import { makeEntity, makeSpeaker, type Entity } from './entity.js';
import type { RoleVocab } from './roleVocab.js';
import { foldName } from './words.js';

/** The role an organisation speaks in: a U.S. Attorney's Office prosecutes, a police department is official. */
export function roleOfOrganization(name: string, agencyId: string | null, vocab: RoleVocab): Role {
  const lower = name.toLowerCase();
  for (const [part, role] of vocab.organizationRoles) if (lower.includes(part)) return role;
  return agencyId ? vocab.organizationDefaultRole.withAgencyId : vocab.organizationDefaultRole.withoutAgencyId;
}

/** An organisation as a speaker: its canonical name is both the speaker and the affiliation. */
export function organizationEntity(mention: Pick<OrganizationMention, 'name' | 'agencyId'>, vocab: RoleVocab, extraHeads: readonly string[] = []): Entity {
  const heads = mention.name.toLowerCase().split(/\s+/);
  if (mention.agencyId) heads.push('agency');
  return makeEntity({
    key: `org:${mention.agencyId ?? foldName(mention.name)}`,
    kind: 'organization',
    speaker: makeSpeaker(mention.name, mention.name, roleOfOrganization(mention.name, mention.agencyId, vocab)),
    heads: [...heads, ...extraHeads],
  });
}
