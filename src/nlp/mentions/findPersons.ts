import type { OrganizationMention, PersonMention, Token } from '../../domain/analysis.js';
import { findHeadlineLines, isInRanges } from './findHeadlineLines.js';
import { findOrganizations } from './findOrganizations.js';
import { readNameChunks, type ChunkItem } from './readNameChunks.js';
import { loadGivenNames } from './loadGivenNames.js';
import { loadPlaces } from './loadPlaces.js';

const DIACRITIC = /\p{M}/gu;
const LOWER_START = /^\p{Ll}/u;

type NameItem = Extract<ChunkItem, { kind: 'name' }>;

/** A name found in a chunk, before it is accepted as a person. */
interface Candidate {
  readonly start: number;
  readonly nameStart: number;
  readonly end: number;
  readonly names: readonly NameItem[];
  readonly title: string | null;
  readonly agencyId: string | null;
}

const CAPTION_WORDS = /\b(?:Defendants?|Plaintiffs?|Petitioners?|Respondents?|DEFENDANTS?|PLAINTIFFS?)\b/;
// Abbreviations of a court record's cites: a declaration, a deposition, an affidavit, a transcript, an exhibit.
const CITE_ABBREVIATIONS = new Set(['Decl', 'Dep', 'Aff', 'Tr', 'Ex', 'Compl', 'Mot', 'Opp', 'Br']);
const WORD_SPLIT = /[\s\-\u2010\u2011]+/;

const NOT_ASCII = /[\u0080-\uffff]/;

function foldWord(w: string): string {
  // ASCII has nothing to decompose, no marks and no curly apostrophe: lower-casing is all that is left.
  if (!NOT_ASCII.test(w)) return w.toLowerCase();
  return w.normalize('NFD').replace(DIACRITIC, '').replace(/\u2019/g, "'").toLowerCase();
}

/** Candidates of one chunk: each title followed by a name, and a trailing name with no title. */
function readCandidates(text: string, chunk: readonly ChunkItem[]): Candidate[] {
  if (chunk.some((it) => it.kind === 'other' && it.outlet)) return [];
  const out: Candidate[] = [];
  let k = 0;
  while (k < chunk.length) {
    const item = chunk[k];
    if (item.kind !== 'name' || item.words === 0) {
      k++;
      continue;
    }
    let e = k;
    while (e + 1 < chunk.length && chunk[e + 1].kind === 'name') e++;
    // A trailing particle ("de") is dropped; a trailing suffix ("Jr.") is kept.
    while (e > k && (chunk[e] as NameItem).words === 0 && LOWER_START.test(text.slice(chunk[e].start, chunk[e].end))) e--;
    // "(Teague Decl. ¶¶ 4–7)", "(Haller Dep. 61:4–9)": a record cite's abbreviation after a surname is no part of a name.
    while (e > k && CITE_ABBREVIATIONS.has(text.slice(chunk[e].start, chunk[e].end)) && text[chunk[e].end] === '.') e--;
    if (e === k && CITE_ABBREVIATIONS.has(text.slice(chunk[e].start, chunk[e].end))) {
      k++;
      continue;
    }
    const names = chunk.slice(k, e + 1) as NameItem[];
    const before = chunk[k - 1];
    const title = before?.kind === 'title' ? before : null;
    // "Brookfield Village Trustee Marisol Ochoa", "Brookfield Village President Kevin Doyle": a name right before a
    // title, with none of its own, says where the office sits; no person.
    if (!title && chunk[e + 1]?.kind === 'title' && chunk[e + 2]?.kind === 'name') {
      k = e + 1;
      continue;
    }
    const org = title && chunk[k - 2]?.kind === 'org' ? (chunk[k - 2] as { org: OrganizationMention }).org : null;
    out.push({
      start: org ? org.start : title ? title.start : item.start,
      nameStart: item.start,
      end: names[names.length - 1].end,
      names,
      title: title ? title.title.title : null,
      agencyId: title?.title.agency ?? org?.agencyId ?? null,
    });
    k = e + 1;
  }
  return out;
}

const VERSUS_LINE = /^\s*v\.?\s*$|(?:^|\s)v\.?\s*$/;

/** A caption: the name's line mentions a party ("Defendants"), or the line before ends in "v.". */
function isInCaption(text: string, offset: number): boolean {
  const s = text.lastIndexOf('\n', offset - 1) + 1;
  let e = text.indexOf('\n', offset);
  if (e < 0) e = text.length;
  const before = text.slice(s, offset);
  const prevLine = s > 0 ? text.slice(text.lastIndexOf('\n', s - 2) + 1, s - 1) : '';
  return CAPTION_WORDS.test(text.slice(s, e)) || VERSUS_LINE.test(before) || VERSUS_LINE.test(prevLine);
}

/**
 * Whether a candidate stands on its own: two or more name words, or a title. Names in capitals
 * only in a court caption ("JULIO CESAR SOSA-CELIS, Defendant"), since headings are in capitals too.
 */
function isConfident(text: string, c: Candidate, headlines: ReadonlyArray<readonly [number, number]>): boolean {
  if (isInRanges(headlines, c.nameStart)) return false;
  const words = c.names.reduce((n, it) => n + it.words, 0);
  if (c.names.every((it) => it.allCaps || it.words === 0)) return words >= 2 && isInCaption(text, c.nameStart);
  if (words >= 2) return !(c.title === null && words === 2 && c.names[0].sentenceStart && c.names[0].allCaps);
  // "The Agent Said the Truck Came at Him": a title-case headline's verb is no surname after a title.
  return c.title !== null && !SAYING_WORDS.has(text.slice(c.nameStart, c.end).toLowerCase());
}

const SAYING_WORDS = new Set(['said', 'says', 'told', 'tells', 'claims', 'claimed', 'denies', 'denied', 'admits', 'admitted', 'insists', 'insisted', 'testifies', 'testified', 'wrote', 'writes', 'shot', 'shoots', 'fired', 'fires']);

const OPEN_QUOTE = /["\u201c\u2018]$/;
const CLOSE_QUOTE = /^[,.!?]?["\u201d\u2019]/;

// "WASHINGTON (Meridian) —": a dateline's credit in parentheses names the outlet or its wire, no person.
const CREDIT_AFTER = /^\)\s*[—–-]/u;

/** "WASHINGTON (Meridian) —", "(Reuters) -": the outlet a dateline credits. */
function isDatelineCredit(text: string, c: Candidate): boolean {
  return c.title === null && text.charAt(c.start - 1) === '(' && CREDIT_AFTER.test(text.slice(c.end, c.end + 4));
}

/** "the ballad “Luz de Mayo”": a capitalised phrase quoted on its own is a title of a work, not a person. */
function isQuotedPhrase(text: string, c: Candidate): boolean {
  return c.title === null && OPEN_QUOTE.test(text.slice(c.start - 1, c.start)) && CLOSE_QUOTE.test(text.slice(c.end, c.end + 2));
}

const BODY_OF = /\b(?:Department|Office|Bureau|Division|Board|Ministry|University|College|Institute|Council|Commission|Committee|Association|Society|Federation|League|Academy)\s+of\s+(?:the\s+)?$/;

/** "the Department of Public Safety", "the University of Arizona": what follows a body's "of" is its field or place, not a person. */
function isBodyName(text: string, c: Candidate): boolean {
  return c.title === null && BODY_OF.test(text.slice(Math.max(0, c.start - 40), c.start));
}

const TOWN_WORD = /\s(?:City|Springs|Heights|Falls|Beach|Hills|Township|Village|Junction)$/u;
const PLACE_WORD_FIRST = /^(?:Ciudad|Mount|Mt\.|Fort|Ft\.|Cerro|Colonia|Puerto|Lake|Lago|Rancho)\s/u;
const MOTION_BEFORE = /\b(?:travel(?:l)?ed|travel(?:l)?ing|drove|flew|moved|returned|fled|deported|migrated|emigrated|relocated|walked)\s+(?:back\s+|here\s+)?(?:from|to)\s+$/u;
const TOWN_BEFORE = /(?:\b(?:from|in|of|near|outside|to)|[\u2013\u2014])\s+$/iu;

/**
 * "a 19-year-old man from Horizon City", "Oct. 21 — Little Village": after a place preposition or a
 * dateline's dash, a name ending in a town's word is a town the gazetteer lacks.
 */
function isTownName(text: string, c: Candidate): boolean {
  if (c.title !== null) return false;
  // "Ciudad Juárez", "Mount Cristo Rey", "Fort Snelling": a name opening on a place's word, wherever it stands.
  if (PLACE_WORD_FIRST.test(text.slice(c.nameStart, c.end))) return true;
  // "traveled from Nuevo Casas Grandes to the courthouse", "was deported to San Pedro Sula": where one goes or comes from.
  if (MOTION_BEFORE.test(text.slice(Math.max(0, c.start - 30), c.start)) && !/^['’]/u.test(text.slice(c.end, c.end + 1))) return true;
  if (!TOWN_BEFORE.test(text.slice(Math.max(0, c.start - 10), c.start))) return false;
  return TOWN_WORD.test(text.slice(c.nameStart, c.end)) || isSetOffByRegion(text, c.end);
}

// ", Coahuila", ", Baja California Sur", ", Texas": up to three capitalised words after a comma.
const REGION_AFTER = /^,\s+(\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,2})/u;
const LETTER_OR_POSSESSIVE = /^[\p{L}'’]/u;

/**
 * "of Piedras Negras, Coahuila", "from Sunnyslope, Arizona", "in Tegucigalpa, Honduras": a name set
 * off by a state, a province or a country is a town the gazetteer lacks (not "to Ana Ruiz, Mexico's consul").
 */
function isSetOffByRegion(text: string, end: number): boolean {
  const m = REGION_AFTER.exec(text.slice(end, end + 40));
  if (!m) return false;
  const places = loadPlaces();
  const words = m[1].split(/\s+/u);
  for (let n = words.length; n >= 1; n--) {
    const name = words.slice(0, n).join(' ');
    const key = name.replace(/\.$/u, '');
    if (!places.foreignRegions.has(key) && !places.countries.has(key) && !places.stateByKey.has(name.toLowerCase())) continue;
    const rest = text.slice(end + m[0].length - m[1].length + name.length);
    return !LETTER_OR_POSSESSIVE.test(rest);
  }
  return false;
}

const LAW_AFTER = /^\s+(?:Act|Acts|Amendment|Amendments|Clause|Doctrine|Statute)\b/u;
// "the Supremacy Clause": a name that ends on a law's noun.
const LAW_WORD_LAST = /\s(?:Act|Amendment|Clause|Doctrine|Statute)$/u;
// "Doña Ana County", "Santa Cruz County", "St. Landry Parish": a county's name, never a person's.
const COUNTY_AFTER = /^\s+(?:County|Parish|Borough|Township)\b/u;

/** "the Federal Tort Claims Act", "the Fourth Amendment", "the Supremacy Clause": capitalised words before or ending on a law's noun name the law, not a person. */
function isLawName(text: string, c: Candidate): boolean {
  return LAW_WORD_LAST.test(text.slice(c.nameStart, c.end)) || (c.title === null && LAW_AFTER.test(text.slice(c.end, c.end + 14)));
}

/** "Doña Ana County", "St. Landry Parish": capitalised words before a county's noun name the county. */
function isCountyName(text: string, c: Candidate): boolean {
  return COUNTY_AFTER.test(text.slice(c.end, c.end + 10));
}

const THE_BEFORE = /(?:^|[^\p{L}])(?:the|our|their|its)\s+$/u;
// "The Rio Grande was high": a sentence's (or the text's) capitalised "The" before a name that ends its phrase names a thing too.
const SENTENCE_THE_BEFORE = /(?:^|[.!?]["”’]?\s+|\n\s*)The\s+$/u;
// The phrase ends, or a place's preposition follows: "the Home Depot on West Huntington Drive", "our Home Depot is".
// So does a preposition or a conjunction: "from the Rio Grande about three miles downstream", "the Rio Grande and its banks";
// so does an adverb in -ly: "had crossed the Rio Grande illegally".
const PHRASE_END_AFTER = /^(?:['’]s?\b|\s*(?:[,.;:!?)]|$)|\s+(?:on|in|at|near|along|off|is|was|has|about|from|to|into|for|and|or|by|with|under|over|below|above|where|when)\b|\s+(?!(?:family|rally|assembly|supply|ally)\b)\p{Ll}+ly\b)/u;

const PARTICIPLE_AFTER = /^\s+\p{Ll}+ing\b/u;

/** Whether a candidate's first name word is a common given name (vocab/speakers-given-names.json). */
function opensOnGivenName(text: string, c: Candidate): boolean {
  const first = text.slice(c.nameStart, c.end).split(/\s+/u)[0];
  return loadGivenNames().has(first.toLowerCase());
}

/**
 * "on assignment for the Cascade Current,", "the Home Depot on West Huntington Drive", "our Home Depot is":
 * a capitalised phrase after a lower-case "the" (or "our", "their", "its", or a sentence's "The") that ends the phrase, or is
 * followed by a place's preposition or a verb of being, is the name of a thing (a paper, a store),
 * never a person's; "the Renee Good shooting", where the name modifies a noun, still names her.
 */
function isTheName(text: string, c: Candidate): boolean {
  if (c.title !== null) return false;
  // "inside the Loma Mart buying groceries": a participle after, when the name opens on no given name
  // ("the Renee Good shooting" still names her).
  const after = text.slice(c.end, c.end + 16);
  if (!PHRASE_END_AFTER.test(after) && !(PARTICIPLE_AFTER.test(after) && !opensOnGivenName(text, c))) return false;
  return THE_BEFORE.test(text.slice(Math.max(0, c.start - 5), c.start)) || SENTENCE_THE_BEFORE.test(text.slice(Math.max(0, c.start - 8), c.start));
}

// "the Rio Grande Legal Defense Project", "the Front Range Immigrant Justice Coalition", "Boca Chica
// Boulevard", "Farragut Career Academy", "Virginia Mason Memorial hospital": capitalised words before a body's or a road's word (perhaps two more words between) name it.
const BODY_OR_ROAD_AFTER =
  /^[ \t]+(?:\p{Lu}[\p{L}'’-]+[ \t]+){0,2}(?:Project|Coalition|Network|Alliance|Center|Centre|Fund|Foundation|Institute|Committee|Council|Union|Party|Group|Association|Society|League|Clinic|Services|Partners|Church|School|Academy|University|College|Hospital|Memorial|Cemetery|Chapel|Cathedral|Mosque|Temple|Synagogue|Library|Museum|Stadium|Arena|Bank|Company|Corporation|Corp|Inc|LLC|Collaborative|Collective|Initiative|Campaign|Movement|Federation|Caucus|Agency|Bureau|Commission|Ministry|Mission|Shelter|Unit|Branch|Sector|Division|Detachment|Boulevard|Blvd|Street|Avenue|Road|Drive|Highway|Lane|Parkway|Bridge|Plaza|Port|Nation|Tribe|Reservation|Pueblo)\b/u;
// "at the Paso del Norte bridge", "the Lakeshore plant": a name before a lower-case word for a structure or a site names it.
const SITE_AFTER = /^[ \t]+(?:bridge|port|plant|facility|complex|crossing|checkpoint|station|terminal|airport|church|school|campus|building|tower|park|dam|canal|highway|freeway|interchange|mall|hospital|factory|warehouse|ranch|shelter|neighborhood)\b/u;
// "Rady Children's Hospital", "Rosa Lind's Bakery": a name whose possessive a capitalised hospital, clinic or shop's word follows names that place.
const POSSESSED_PLACE_AFTER = /^['’]s[ \t]+(?:\p{Lu}[\p{L}'’-]+[ \t]+){0,2}(?:Hospital|Medical|Clinic|Health|Church|Chapel|School|Academy|University|College|Center|Centre|Restaurant|Market|Bakery|Store|Cafe|Café|Bar|Grill|Diner|Kitchen|Shop|Salon|Taqueria|Pharmacy)\b/u;
// "Lakeshore Meats", "Valley Builders": a business's plural word ends it; "the state Crime Lab", "the Gang Unit": a body's word does too;
// "two daughters at Garfield Elementary", "Roosevelt High": so does a school's.
const BUSINESS_LAST = /\s(?:Elementary|Middle|High|Academy|Prep|Preparatory|Lab|Laboratory|Unit|Branch|Sector|Division|Detachment|Squad|Meats|Foods|Farms|Builders|Industries|Services|Systems|Solutions|Products|Motors|Logistics|Partners|Associates|Homes|Properties|Enterprises|Holdings|Markets|Packers|Dairies|Construction|Roofing|Landscaping|Trucking|Transport)$/u;

/** A thing's name, and without its school's or business's last word ("Valle del Sol High" is "Valle del Sol" too). */
function thingNames(name: string): string[] {
  const m = BUSINESS_LAST.exec(name);
  return m ? [name, name.slice(0, m.index)] : [name];
}

// "A Ciudad Juárez man", "an El Monte teenager": after "a", before a person's noun, capitalised words say where one is from.
const A_BEFORE = /(?:^|[^\p{L}])an?[ \t]+$/iu;
const PERSON_NOUN_AFTER = /^[ \t]+(?:man|woman|boy|girl|teen|teenager|youth|resident|family|couple|worker|father|mother|driver|student)\b/u;

/** "the Rio Grande Legal Defense Project", "the Paso del Norte bridge", "Lakeshore Meats", "A Ciudad Juárez man": capitalised words that name a body, a road, a site, a business or a home town. */
function isThingName(text: string, c: Candidate): boolean {
  if (c.title !== null) return false;
  const after = text.slice(c.end, c.end + 60);
  if (A_BEFORE.test(text.slice(Math.max(0, c.start - 4), c.start)) && PERSON_NOUN_AFTER.test(after)) return true;
  return BODY_OR_ROAD_AFTER.test(after) || SITE_AFTER.test(after) || POSSESSED_PLACE_AFTER.test(after) || BUSINESS_LAST.test(text.slice(c.nameStart, c.end));
}

// Juan "Johnny" Pérez is named Juan Pérez: the nickname stays in the mention's text, not its name.
const NICKNAME = /\s["“'‘]\p{Lu}[\p{L}'’-]*["”'’]\s/gu;

function toMention(text: string, c: Candidate): PersonMention {
  return Object.freeze({
    kind: 'person',
    start: c.start,
    end: c.end,
    text: text.slice(c.start, c.end),
    name: text.slice(c.nameStart, c.end).replace(NICKNAME, ' ').replace(/\s+/g, ' '),
    title: c.title,
    agencyId: c.agencyId,
  });
}

/**
 * Persons: capitalised names, optionally after a title and an agency ("DHS Assistant Secretary
 * Dana Whitcombe"). A lone word ("Whitcombe", "IBARRA") is a person only when a confident
 * mention elsewhere in the text carries it, because precision matters more than recall: a wrong
 * person later becomes a wrong speaker.
 */
export function findPersons(
  text: string,
  tokens: readonly Token[],
  orgs?: readonly OrganizationMention[],
  /** Names that read as a person's but name a place or a day ("Riverton General" before "Hospital"): never a person, nor a word's warrant. */
  namesNoPerson: (mention: PersonMention) => boolean = () => false,
): PersonMention[] {
  const chunks = readNameChunks(text, tokens, orgs ?? findOrganizations(text, tokens));
  const headlines = findHeadlineLines(text);
  // Rejected before the lone words are checked: "Riverton General Hospital" vouches for no "RIVERTON".
  const read = chunks.flatMap((chunk) => readCandidates(text, chunk));
  // "Teen's body recovered from Rio Grande" in a headline, "from the Rio Grande about three miles downstream" in the story:
  // a name the text writes as a thing's ("the Rio Grande") is no person's anywhere, unless a title goes with it.
  // So is one the text writes as a body's, a site's or a school's ("Valle del Sol High School", then "at Valle del Sol
  // on Friday"), when it opens on no given name ("the Renee Good Memorial Fund" leaves her a person).
  const things = new Set(read.filter((c) => isTheName(text, c) || (isThingName(text, c) && !opensOnGivenName(text, c))).flatMap((c) => thingNames(text.slice(c.nameStart, c.end))));
  const candidates = read.filter((c) => !isQuotedPhrase(text, c) && !isDatelineCredit(text, c) && !isBodyName(text, c) && !isTownName(text, c) && !isTheName(text, c) && !(c.title === null && things.has(text.slice(c.nameStart, c.end))) && !isLawName(text, c) && !isCountyName(text, c) && !isThingName(text, c) && !namesNoPerson(toMention(text, c)));
  const accepted = new Set<Candidate>();
  const known = new Set<string>();
  for (const c of candidates) {
    if (!isConfident(text, c, headlines)) continue;
    accepted.add(c);
    for (const w of text.slice(c.nameStart, c.end).split(/\s+/)) {
      const folded = foldWord(w);
      if (folded.length >= 3) known.add(folded);
      for (const part of folded.split(WORD_SPLIT)) if (part.length >= 4) known.add(part);
    }
  }
  for (const c of candidates) {
    if (accepted.has(c)) continue;
    const words = text.slice(c.nameStart, c.end).split(/\s+/).map(foldWord);
    if (words.every((w) => known.has(w))) accepted.add(c);
  }
  return candidates.filter((c) => accepted.has(c)).map((c) => toMention(text, c));
}
