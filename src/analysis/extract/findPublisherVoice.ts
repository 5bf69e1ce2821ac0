import { z } from 'zod';
import publishersJson from '../../../vocab/agency-publishers.json' with { type: 'json' };
import type { Mention, OrganizationMention } from '../../domain/analysis.js';
import type { Speaker } from '../../domain/attribution.js';
import type { DocumentMetadata } from '../../domain/document.js';
import { ParallaxError } from '../../lib/errors.js';
import type { Role } from '../../domain/roles.js';
import { loadAgencies, type Agency } from '../../nlp/mentions/loadAgencies.js';
import { roleOfOrganization } from '../../nlp/speakers/organizationEntity.js';
import { loadRoleVocab } from '../../nlp/speakers/roleVocab.js';
import { normalizePhrase } from '../../nlp/speakers/words.js';
import { isPersonName } from './isPersonName.js';

const schema = z.object({ hosts: z.array(z.object({ host: z.string().min(1), pathPrefix: z.string().optional(), agency: z.string().min(1) })) });

type PublisherHost = Readonly<z.infer<typeof schema>['hosts'][number]>;

let cached: readonly PublisherHost[] | null = null;

function loadHosts(): readonly PublisherHost[] {
  if (cached) return cached;
  const parsed = schema.safeParse(publishersJson);
  if (!parsed.success) throw new ParallaxError('stage_failed', 'vocab/agency-publishers.json is malformed.', { issues: parsed.error.issues.slice(0, 5) });
  for (const h of parsed.data.hosts) {
    if (!loadAgencies().get(h.agency)) throw new ParallaxError('stage_failed', `vocab/agency-publishers.json names an unknown agency ${h.agency}.`, { host: h.host });
  }
  const hosts = Object.freeze(parsed.data.hosts.map((h) => Object.freeze({ ...h })));
  cached = hosts;
  return hosts;
}

/**
 * The agency a document speaks for when an agency published it (its newsroom's web host, or an
 * outlet that is an agency's name), or the office holder whose office published it ("Office of
 * Congresswoman Ana Ruiz"), else null. A press release states the agency's account in its
 * own sentences with no "said": those sentences are the agency's claims, not an outlet's reporting.
 */
export function findPublisherVoice(metadata: Pick<DocumentMetadata, 'outlet' | 'url'>): Speaker | null {
  const agency = findPublisherAgency(metadata);
  if (agency) return Object.freeze({ name: agency.name, affiliation: agency.name, role: 'official' });
  return officeHolderOf(metadata.outlet) ?? localOfficeOf(metadata.outlet);
}

// The name of a place before a local office's suffix: "Multnomah County", "Portland".
const PLACE_NAME = /^(?:\p{Lu}[\p{L}.'’-]*\s+){1,4}$/u;

/**
 * "Multnomah County District Attorney's Office", "Portland Police Bureau": an outlet that is a local
 * office, a place's name and an office's suffix (vocab/agencies.json patterns written after a name),
 * whose role is an office's (a prosecutor's, an official's): its release states its account.
 */
function localOfficeOf(outlet: string | null): Speaker | null {
  const bare = outlet?.trim();
  if (!bare) return null;
  for (const pattern of loadAgencies().patterns) {
    if (pattern.before !== 'name') continue;
    const suffix = pattern.suffixes.find((x) => bare.endsWith(x) && PLACE_NAME.test(bare.slice(0, bare.length - x.length)));
    if (!suffix) continue;
    const role = roleOfOrganization(bare, pattern.agencyId, loadRoleVocab());
    return OFFICE_ROLES.has(role) ? Object.freeze({ name: bare, affiliation: bare, role }) : null;
  }
  return null;
}

// "Office of Congresswoman Ana Ruiz", "The Office of Mayor Ana Ruiz": a release in an office holder's voice.
const OFFICE_OF = /^\s*(?:the\s+)?office\s+of\s+(?:the\s+)?(.+?)\s*$/iu;
const COUNTRY_BEFORE_TITLE = /^(?:U\.S\.|US|United States)\s+/u;
const OFFICE_ROLES: ReadonlySet<Role> = new Set(['elected_official', 'official', 'prosecutor']);

/**
 * The office holder whose office published a document, from an outlet "Office of <title> <name>"
 * whose title is an office of vocab/roles.json (an elected official's, an official's, a
 * prosecutor's), else null: their release states their account in its own sentences.
 */
function officeHolderOf(outlet: string | null): Speaker | null {
  const rest = outlet ? OFFICE_OF.exec(outlet)?.[1] : undefined;
  if (!rest) return null;
  // "Office of U.S. Senator Helen Marquardt": the country before the title is no part of it.
  const words = rest.replace(COUNTRY_BEFORE_TITLE, '').split(/\s+/u);
  const titles = loadRoleVocab().titleRoles;
  // The longest title the words open with ("State Sen.", "Rep."), then a person's name.
  for (let n = Math.min(4, words.length - 1); n >= 1; n--) {
    const role = titles.get(normalizePhrase(words.slice(0, n).join(' ')));
    if (role === undefined) continue;
    const name = words.slice(n).join(' ').replace(/\s*\([^)]*\)\s*$/u, '');
    if (!OFFICE_ROLES.has(role) || !isPersonName(name)) return null;
    return Object.freeze({ name, affiliation: null, role });
  }
  return null;
}

// "FOR IMMEDIATE RELEASE. U.S. Attorney's Office, District of New Mexico.": a release's own header line.
const RELEASE_HEADER = /^.{0,80}\b(?:FOR IMMEDIATE RELEASE|NEWS RELEASE|PRESS RELEASE)\b.*$/mu;
const HEADER_REACH = 800;

/**
 * The agency whose release a text is by its own header ("FOR IMMEDIATE RELEASE. U.S. Attorney's
 * Office, District of New Mexico."), when the metadata names no publisher: the first agency the
 * mentions stage found on the header's line, as findPublisherVoice gives it; else null.
 */
export function findReleaseHeaderVoice(text: string, mentions: readonly Mention[]): Speaker | null {
  const header = RELEASE_HEADER.exec(text.slice(0, HEADER_REACH));
  if (!header) return null;
  const end = header.index + header[0].length;
  const named = mentions.find((m): m is OrganizationMention => m.kind === 'organization' && m.agencyId !== null && m.start >= header.index && m.end <= end);
  const agency = named?.agencyId ? loadAgencies().get(named.agencyId) : null;
  return agency ? Object.freeze({ name: agency.name, affiliation: agency.name, role: 'official' }) : null;
}

/** The agency that published a document (see findPublisherVoice), else null. */
export function findPublisherAgency(metadata: Pick<DocumentMetadata, 'outlet' | 'url'>): Agency | null {
  return agencyOfUrl(metadata.url) ?? agencyOfOutlet(metadata.outlet);
}

function agencyOfUrl(url: string | null): Agency | null {
  if (!url) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  const host = parsed.hostname.toLowerCase();
  const hit = loadHosts().find((h) => (host === h.host || host.endsWith(`.${h.host}`)) && (!h.pathPrefix || parsed.pathname.startsWith(h.pathPrefix)));
  return hit ? loadAgencies().get(hit.agency) : null;
}

const OFFICE_AFTER_COMMA = /^(.+?),\s+(?:the\s+)?(?:office|bureau|division|directorate|section|press office)\b[^,]*$/iu;

// Per registry and outlet: every draft of every document of an outlet asks again, and the name
// comparison walks every agency.
const outletAgencies = new WeakMap<object, Map<string, Agency | null>>();

function agencyOfOutlet(outlet: string | null): Agency | null {
  if (!outlet) return null;
  const registry = loadAgencies();
  let known = outletAgencies.get(registry);
  if (!known) outletAgencies.set(registry, (known = new Map()));
  const remembered = known.get(outlet);
  if (remembered !== undefined) return remembered;
  const bare = outlet.trim();
  const byName = (name: string) => registry.findByAlias(name) ?? registry.agencies.find((a) => a.kind === 'federal' && a.name.toLowerCase() === name.toLowerCase()) ?? null;
  // "U.S. Department of Homeland Security, Office of Legislative Affairs": an office of the agency, after a comma, is the agency.
  const unit = OFFICE_AFTER_COMMA.exec(bare);
  const agency = byName(bare) ?? (unit ? byName(unit[1]) : null);
  // A feed names a bounded set of outlets; a flood of distinct names starts the memory afresh.
  if (known.size > 1000) known.clear();
  known.set(outlet, agency);
  return agency;
}
