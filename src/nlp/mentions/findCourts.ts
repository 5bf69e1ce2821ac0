import type { OrganizationMention } from '../../domain/analysis.js';
import { loadAgencies } from './loadAgencies.js';
import { loadPlaces } from './loadPlaces.js';

interface CourtPatterns {
  /** "U.S. District Court for the Central District of California", "U.S. Court of Appeals for the Ninth Circuit" */
  readonly federal: RegExp;
  /** "Central District of California", "DISTRICT OF MINNESOTA" */
  readonly district: RegExp;
}

let cached: CourtPatterns | null = null;

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
}

function alternation(words: readonly string[]): string {
  return [...words].sort((a, b) => b.length - a.length).map(escape).join('|');
}

/** Compiled once: the vocabularies are fixed for the life of the process. */
function compileCourtPatterns(): CourtPatterns {
  const { courts } = loadAgencies();
  // "District of Columbia" is a state name of its own, not a judicial district "of" a state.
  const states = loadPlaces().states.filter((s) => !s.name.startsWith('District of'));
  const stateNames = states.flatMap((s) => [s.name, s.name.toUpperCase()]);
  const stateAlt = alternation(stateNames);
  const qualifiers = courts.districtQualifiers.flatMap((q) => [q, q.toUpperCase()]);
  const qualAlt = alternation(qualifiers);
  const prefixes = courts.federalPrefixes.flatMap((p) => [p, p.toUpperCase()]);
  const circuits = alternation(courts.circuits);
  const districtTail = `(?:(?:${qualAlt})\\s+)?(?:District|DISTRICT)\\s+(?:of|OF)\\s+(?:${stateAlt})`;
  const federal = new RegExp(
    `(?<![\\p{L}\\p{N}])(?:${alternation(prefixes)})(?:\\s+(?:for|FOR)\\s+(?:the|THE)\\s+(?:${districtTail}|(?:${circuits})\\s+Circuit))?(?![\\p{L}\\p{N}])`,
    'gu',
  );
  const district = new RegExp(`(?<![\\p{L}\\p{N}])${districtTail}(?![\\p{L}\\p{N}])`, 'gu');
  return { federal, district };
}

function toMention(text: string, start: number, end: number): OrganizationMention {
  const span = text.slice(start, end);
  return Object.freeze({ kind: 'organization', start, end, text: span, name: span.replace(/\s+/g, ' '), agencyId: 'federal_court' });
}

/** Federal courts named in full or by their district; overlaps are settled by the caller. */
export function findCourts(text: string): OrganizationMention[] {
  if (!cached) cached = compileCourtPatterns();
  const out: OrganizationMention[] = [];
  for (const re of [cached.federal, cached.district]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) out.push(toMention(text, m.index, m.index + m[0].length));
  }
  return out;
}
