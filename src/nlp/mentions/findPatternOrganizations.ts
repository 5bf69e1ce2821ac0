import type { OrganizationMention, Token } from '../../domain/analysis.js';
import { loadAgencies, type OrgPattern } from './loadAgencies.js';
import { loadPlaces } from './loadPlaces.js';
import { compilePhrases, type PhraseMatcher } from './phraseMatcher.js';
import { isAdjacent, isCapitalized, tokenIndexAt } from './tokenShape.js';

const HYPHENED_COUNTY_OR_NOTHING = /^(?:-\p{Lu}\p{L}+)?\s*$/u;
const WORD_START_LOWER = /(^|\s)(\p{Ll})/gu;

let cached: PhraseMatcher<OrgPattern> | null = null;

function suffixMatcher(): PhraseMatcher<OrgPattern> {
  if (!cached) {
    const pairs: [string, OrgPattern][] = [];
    for (const p of loadAgencies().patterns) for (const s of p.suffixes) pairs.push([s, p]);
    cached = compilePhrases(pairs);
  }
  return cached;
}

const COUNTY_WORDS = new Set(['County', 'Parish', 'COUNTY', 'PARISH']);
const NAME_LINKS = new Set(['St.', 'de', 'del', 'la', 'Los', 'Las', 'San', 'Santa']);

/** Start of a known city or state, or "<Name> County", that ends right before token `i`; -1 if none. */
function placeBefore(text: string, tokens: readonly Token[], i: number): number {
  const places = loadPlaces();
  if (i > 0 && COUNTY_WORDS.has(tokens[i - 1].text)) {
    const start = nameBefore(text, tokens, i - 1);
    if (start >= 0) return start;
  }
  for (let k = Math.max(0, i - 4); k < i; k++) {
    const hit = places.matcher.longestAt(text, tokens[k].start);
    if (!hit || hit.values.every((v) => v.kind === 'country')) continue;
    const rest = text.slice(hit.end, tokens[i].start);
    // "Charlotte-Mecklenburg Police": a city joined to its county by a hyphen.
    if (HYPHENED_COUNTY_OR_NOTHING.test(rest)) return tokens[k].start;
  }
  return -1;
}

/** Start of the capitalised name (up to five words) that ends right before token `i`; -1 if none. */
function nameBefore(text: string, tokens: readonly Token[], i: number): number {
  let k = i - 1;
  let start = -1;
  while (k >= 0 && i - k <= 5) {
    const t = tokens[k];
    const linked = NAME_LINKS.has(t.text);
    if (!(isCapitalized(t) || linked) || t.pos === 'DET' || t.pos === 'PUNCT' || !isAdjacent(text, t, tokens[k + 1])) break;
    // "de", "la" only join name words; "Los", "San", "St." also open a name ("Los Angeles", "San Diego").
    if (!linked || isCapitalized(t)) start = t.start;
    k--;
  }
  return start;
}

/**
 * "Riverside County district attorney's office" → "… District Attorney's Office": one name however
 * the story cases it, when the pattern lists the capitalised form too (a one-word "Phoenix police" stays).
 */
function capitalizeSuffix(name: string, suffix: string, pattern: OrgPattern): string {
  const capitalized = suffix.replace(WORD_START_LOWER, (_, space: string, letter: string) => space + letter.toUpperCase());
  if (capitalized === suffix || !suffix.includes(' ') || !pattern.suffixes.includes(capitalized) || !name.endsWith(suffix)) return name;
  return name.slice(0, name.length - suffix.length) + capitalized;
}

/** Police departments, sheriff's offices, state patrols and courts named after their place ("Maricopa County Sheriff's Office"). */
export function findPatternOrganizations(text: string, tokens: readonly Token[]): OrganizationMention[] {
  const matcher = suffixMatcher();
  const out: OrganizationMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const hit = matcher.longestAt(text, tokens[i].start);
    if (!hit) continue;
    let best: OrganizationMention | null = null;
    for (const pattern of hit.values) {
      const start = pattern.before === 'place' ? placeBefore(text, tokens, i) : nameBefore(text, tokens, i);
      if (start < 0) continue;
      const span = text.slice(start, hit.end);
      const mention: OrganizationMention = Object.freeze({ kind: 'organization', start, end: hit.end, text: span, name: capitalizeSuffix(span.replace(/\s+/g, ' '), text.slice(tokens[i].start, hit.end), pattern), agencyId: pattern.agencyId });
      if (!best || mention.start < best.start) best = mention;
    }
    if (best) {
      out.push(best);
      i = tokenIndexAt(tokens, hit.end) - 1;
    }
  }
  return out;
}
