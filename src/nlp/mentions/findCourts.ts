import type { OrganizationMention } from '../../domain/analysis.js';
import { loadAgencies } from './loadAgencies.js';
import { loadPlaces } from './loadPlaces.js';

interface CourtPatterns {
  /** "U.S. District Court for the Central District of California", "U.S. Court of Appeals for the Ninth Circuit" */
  readonly federal: RegExp;
  /** "Central District of California", "DISTRICT OF MINNESOTA" */
  readonly district: RegExp;
  /**
   * Per pattern, words one of which every match contains (a court prefix's longest word; "District"
   * or "DISTRICT"): a text with none of them is not scanned by that pattern.
   */
  readonly federalWords: readonly string[];
  readonly districtWords: readonly string[];
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
  // escape() keeps every character of a prefix but its whitespace, so each word of it is in any match.
  const federalWords = [...new Set(prefixes.map((p) => p.trim().split(/\s+/).reduce((a, b) => (b.length > a.length ? b : a))))];
  return { federal, district, federalWords, districtWords: ['District', 'DISTRICT'] };
}

function toMention(text: string, start: number, end: number): OrganizationMention {
  const span = text.slice(start, end);
  return Object.freeze({ kind: 'organization', start, end, text: span, name: span.replace(/\s+/g, ' '), agencyId: 'federal_court' });
}

/** Federal courts named in full or by their district; overlaps are settled by the caller. */
export function findCourts(text: string): OrganizationMention[] {
  if (!cached) cached = compileCourtPatterns();
  const out: OrganizationMention[] = [];
  const { federal, district, federalWords, districtWords } = cached;
  for (const [re, words] of [[federal, federalWords], [district, districtWords]] as const) {
    if (!words.some((w) => text.includes(w))) continue;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) out.push(toMention(text, m.index, m.index + m[0].length));
  }
  return out;
}
