import { loadAgencies, type AgencyRegistry } from '../../../nlp/mentions/loadAgencies.js';

/**
 * The registry id of an agency named in gold prose or in an export ("FBI Phoenix Field Office" →
 * fbi, "Portland Police Bureau (responded, not involved)" → local_police, "ERO" → ero), or null when
 * the registry has no such agency. Rules, in order: drop parenthesised notes and anything after a
 * comma ("U.S. Attorney's Office, District of Oregon"); an exact alias or short name; an alias
 * followed by a field unit ("Field Office", "Sector"); a registry pattern suffix after a name
 * ("… Police Department", "… Department of Public Safety"). Nothing partial or fuzzy beyond that.
 */
export function canonicaliseAgency(text: string, registry: AgencyRegistry = loadAgencies()): string | null {
  const bare = text.replace(/\s*\([^()]*\)/g, '').split(',')[0].replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim();
  if (!bare) return null;
  const direct = registry.findByAlias(bare) ?? registry.agencies.find((a) => a.short.toLowerCase() === bare.toLowerCase()) ?? null;
  if (direct) return direct.id;
  const words = bare.split(' ');
  for (let n = words.length - 1; n >= 1; n--) {
    const head = registry.findByAlias(words.slice(0, n).join(' '));
    const rest = words.slice(n).join(' ');
    if (head && registry.courts.fieldUnits.some((unit) => rest.endsWith(unit))) return head.id;
  }
  const lower = bare.toLowerCase();
  for (const p of registry.patterns) {
    for (const suffix of p.suffixes) {
      const s = suffix.replace(/[’‘]/g, "'").toLowerCase();
      if (lower.endsWith(` ${s}`) && lower.length > s.length + 1) return p.agencyId;
    }
  }
  return null;
}
