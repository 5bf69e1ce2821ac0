import type { PlaceMention, Token } from '../../domain/analysis.js';
import { scanMatches } from '../speakers/scanMatches.js';
import { loadPlaces } from './loadPlaces.js';
import { isAdjacent, isCapitalized } from './tokenShape.js';

const LETTER_START = /^\p{L}/u;

/** Suffixes that name many other things ("Supreme Court", "Times Square"): a street only after a house number or ordinal. */
const WEAK_SUFFIXES = new Set(['Court', 'Ct.', 'Place', 'Pl.', 'Way', 'Circle', 'Square', 'Plaza', 'Terrace', 'Loop', 'Crossing', 'Alley', 'Pike', 'Trail']);
const ORDINAL = /^\d+(?:st|nd|rd|th)$/;
const NUMBER = /^\d{1,6}$/;
const STREET_LINKS = new Set(['de', 'del', 'la', 'las', 'los', 'el']);

let roadPattern: { regex: RegExp; start: RegExp | null } | null = null;

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
}

/**
 * "Interstate 17", "I-17", "U.S. Route 66", "Highway 99": compiled once from vocab/places.json, with
 * a plain pattern of where a match can start (a prefix, its hyphen or space, a digit), so the
 * pattern, whose look-behind and Unicode classes V8 cannot pre-scan for, is tried only there (scanMatches). No start characters
 * when a prefix starts with a space or is empty, or a kind of prefix is missing: then the pattern scans the whole text.
 */
function compileRoadPattern(): { regex: RegExp; start: RegExp | null } {
  const prefixes = [...loadPlaces().roadPrefixes].sort((a, b) => b.length - a.length);
  // Short codes must be glued with a hyphen ("I-17", "SR-51"); words may take a space.
  const glued = prefixes.filter((p) => /^[A-Z]{1,2}$/.test(p)).map(escape);
  const spaced = prefixes.filter((p) => !/^[A-Z]{1,2}$/.test(p)).map(escape);
  const regex = new RegExp(`(?<![\\p{L}\\p{N}-])(?:(?:${glued.join('|')})-|(?:${spaced.join('|')})[ -])\\d{1,4}[A-Z]?(?![\\p{L}\\p{N}])`, 'gu');
  const plain = prefixes.every((p) => p.length > 0 && !/^\s/u.test(p) && p.codePointAt(0)! < 0x10000);
  // The pattern without its look-arounds, up to the first digit: where the pattern starts a match,
  // this does too, and V8 finds its literal words fast (most texts hold a capital of a prefix many
  // times, a prefix before a number seldom). Not in Unicode mode: the prefixes are plain words.
  const start = new RegExp(`(?:(?:${glued.join('|')})-|(?:${spaced.join('|')})[ -])\\d`, 'g');
  // An empty alternative would let a match open with the hyphen or space after it.
  return { regex, start: plain && glued.length > 0 && spaced.length > 0 ? start : null };
}

function mention(text: string, start: number, end: number): PlaceMention {
  const span = text.slice(start, end);
  return Object.freeze({ kind: 'place', start, end, text: span, city: null, state: null, place: span.replace(/\s+/g, ' ') });
}

/** Streets and roads: "South Alder Avenue", "9th Avenue North", "SE Main Street", "Interstate 17", "I-17". */
export function findStreets(text: string, tokens: readonly Token[]): PlaceMention[] {
  const places = loadPlaces();
  const out: PlaceMention[] = [];
  roadPattern ??= compileRoadPattern();
  const { regex, start } = roadPattern;
  regex.lastIndex = 0;
  for (const m of start ? scanMatches(regex, text, start) : text.matchAll(regex)) out.push(mention(text, m.index, m.index + m[0].length));

  for (let i = 0; i < tokens.length; i++) {
    const street = places.streetPrefixes.has(tokens[i].text) ? readPrefixedStreet(i) : null;
    if (street) out.push(street);
  }

  for (let i = 1; i < tokens.length; i++) {
    const suffix = tokens[i];
    if (!places.streetSuffixes.has(suffix.text)) continue;
    let k = i - 1;
    let named = 0;
    let numbered = false;
    while (k >= 0 && i - k <= 5 && isAdjacent(text, tokens[k], tokens[k + 1])) {
      const t = tokens[k];
      if (ORDINAL.test(t.text)) numbered = true;
      else if (NUMBER.test(t.text)) numbered = true;
      else if (places.streetDirections.has(t.text)) {
        /* a direction before the name: "South Alder", "SE Main"; no capitalised preposition ("At St. Joseph Medical Center") */
      } else if (isCapitalized(t) && LETTER_START.test(t.text) && t.pos !== 'DET' && t.pos !== 'PRON' && t.pos !== 'ADP') named++;
      else break;
      k--;
    }
    let first = k + 1;
    // A lone direction, or a number, cannot open the span without a name or ordinal after it.
    while (first < i && NUMBER.test(tokens[first].text) && !ORDINAL.test(tokens[first].text) && named === 0) first++;
    if (first === i || (named === 0 && !numbered)) continue;
    if (WEAK_SUFFIXES.has(suffix.text) && !numbered) continue;
    let end = suffix.end;
    const next = tokens[i + 1];
    // "9th Avenue North", but not "Main Street North Fairview" where the direction opens a place.
    const after = tokens[i + 2];
    const opensPlace = after !== undefined && next !== undefined && isCapitalized(after) && isAdjacent(text, next, after);
    if (next && places.streetDirections.has(next.text) && isAdjacent(text, suffix, next) && !opensPlace) end = next.end;
    out.push(mention(text, tokens[first].start, end));
  }
  return out;

  /** "West Calle Sonora", "Camino del Sol": the prefix, then one to three name words (with de/del/la links). */
  function readPrefixedStreet(i: number): PlaceMention | null {
    let k = i + 1;
    let last = -1;
    while (k < tokens.length && k - i <= 4 && isAdjacent(text, tokens[k - 1], tokens[k])) {
      const t = tokens[k];
      if (isCapitalized(t) && LETTER_START.test(t.text)) last = k;
      else if (!STREET_LINKS.has(t.text)) break;
      k++;
    }
    if (last < 0) return null;
    const before = tokens[i - 1];
    const start = before && places.streetDirections.has(before.text) && isAdjacent(text, before, tokens[i]) ? before.start : tokens[i].start;
    return mention(text, start, tokens[last].end);
  }
}
