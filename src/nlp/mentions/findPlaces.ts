import type { PlaceMention, Token } from '../../domain/analysis.js';
import { loadAgencies } from './loadAgencies.js';
import { loadPlaces, type City, type PlaceEntry } from './loadPlaces.js';
import { findDatelines } from './findDatelines.js';
import { findStreets } from './findStreets.js';
import { pickNonOverlapping } from './pickNonOverlapping.js';
import { resolvePlaceContext } from './resolvePlaceContext.js';
import { isAdjacent, isAllCaps, isCapitalized, isSentenceStart, tokenIndexAt } from './tokenShape.js';

/** Words after which a bare name that is also a common word or personal name (Mobile, Jackson) is a place. */
const PLACE_PREPOSITIONS = new Set(['in', 'at', 'near', 'from', 'outside', 'to', 'of', 'across', 'around', 'throughout', 'into', 'toward', 'towards', 'between']);
const PARTY_TAG = /[DRI]-$/;
const CASE_PARTY_BEFORE = /\s(?:v\.|vs\.?)\s+$/u;
const AREA_WORDS = new Set(['County', 'Parish']);
// What ends a timeline entry's place: a colon or a dash.
const HEADING_DASHES = new Set(['—', '–']);
const LINE_END = /^[ \t]*(?:\n|$)/u;
const ENTRY_END = /^\s*(?:[:—–]|--?\s)/u;

type StateEntry = Extract<PlaceEntry, { kind: 'state' }>;

function place(text: string, start: number, end: number, city: string | null, state: string | null, where: string | null): PlaceMention {
  return Object.freeze({ kind: 'place', start, end, text: text.slice(start, end), city, state, place: where });
}

// ", in Fresno County" after a town, before its state.
const IN_COUNTY_AFTER = /^,[ \t]+in[ \t]+(?:\p{Lu}[\p{L}.'’-]*[ \t]+){1,3}(?:County|Parish)/u;
const AGENCY_INITIALS = /^(?:ICE|CBP|DHS|FBI|HSI|ERO|DEA|ATF)$/u;
const EVENT_NOUNS = new Set(['shooting', 'shootings', 'raid', 'raids', 'incident', 'killing', 'death', 'arrest', 'arrests', 'operation', 'surge', 'protest', 'protests']);
// "in a Chula Vista parking garage", "outside a Phoenix apartment": a city as a modifier of a site's noun,
// after "a" (not "the Antioch neighborhood" of Nashville, a neighbourhood named like a city).
// Names of squares and plazas: the words before them name the square, not a city.
const SQUARE_NOUNS: ReadonlySet<string> = new Set(['Square', 'Plaza']);
const SITE_NOUNS = new Set(['parking', 'garage', 'street', 'neighborhood', 'neighbourhood', 'apartment', 'store', 'gas', 'park', 'school', 'church', 'restaurant', 'business', 'suburb', 'motel', 'hotel', 'mall', 'warehouse', 'intersection', 'highway', 'freeway', 'courthouse', 'driveway', 'alley', 'supermarket', 'laundromat', 'shopping']);

/** ", Ore." / ", Oregon" / ", OR" right after `end`: the state and where its mention ends. */
function stateAfter(text: string, end: number): { code: string; end: number } | null {
  const m = /^,[ \t]*/.exec(text.slice(end, end + 4));
  if (!m) return null;
  const at = end + m[0].length;
  const places = loadPlaces();
  const hit = places.matcher.longestAt(text, at) ?? places.codeMatcher.longestAt(text, at);
  const entry = hit?.values.find((v): v is StateEntry => v.kind === 'state');
  if (!hit || !entry) return null;
  if (/^['\u2019]s\b/.test(text.slice(hit.end, hit.end + 3))) return null;
  return { code: entry.state.code, end: hit.end };
}

/** The capitalised words right after token `j` include a news outlet's word ("Los Angeles Times"). */
function isOutletName(tokens: readonly Token[], j: number): boolean {
  const { outletWords } = loadAgencies();
  for (let k = j; k < Math.min(tokens.length, j + 3) && isCapitalized(tokens[k]); k++) if (outletWords.has(tokens[k].text)) return true;
  return false;
}

/**
 * "NORFOLK, Neb. — … agents in Norfolk": a bare city the city list knows in one state only, where the
 * text names the same city with another state, is the city of that state.
 */
function withStatedStates(found: readonly PlaceMention[], assumed: ReadonlySet<PlaceMention>): PlaceMention[] {
  if (!assumed.size) return [...found];
  const stated = new Map<string, string>();
  for (const m of found) if (m.city && m.state && !assumed.has(m) && !stated.has(m.city)) stated.set(m.city, m.state);
  return found.map((m) => {
    const state = assumed.has(m) && m.city ? stated.get(m.city) : undefined;
    return state && state !== m.state ? Object.freeze({ ...m, state }) : m;
  });
}

function pickCity(cities: readonly City[], state: string | null): City | null {
  if (state) return cities.find((c) => c.state === state) ?? null;
  return cities.length === 1 && !cities[0].ambiguous ? cities[0] : null;
}

const SCHOOL_WORDS = '(?:Elementary|Middle|High|Junior High|Intermediate|Primary|Academy|Charter|Preparatory|Prep)';

/** Whether the text names a school by `name` ("Hoover Elementary School", "Lincoln High"): only asked of a city that is also a word, which few texts hold. */
function namesSchool(text: string, name: string): boolean {
  return new RegExp(`(?<![\\p{L}'’-])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s+${SCHOOL_WORDS}\\b`, 'u').test(text);
}

// ", Sonora", ", Mexico": a comma and a capitalised name of one to three words right after a town.
const REGION_AFTER = /^,\s+(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2})/u;

/** Whether a foreign region or a country (vocab/places.json) is set off right after `end`. */
function isForeignAfter(text: string, end: number, places: ReturnType<typeof loadPlaces>): boolean {
  const m = REGION_AFTER.exec(text.slice(end, end + 40));
  if (!m) return false;
  const words = m[1].split(/\s+/u);
  // The longest name the words open with: "Baja California Sur", "Baja California", "Sonora".
  for (let n = words.length; n >= 1; n--) {
    const name = words.slice(0, n).join(' ').replace(/\.$/u, '');
    if (places.foreignRegions.has(name) || places.countries.has(name)) return true;
  }
  return false;
}

/**
 * Places: "Ontario, California", "Phoenix, Ariz.", "north Minneapolis", datelines, states,
 * counties, streets and roads. A bare ambiguous city ("Portland") keeps `state: null` unless the
 * dateline or another mention in the same text settles it.
 */
export function findPlaces(text: string, tokens: readonly Token[]): PlaceMention[] {
  const places = loadPlaces();
  const found: PlaceMention[] = [...findDatelines(text), ...findStreets(text, tokens)];
  // Bare cities given the one state the city list knows them in.
  const assumed = new Set<PlaceMention>();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!isCapitalized(t)) continue;
    const hit = places.matcher.longestAt(text, t.start);
    if (!hit) {
      const county = readCounty(i);
      if (county) found.push(county);
      const town = county ? null : readUnlistedCity(i);
      if (town) {
        found.push(town);
        i = tokenIndexAt(tokens, town.end) - 1;
      }
      continue;
    }
    const next = tokenIndexAt(tokens, hit.end);
    // "Hernández v. Mesa", "Texas v. United States": a party to a case, no place.
    if (CASE_PARTY_BEFORE.test(text.slice(Math.max(0, hit.start - 6), hit.start))) {
      i = next - 1;
      continue;
    }
    // "Washington" is a state and a city: with ", D.C." after it, it is the city.
    const cityEntry = hit.values.find((v) => v.kind === 'city');
    const entry = cityEntry && (stateAfter(text, hit.end) || hit.values.length === 1) ? cityEntry : hit.values[0];
    if (entry.kind === 'country' || isOutletName(tokens, next)) {
      i = next - 1;
      continue;
    }
    const prev = tokens[i - 1];
    let start = hit.start;
    let where: string | null = null;
    if (prev && places.directions.has(prev.text) && isAdjacent(text, prev, t)) start = prev.start;
    if (entry.kind === 'state') {
      const isPartyTag = PARTY_TAG.test(text.slice(Math.max(0, hit.start - 2), hit.start));
      const isAmbiguousName = entry.state.name === 'Washington' && !/^\s+[Ss]tate\b/.test(text.slice(hit.end, hit.end + 7));
      if (!isPartyTag && !isAmbiguousName) found.push(place(text, hit.start, hit.end, null, entry.state.code, null));
      i = next - 1;
      continue;
    }
    const stated = stateAfter(text, hit.end);
    // "from Nogales, Sonora", "in Juárez, Mexico": a town of another country that shares a U.S. city's name is none of ours.
    if (!stated && isForeignAfter(text, hit.end, places)) {
      i = next - 1;
      continue;
    }
    const city = pickCity(entry.cities, stated?.code ?? null);
    const isWordName = entry.cities.some((c) => c.word);
    if (!stated) {
      const prepOk = prev !== undefined && PLACE_PREPOSITIONS.has(prev.normal) && isAdjacent(text, prev, t);
      const nextToken = tokens[next];
      // "Centennial Square", "Lincoln Plaza": a square's name, whatever city shares it (a street suffix, but no street).
      const nameFollows = nextToken !== undefined && isCapitalized(nextToken) && isAdjacent(text, tokens[next - 1], nextToken) && (!places.streetSuffixes.has(nextToken.text) || SQUARE_NOUNS.has(nextToken.text));
      // "the Tacoma" is a pickup truck, not the city.
      const afterArticle = prev !== undefined && prev.pos === 'DET';
      // "Toyota Tacoma": a capitalised word glued before the city makes it part of another name.
      const nameBefore = prev !== undefined && start === hit.start && prev.pos === 'PROPN' && isCapitalized(prev) && !isAllCaps(prev) && isAdjacent(text, prev, t) && !isSentenceStart(text, tokens, i - 1);
      // "the Minneapolis ICE shooting", "the Chicago shooting", "a Chula Vista parking garage": a city as
      // a modifier of an agency's initials, an event noun or a site's noun, after an article, is the
      // city (not for a city that is also a word).
      const modifies = !isWordName && nextToken !== undefined && isAdjacent(text, tokens[next - 1], nextToken) && (AGENCY_INITIALS.test(nextToken.text) || EVENT_NOUNS.has(nextToken.text) || (SITE_NOUNS.has(nextToken.text) && (prev?.normal === 'a' || prev?.normal === 'an')));
      // "at Hoover" in a story of "Hoover Elementary School": a city that is also a word, the text names a school by, is the school.
      const school = isWordName && namesSchool(text, text.slice(hit.start, hit.end));
      if ((isWordName && !prepOk) || school || (nameFollows && !modifies) || (afterArticle && !modifies) || nameBefore) {
        i = next - 1;
        continue;
      }
    }
    if (start !== hit.start) where = text.slice(start, hit.end).replace(/\s+/g, ' ');
    const cityName = city?.name ?? entry.cities[0].name;
    const state = stated?.code ?? city?.state ?? null;
    const mention = place(text, start, stated?.end ?? hit.end, cityName, state, where);
    if (!stated && state) assumed.add(mention);
    found.push(mention);
    i = tokenIndexAt(tokens, stated?.end ?? hit.end) - 1;
  }
  return resolvePlaceContext(pickNonOverlapping(withStatedStates(found, assumed)));

  /**
   * "in Franklin Park, Illinois": a town the city list does not hold, named as towns are (one to
   * three capitalised words right after a place preposition or a date's year, then a comma and a state). Without
   * the preposition "Jane Doe, Texas" could be a person, and without the state a word is not a place.
   */
  function readUnlistedCity(i: number): PlaceMention | null {
    const prev = tokens[i - 1];
    // "Sept. 12 — Franklin Park, Ill." closing its line: a timeline's heading after the date's dash.
    const headingDash = prev !== undefined && HEADING_DASHES.has(prev.text);
    if (!prev || !((PLACE_PREPOSITIONS.has(prev.normal) && isAdjacent(text, prev, tokens[i])) || isAfterYear(i) || headingDash)) return null;
    for (let k = i; k < Math.min(tokens.length, i + 3); k++) {
      const t = tokens[k];
      if (!isCapitalized(t) || isAllCaps(t) || AREA_WORDS.has(t.text) || places.streetSuffixes.has(t.text) || (k > i && !isAdjacent(text, tokens[k - 1], t))) return null;
      if (places.matcher.longestAt(text, tokens[k].start) || isOutletName(tokens, k)) return null;
      // "near Parlier, in Fresno County, California": the state after the town's county says where it is.
      const inCounty = stateAfter(text, t.end) ? null : countyStateAfter(t.end);
      const stated = stateAfter(text, t.end) ?? (inCounty && PLACE_PREPOSITIONS.has(prev.normal) ? { code: inCounty.code, end: t.end } : null);
      if (!stated) continue;
      // After a year, only as an entry's heading: "2025, Franklin Park, Ill.:" (not "2026, Jane Doe, Texas native");
      // after a dash, only where the line ends.
      if (headingDash ? !LINE_END.test(text.slice(stated.end, stated.end + 2)) : !PLACE_PREPOSITIONS.has(prev.normal) && !ENTRY_END.test(text.slice(stated.end, stated.end + 3))) return null;
      const start = tokens[i].start;
      return place(text, start, stated.end, text.slice(start, t.end).replace(/\s+/g, ' '), stated.code, null);
    }
    return null;
  }

  /** ", in Fresno County, California" right after `end`: the state the county is in. */
  function countyStateAfter(end: number): { code: string } | null {
    const m = IN_COUNTY_AFTER.exec(text.slice(end, end + 60));
    return m ? stateAfter(text, end + m[0].length) : null;
  }

  /** "Sept. 12, 2025, Franklin Park, Ill.": a town right after a date's year and its comma, as a timeline's entry opens. */
  function isAfterYear(i: number): boolean {
    return tokens[i - 1]?.text === ',' && /^(?:19|20)\d\d$/u.test(tokens[i - 2]?.text ?? '');
  }

  /** "Maricopa County", "Lorn County, Kan.": a county named by the capitalised words before "County". */
  function readCounty(i: number): PlaceMention | null {
    const t = tokens[i];
    if (!AREA_WORDS.has(t.text) || i === 0) return null;
    let k = i - 1;
    while (k >= 0 && i - k <= 3 && isCapitalized(tokens[k]) && tokens[k].pos !== 'DET' && isAdjacent(text, tokens[k], tokens[k + 1])) k--;
    if (k === i - 1) return null;
    const start = tokens[k + 1].start;
    const stated = stateAfter(text, t.end);
    return place(text, start, stated?.end ?? t.end, null, stated?.code ?? null, text.slice(start, t.end).replace(/\s+/g, ' '));
  }
}
