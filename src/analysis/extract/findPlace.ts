import type { DateMention, OrganizationMention, PlaceMention } from '../../domain/analysis.js';
import { lookupCity } from '../../nlp/mentions/lookupCity.js';
import type { SentenceInfo } from './describeSentences.js';
import { isQuestion } from './isQuestion.js';

const DATELINE_TAIL = /^(?:,\s*[\p{L}.]+)?\s*(?:\([^)]*\))?\s*[—–-]/u;

export interface EventPlace {
  readonly city: PlaceMention | null;
  readonly state: PlaceMention | null;
  readonly place: PlaceMention | null;
}

/**
 * Where the incident happened: place mentions in sentences that tell it (force words first, then any
 * event word, then the rest of the segment, so a dateline still counts). The most often named city
 * wins, ties to the earliest; the state comes with the city when it was named with it. A place
 * named as where another occasion happened is left out; with no city in the text, the headline's
 * city (`headline`: the place mentions of the document's title, for its first incident) counts.
 */
export function findPlace(sentences: readonly SentenceInfo[], related: ReadonlySet<number>, headline: readonly PlaceMention[] = [], anchor: string | null = null): EventPlace {
  const groups = [sentences.filter((s) => s.strong), sentences.filter((s) => s.weak || related.has(s.index)), sentences];
  const tiers = groups.map((group) => {
    // "during a June arrest in Bloomington": where another occasion happened says nothing of this one;
    // nor does a sentence of a life years before ("He crossed the border in 1998, worked in the oil fields outside Odessa").
    const places = group.flatMap((s) => (isYearsBefore(s, anchor) || isQuestion(s) ? [] : s.mentions.filter((m): m is PlaceMention => m.kind === 'place' && !isOtherOccasion(m, s) && !(m.city && isAgencyOffice(s.text, m.start - s.start, m.end - s.start)))));
    // A city named as a landmark ("a suburb west of Chicago", "the Chicago area") or as where an
    // institution stands ("a hospital in Tucson", "U.S. District Court in Tucson") says where the
    // place is near, or where the story went next, not where it happened: it counts only when
    // nothing else in the tier names a city.
    const named = places.filter((m) => !isLandmark(m, group));
    // A dateline says where the story was filed, which for an agency's release is its headquarters:
    // it counts only when nothing else in the tier names a city as the place itself.
    const inText = named.filter((m) => !isDateline(m, group));
    // Landmarks alone name the incident's city only when one is the dateline's ("TUCSON, Ariz. — … taken
    // to a hospital in Tucson"): "Denver immigration attorney", "remained in custody in Des Moines" under
    // a dateline the gazetteer does not know ("GREELEY —") say nothing of where it happened.
    const datelined = places.filter((m) => m.city && isDateline(m, group)).map((m) => m.city);
    const nearby = places.filter((m) => !m.city || named.includes(m) || datelined.includes(m.city) || !isDatelineUnknown(group));
    return { list: [inText, named, nearby].find((list) => list.some((m) => m.city)) ?? nearby, itself: inText.some((m) => m.city), named: named.some((m) => m.city) };
  });
  // A tier whose only cities are landmarks or homes ("who lives in Framingham") yields to a later one
  // that names a city as the place itself, its dateline's included.
  const found = tiers.find((t) => t.named) ?? tiers.find((t) => t.list.some((m) => m.city));
  // With no city in the text, the headline's ("What the videos show about the Minneapolis ICE shooting");
  // so too when the text names cities only as a dateline or a landmark ("TUCSON, Ariz. — … taken to a
  // hospital in Tucson", under "… near Sasabe, Arizona").
  const headlineCity = headline.find((m) => m.city) ?? null;
  const city = (found && !found.itself && headlineCity ? headlineCity : null) ?? mostFrequent(found?.list ?? [], (m) => m.city) ?? headlineCity ?? cityOfPolice(sentences);
  const state =
    (city?.state ? city : null) ??
    (city ? tiers.flatMap((t) => t.list).find((m) => m.city === city.city && m.state) : null) ??
    // Another city's state ("a spokesman for Kwik Trip in La Crosse, Wis.") is no state of this one: with a city, only a state named alone.
    mostFrequent(tiers.find((t) => t.list.some((m) => m.state && (!city || !m.city)))?.list.filter((m) => !city || !m.city) ?? [], (m) => m.state);
  // A county or neighbourhood named for an institution ("the Los Angeles County district attorney") is no place of the incident.
  // A street or site only from a sentence that tells the incident: "To the neighbors on Jackson Avenue, he
  // was the man who fixed their cars" says where he lived (the last tier is there for a dateline's city).
  const place = tiers.slice(0, 2).map((t, i) => t.list.find((m) => m.place && !isLandmark(m, groups[i]))).find(Boolean) ?? null;
  return Object.freeze({ city, state: state ?? null, place });
}

// How many years before publication a sentence's own years tell of another time.
const YEARS_BEFORE = 3;

/** Whether a sentence that tells no force is dated only by years ("in 1998") at least YEARS_BEFORE years before `anchor` (YYYY-MM-DD). */
function isYearsBefore(s: SentenceInfo, anchor: string | null): boolean {
  if (anchor === null || s.strong) return false;
  const year = Number(anchor.slice(0, 4));
  const dates = s.mentions.filter((m): m is DateMention => m.kind === 'date' && m.date !== null);
  const old = (m: DateMention) => year - Number(m.date!.slice(0, 4)) >= YEARS_BEFORE;
  // "in 1998", "Born in 1978"; not a car's model year ("a gray 2014 Nissan Altima"). A day of the event
  // in the same sentence ("On Dec. 3, … who had applied for asylum in 2023") keeps it.
  return dates.some((m) => old(m) && m.precision === 'year' && IN_BEFORE.test(s.text.slice(0, m.start - s.start))) && dates.every(old);
}

const IN_BEFORE = /\b(?:in|since)\s+$/iu;

/**
 * With no city named, the city a local police force is named after ("The Minneapolis Police
 * Department was not part of this operation"): the words of its name before "Police", when they
 * name one city of the gazetteer and nothing else. The span is those words.
 */
function cityOfPolice(sentences: readonly SentenceInfo[]): PlaceMention | null {
  for (const s of sentences) {
    for (const m of s.mentions) {
      if (m.kind !== 'organization' || (m as OrganizationMention).agencyId !== 'local_police') continue;
      const head = /^(.+?)\s+Police\b/u.exec(m.text);
      const found = head ? lookupCity(head[1]) : null;
      if (found) return Object.freeze({ kind: 'place', start: m.start, end: m.start + head![1].length, text: head![1], city: found.city, state: found.state, place: null });
    }
  }
  return null;
}

// "GREELEY —", "BURIEN, Wash. —": a dateline whose place the gazetteer may not know.
const DATELINE_OPENING = /^\s*\p{Lu}[\p{Lu}.' -]+(?:,\s*[\p{L}.]+)?\s*(?:\([^)]*\))?\s*[—–]/u;

/** Whether a sentence of the group opens on a dateline that names no place the gazetteer knows. */
function isDatelineUnknown(group: readonly SentenceInfo[]): boolean {
  return group.some((s) => DATELINE_OPENING.test(s.text) && !s.mentions.some((m) => m.kind === 'place' && (m as PlaceMention).city && m.start - s.start < 30));
}

function isDateline(m: PlaceMention, group: readonly SentenceInfo[]): boolean {
  const s = group.find((x) => m.start >= x.start && m.end <= x.end);
  if (!s) return false;
  const before = s.text.slice(0, m.start - s.start);
  const after = s.text.slice(m.end - s.start, m.end - s.start + 30);
  return /^\s*$/u.test(before) && DATELINE_TAIL.test(after);
}

// "who lives in Framingham": where someone lives, not where it happened; nor where they were held
// or treated after ("remained in custody in Des Moines", "was treated at a hospital in Seattle").
const LANDMARK_BEFORE = /\b(?:(?:north|south|east|west)(?:east|west)?|outskirts|suburbs?)\s+of\s+$|\b(?:lives|lived|living|resides|resided|residing|grew up|was raised)\s+(?:in|near|outside)\s+$|\b(?:nonprofit|non-profit|group|organi[sz]ation|firm|company|university|college|church|clinics?|coalition|consulate)\s+(?:based\s+)?(?:in|near|outside)\s+$|\b(?:transferred|transported|airlifted|flown|bused|bussed)\s+to\s+$|\b(?:(?:reported\s+)?stolen|bought|purchased|registered|rented)\s+(?:from\s+\S+\s+)?in\s+$|\b(?:hospitals?|(?:medical|trauma) centers?|detention (?:center|facility)|court|courthouse|judge|jury|trial|courtroom|jail|prison|headquarters|(?:field )?office|custody|(?:was|were|is|are|been|being|remained|remains)\s+(?:held|detained|jailed|hospitali[sz]ed|treated)(?: \w+)?)\s+(?:in|near|outside)\s+$/iu;
// "First Presbyterian Church of Chicago", "the Archdiocese of Chicago": a city closing an
// institution's name is where the institution is (not "the City of Chicago", the city itself).
const OF_AT_END = /\s+of\s+$/u;
const NAME_AT_END = /\b\p{Lu}[\p{L}’'-]+$/u;
const CITY_AT_END = /\b(?:City|Town|Village|County|Port)$/u;

/**
 * Whether `before` ends with a capitalised name and "of", as
 * /(?<!\b(?:City|Town|Village|County|Port))(?<=\b\p{Lu}[\p{L}’'-]+)\s+of\s+$/u tells it: the
 * lookbehinds asked only where the closing " of " begins, the one place they can hold (irregexp
 * ran them at every position, ~10 µs a call on a text with curly quotes, against ~0.6 µs).
 */
function endsWithNameOf(before: string): boolean {
  const of = OF_AT_END.exec(before);
  if (!of) return false;
  const head = before.slice(0, of.index);
  return NAME_AT_END.test(head) && !CITY_AT_END.test(head);
}
// "during a June arrest in Bloomington", "in a separate shooting in Chicago last year": another occasion.
const OTHER_OCCASION_BEFORE =
  /\b(?:during|in|after|at)\s+(?:an?|the|that)\s+(?:(?:earlier|previous|prior|separate|unrelated|similar|(?:January|February|March|April|May|June|July|August|September|October|November|December)|\d{4})\s+)(?:[\p{L}-]+\s+){0,2}?(?:arrest|raid|incident|shooting|operation|encounter|stop|case|confrontation)\s+(?:in|near|outside)\s+$/iu;

// "a Mesa man who was born in Tucson", "a U.S. citizen born in Harlingen", "who grew up in El Paso", "a student from Yuma",
// "told the Ledger by phone from Nogales": where a person
// was born, raised or comes from is no place of the incident.
// So is where someone the story quotes comes from: "a forensic pathologist from Minneapolis whom the family retained".
const ORIGIN_BEFORE = /\b(?:(?:by\s+(?:phone|telephone|video(?:\s+call)?|text(?:\s+message)?)|spoke|speaking|called|calling|reached)\s+from|(?:(?:was|were)\s+)?born|grew\s+up|raised|(?:is|was|comes|came)\s+(?:originally\s+)?from|a\s+native\s+of|hometown\s+of|(?:an?|the)\s+(?:[\p{L}-]+\s+){0,3}?(?:pathologist|expert|doctor|physician|lawyer|attorney|professor|researcher|student|man|woman|resident|worker|consultant|investigator|analyst|activist|pastor|priest|family|couple|teen|teenager|boy|girl)\s+from)\s+(?:in\s+)?$/iu;

// "whether the Portland and Minneapolis cases reflected a pattern": cities naming other cases, in the plural
// ("the Charlotte case", one, may be the story's own).
const OTHER_CASES_AFTER = /^\s+(?:and\s+\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?\s+)?(?:cases|shootings|incidents|raids|arrests|killings|deaths)\b/u;

function isOtherOccasion(m: PlaceMention, s: SentenceInfo): boolean {
  const before = s.text.slice(Math.max(0, m.start - s.start - 70), m.start - s.start);
  return OTHER_OCCASION_BEFORE.test(before) || ORIGIN_BEFORE.test(before) || OTHER_CASES_AFTER.test(s.text.slice(m.end - s.start, m.end - s.start + 40));
}

// "Rogelio Ibarra, 29, of Nogales": where a person lives, which is where it happened only when nothing else is named.
const RESIDENCE_BEFORE = /\b\d{1,3},\s+of\s+$/u;

// "was being held at the ICE Processing Center in Aurora", "was taken to a hospital in Seattle": where
// someone was held or taken after (not "died at the Montgomery Processing Center in Conroe").
const HELD_AT = /\b(?:held|detained|jailed|booked|transferred|taken|moved)\s+(?:at|to|into)\s+(?:an?\s+|the\s+)?(?:[\p{L}'’.-]+\s+){0,4}?(?:center|facility|jail|prison|hospital)\s+(?:in|near|outside)\s+$/iu;
// "The Consulate of Honduras in New Orleans, which serves Tennessee": where a foreign mission sits, which serves a region.
const MISSION_BEFORE = /\b(?:consulate|embassy|consular office)(?:\s+general)?(?:\s+of\s+(?:the\s+)?(?:[\p{L}'’-]+\s+){1,3}?)?\s*(?:in|near)\s+$/iu;
// "called her from the Adelanto ICE Processing Center", "transferred to the Otay Mesa Detention Center": a
// detention centre named after its town, where someone was held after (not "died at the Adelanto … Center").
const FACILITY_AFTER = /^\s+(?:ICE\s+|immigration\s+|service\s+|federal\s+)?(?:processing|detention)\s+(?:center|centre|facility)\b/iu;
const HELD_IN_NAMED = /\b(?:held|detained|jailed|booked|transferred|taken|moved|sent|called\s+(?:\w+\s+){0,2}?from|visited\s+(?:\w+\s+){0,2}?at)\s+(?:(?:at|to|into|from|in)\s+)?the\s+$/iu;
const LANDMARK_AFTER = /^\s+(?:area|suburbs?|metro(?:politan)?(?: area)?|region)\b/iu;

// "the Los Angeles County district attorney's office", "Hennepin County Medical Center": a place that names
// an institution (a hospital is where the wounded were taken; a detention center may be where it happened).
// "Denver immigration attorney Marisol Venegas", "ICE's Seattle field office": where one works is no place of the incident.
const INSTITUTION_AFTER = /^\s+(?:district attorney|(?:[\p{Ll}-]+ ){0,2}(?:attorney|lawyer)|field office|sheriff|board\b|superior court|district court|medical examiner|coroner|jail|public defender|(?:regional |general |memorial )?(?:medical|trauma|health) (?:center|centre)|(?:general |memorial |regional )?hospital)/iu;

// "HSI Kansas City special agents", "(HSI) Kansas City", "HSI's Kansas City office": an agency's office named by its city (stop 71).
const AGENCY_BEFORE = /\b(?:HSI|ERO|ICE|CBP|OFO|FBI|DEA|ATF|USCIS|OPR)\)?(?:['’]s)?\s+$/u;
const OFFICE_AFTER = /^\s+(?:(?:field|area|regional|sector|district) )?office\b/iu;

/**
 * Whether the city at [start, end) of `text` names an agency's office, never where anything happened: even alone in
 * the text, or in the headline ("HSI Kansas City executes search warrant at Ottumwa plant"), it is no place.
 */
export function isAgencyOffice(text: string, start: number, end: number): boolean {
  return AGENCY_BEFORE.test(text.slice(Math.max(0, start - 12), start)) || OFFICE_AFTER.test(text.slice(end, end + 25));
}

const PAIRED_CITY = /(?:\p{Lu}[\p{L}.'’-]*\s+){1,3}and\s+$/u;

function isLandmark(m: PlaceMention, group: readonly SentenceInfo[]): boolean {
  const s = group.find((x) => m.start >= x.start && m.end <= x.end);
  if (!s) return false;
  if (INSTITUTION_AFTER.test(s.text.slice(m.end - s.start, m.end - s.start + 25))) return true;
  if (!m.city) return false;
  const before = s.text.slice(Math.max(0, m.start - s.start - 30), m.start - s.start);
  if (HELD_AT.test(s.text.slice(Math.max(0, m.start - s.start - 80), m.start - s.start))) return true;
  if (MISSION_BEFORE.test(s.text.slice(Math.max(0, m.start - s.start - 60), m.start - s.start))) return true;
  if (FACILITY_AFTER.test(s.text.slice(m.end - s.start, m.end - s.start + 40)) && HELD_IN_NAMED.test(s.text.slice(Math.max(0, m.start - s.start - 60), m.start - s.start))) return true;
  // "taken to hospitals in Laredo and San Antonio": the second city of a pair shares the first one's phrase (stop 71).
  const window = s.text.slice(Math.max(0, m.start - s.start - 60), m.start - s.start);
  if (PAIRED_CITY.test(window) && LANDMARK_BEFORE.test(window.replace(PAIRED_CITY, ''))) return true;
  return LANDMARK_BEFORE.test(before) || RESIDENCE_BEFORE.test(before) || endsWithNameOf(before) || LANDMARK_AFTER.test(s.text.slice(m.end - s.start, m.end - s.start + 25));
}

function mostFrequent(list: readonly PlaceMention[], key: (m: PlaceMention) => string | null): PlaceMention | null {
  const counts = new Map<string, { n: number; first: PlaceMention }>();
  for (const m of list) {
    const k = key(m);
    if (!k) continue;
    const entry = counts.get(k);
    if (entry) entry.n++;
    else counts.set(k, { n: 1, first: m });
  }
  let best: { n: number; first: PlaceMention } | null = null;
  for (const e of counts.values()) if (!best || e.n > best.n || (e.n === best.n && e.first.start < best.first.start)) best = e;
  return best?.first ?? null;
}
