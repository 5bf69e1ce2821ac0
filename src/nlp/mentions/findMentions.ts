import type { Mention, OrganizationMention, PersonMention, PlaceMention, Token } from '../../domain/analysis.js';
import type { StageRef } from '../../domain/stage.js';
import { findDates } from '../dates/findDates.js';
import { findDatelines } from './findDatelines.js';
import { findOrganizations } from './findOrganizations.js';
import { findPersons } from './findPersons.js';
import { findPlaces } from './findPlaces.js';
import { loadBodies } from './loadBodies.js';
import { loadPlaces } from './loadPlaces.js';

const COMMA_THEN_CAPITAL = /^,\s*\p{Lu}/u;

// Version 9: a name a store, lot or other business's place noun follows ("a Home Depot parking lot") is no person.
// Version 11: a name ending in a town's word after a place preposition ("from Horizon City") is no person;
// the DHS Office of Inspector General is a body of its own (vocab/agencies.json).
// Version 12: "last weekend" is a week (its Monday), not its Sunday (findDates); a name the text calls a
// neighborhood ("the Little Village neighborhood") is no person anywhere ("whose ward includes Little Village").
// Version 16: a town the text used as a surname ("Jonathan Ponce") is that surname alone later; a name a street's
// word follows ("Van Buren Street") is no person; a role word opening a sentence ("Attorney Rebecca Lund") is a title.
// Version 17: a one-word town after another name and "and" ("at Lake and Bloomington") is a cross street, not the town.
// Version 18: a name ending in a town's word is no person after a timeline heading's dash ("Oct. 21 — Little Village") either, as after "from" or "in".
// Version 19: a dateline whose capitals keep a prefix in small letters ("McALLEN, Texas —") is read.
// Version 22: a city modifying a site's noun after an article ("in a Chula Vista parking garage") is the city; the date of
// "the morning of June 12" is read (chrono had read the phrase as one result that knew no date); "the Cascade Current" is no person.
// Version 32: "Inspector General Helen Okafor", "Surgeon General …": the whole title (vocab/titles.json), no "General Helen Okafor";
// "the Rio Grande about …" and that name anywhere, "the McAllen Marine Unit", "traveled from Nuevo Casas Grandes": no person.
// Version 34: "Village Trustee", "City Councilor" and their kin are titles (vocab/titles.json); "Brookfield" of
// "Brookfield Village Trustee Marisol Ochoa", a name right before a title, is where the office sits, no person;
// "Farragut Career Academy", "Virginia Mason Memorial hospital" are no persons; "near Parlier, in Fresno County,
// California" is a town the city list lacks (findPlaces). Also in 34 (stop 60): "Garfield Elementary", "Roosevelt High",
// a school named by its grade, are no persons; nor is "Mr. Chairman", "Madam Speaker".
// Version 35 (stop 61): "Globe", "Oregonian", "Intercept", "Daily Beast" and more end outlets' names (vocab/agencies.json
// outletWords), no persons' or places'; "Assistant Federal Defender" is a title (vocab/titles.json).
// Version 36 (stop 62): the DHS inspector general under its department's full name and a comma ("U.S. Department of Homeland
// Security, Office of Inspector General", vocab/agencies.json), as its reports name their publisher.
// Version 37 (stop 63): "over the weekend", "during the weekend" are the weekend past, a week dated by its Monday as
// "last weekend" is (findWeekends); a court record's cite after a surname ("Teague Decl.", "Haller Dep.") is no name; a party
// to a case ("Hernández v. Mesa") is no place; the story's first dateline names its town though the gazetteer lacks it
// ("WORTHINGTON —", findDatelines); a name "the Prairie Stop station" calls a station or a store anywhere is no person.
// Version 38 (stop 64): "a year ago this week" is this week a year back, and a weekday alone ("Tuesday's shooting") the
// day the text gave that weekday with its date within the week before (findDates); "the Loma Mart buying groceries", and a
// name the text writes as a school's or a body's ("Valle del Sol High School", then "Valle del Sol"), are no persons
// (findPersons).
// Version 39 (stop 65): a bare city the gazetteer knows in one state takes the state the text writes with the same city
// ("NORFOLK, Neb. — … agents in Norfolk", findPlaces; vocab/places.json adds Norfolk, Neb.); a capitalised preposition
// names no street ("At St. Joseph Medical Center", findStreets).
// Version 40 (stop 66): a town of another country that shares a U.S. city's name ("Nogales, Sonora", "Nogales,
// Mexico") is no U.S. city (findPlaces isForeignAfter, vocab/places.json foreignRegions, countries); "Alianza Inmigrante
// del Golfo" is no person (namesNoPerson, vocab/bodies.json nameHeads).
// Version 41 (stop 67): an agency's acronym also matches with a period after each letter ("D.H.S.", "I.C.E.",
// loadAgencies aliasVariants).
// Version 42 (stop 68): a square's name ("Centennial Square", "Phoenix Plaza") names no city of the same name (findPlaces).
// Version 43 (stop 70): "the Elizondo family" is no thing's name (the adverb test in -ly took "family" for one), so
// "Elizondo" alone names Tomás Elizondo Carrillo again; it had named no one in a story that spoke of his family.
// Version 44 (stop 71): "a week ago today" is the day a week before the anchor, one mention over both words, and "a
// September arrest" is a month, a month after "a" modifying a noun (findDates).
export const MENTIONS_STAGE: StageRef = Object.freeze({ name: 'mentions', version: 44 });

// "the Little Village neighborhood", "Mount Sinai Hospital", "a Home Depot parking lot": a name that a
// place noun follows names the place.
const PLACE_NOUN_AFTER = /^[ \t]+(?:neighborhood|neighbourhood|Hospital|hospital|Medical Center|Health|Clinic|Park|Elementary|Middle School|High School|School|Church|Cathedral|Mosque|Airport|Station|Mall|Plaza|Detention Center|Processing Center|Center|Centre|Facility|Jail|Prison|Community College|University|College|parking (?:lot|garage)|store|supermarket|restaurant|warehouse|factory|shopping center|car wash|gas station|apartments?|apartment complex|Apartments|courthouse|Courthouse|Federal Building|federal building|Federal Courthouse|U\.S\. Courthouse)\b/u;

// "New Year's Eve", "Christmas Day": days, not people.
const HOLIDAY = /^(?:New Year|Christmas|Thanksgiving|Easter|Halloween|Independence Day|Labor Day|Memorial Day|Veterans Day|Valentine|Mother|Father|Cinco de Mayo)$/u;

// "the Rio Verde valley", "the Sonoran Desert", "the Santa Cruz River": a name a landform names is a place.
const LANDFORM_AFTER = /^[ \t]+(?:valley|Valley|river|River|desert|Desert|canyon|Canyon|basin|Basin|mountains|Mountains|region|corridor|borderlands|foothills)\b/u;
const LANDFORM_LAST = /\s(?:Valley|Desert|Canyon|Basin|Mountains|River)$/u;

// "KSLM", "WFLD-TV", "KSLM Staff", "Courier Staff": a broadcaster's call letters or a newsroom's byline, no person.
const NEWSROOM_NAME = /^(?:[KW][A-Z]{2,3}(?:-(?:TV|DT|FM|AM))?(?:\s+[\p{Lu}][\p{L}]+)?|[\p{Lu}][\p{L}'’ .-]*\s(?:Staff|Newsroom|Web Staff|Digital Staff))$/u;

const PLACE_PREPOSITION_BEFORE = /\b(?:in|near|outside|inside)[ \t]+$/u;
const INDEFINITE_BEFORE = /(?:^|[^\p{L}])(?:[Aa]n?)[ \t]+$/u;
const TAKEN_TO_BEFORE = /\b(?:taken|rushed|transported|airlifted|flown|driven|brought|admitted|transferred)\s+to\s+$/u;
const PHRASE_ENDS_AFTER = /^(?:\s*(?:[,.;:!?)]|$)|[ \t]+(?:on|in|at|near|off|along|by|and|or|where|that|which|when|with|to|from)\b)/u;
// "the Rio Vista Border Patrol station", "the Eloy ICE processing center": a name, an agency, a facility.
const FACILITY_AFTER = /^[ \t]+(?:station|sector|facility|field office|processing center|detention center|headquarters)\b/iu;

// "the Little Village neighborhood": a name so written anywhere names that place wherever it stands
// ("whose ward includes Little Village."): no person is followed by these. So does "the Prairie Stop station"
// ("buys gas at the Prairie Stop every week").
const DISTRICT_AFTER = /^[ \t]+(?:neighborhood|neighbourhood|barrio|district|area|station|gas station|store|convenience store|market|supermarket)\b/u;

function namesDistrict(text: string, name: string): boolean {
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    if (DISTRICT_AFTER.test(text.slice(at + name.length, at + name.length + 16))) return true;
  }
  return false;
}

// "Mr. Chairman", "Madam Chairwoman", "Madam Speaker": how a hearing addresses whoever holds the chair, no name.
const ADDRESSED_CHAIR = /^(?:Mr\.?|Madam|Madame|Mister)\s+(?:Chairman|Chairwoman|Chair|Chairperson|Speaker|President|Secretary|Vice\s+Chair(?:man|woman)?|Ranking\s+Member)$/u;

/** A name that reads as a person's but names a street ("Calle Sonora"), a place, a facility or a day, or how a chair is addressed. */
function namesNoPerson(text: string, p: PersonMention, orgs: readonly OrganizationMention[]): boolean {
  if (ADDRESSED_CHAIR.test(p.text)) return true;
  // "the offices of Alianza Inmigrante del Golfo": a body's name, by the word it opens with (vocab/bodies.json nameHeads).
  if (p.title === null && p.name.includes(' ') && loadBodies().nameHeads.has(p.name.split(/\s/u, 1)[0])) return true;
  if (loadPlaces().streetPrefixes.has(p.text.split(/\s/u, 1)[0]) || PLACE_NOUN_AFTER.test(text.slice(p.end, p.end + 20)) || HOLIDAY.test(p.name)) return true;
  if (p.title === null && p.name.includes(' ') && namesDistrict(text, p.name)) return true;
  if (p.title === null && namesStreet(text, p)) return true;
  if (p.title === null && (LANDFORM_AFTER.test(text.slice(p.end, p.end + 14)) || LANDFORM_LAST.test(p.name))) return true;
  if (p.title === null && NEWSROOM_NAME.test(p.text)) return true;
  // "the parking lot of a Home Depot on Warren Avenue": a person is not counted with an article ("a
  // Bernie Sanders rally" still names him: the name modifies the noun after it).
  if (p.title === null && INDEFINITE_BEFORE.test(text.slice(Math.max(0, p.start - 4), p.start)) && PHRASE_ENDS_AFTER.test(text.slice(p.end, p.end + 12))) return true;
  // "was taken to Centro Médico, where …": someone is taken to a place, a hospital by its name.
  if (p.title === null && TAKEN_TO_BEFORE.test(text.slice(Math.max(0, p.start - 24), p.start))) return true;
  // "a shooting in Rio Vista", "near Eagle Pass", "outside Home Depot": no one is shot in or near a person ("in Ana Ruiz's car" is hers).
  if (p.title === null && PLACE_PREPOSITION_BEFORE.test(text.slice(Math.max(0, p.start - 8), p.start)) && !/^['’]/u.test(text.slice(p.end, p.end + 1))) return true;
  const org = orgs.find((o) => o.start >= p.end && /^[ \t]+$/u.test(text.slice(p.end, o.start)));
  return org !== undefined && FACILITY_AFTER.test(text.slice(org.end, org.end + 30));
}

// "East Van Buren Street", "Cesar Chavez Avenue": a name a street's word follows names the street ("Dr." is a title).
const WORD_AFTER = /^[ \t]+(\p{Lu}[\p{L}]*\.?)(?![\p{L}])/u;

function namesStreet(text: string, p: PersonMention): boolean {
  const next = WORD_AFTER.exec(text.slice(p.end, p.end + 16))?.[1];
  return next !== undefined && next !== 'Dr.' && loadPlaces().streetSuffixes.has(next);
}

// "the shooting at Lake and Bloomington", "the corner of Fifth and Main": a one-word town after another
// name and "and" is a cross street (Bloomington Avenue), not the town.
const CROSS_STREET_BEFORE = /\b(?:at|near|of)\s+\p{Lu}[\p{L}'’-]*\s+and\s+$/u;

function namesCorner(text: string, p: PlaceMention): boolean {
  return p.city !== null && !/[\s,]/u.test(p.text) && CROSS_STREET_BEFORE.test(text.slice(Math.max(0, p.start - 40), p.start)) && !COMMA_THEN_CAPITAL.test(text.slice(p.end, p.end + 4));
}

function inside(m: { start: number; end: number }, spans: ReadonlyArray<{ start: number; end: number }>): boolean {
  return spans.some((s) => m.start >= s.start && m.end <= s.end);
}

/**
 * Every person, organisation, place and date of a text, sorted by start; within a kind no two
 * overlap. A place inside an organisation's name ("Phoenix" in "Phoenix Police Department") is
 * not reported as a place: the organisation names it, the story need not have happened there.
 */
export function findMentions(text: string, tokens: readonly Token[], anchorDate: string | null): Mention[] {
  const orgs = findOrganizations(text, tokens);
  // "outside Pico Rivera hardware store" in a headline, "PICO RIVERA, Calif. —" the dateline: a town the dateline names is no person.
  const datelineTowns = new Set(findDatelines(text).map((d) => d.city?.toLowerCase()));
  const persons = findPersons(text, tokens, orgs, (p) => namesNoPerson(text, p, orgs) || (p.title === null && datelineTowns.has(p.name.toLowerCase())));
  const places = findPlaces(text, tokens).filter((p) => !inside(p, orgs) && !inside(p, persons) && !namesCorner(text, p));
  const dates = findDates(text, anchorDate);
  const all: Mention[] = [...orgs, ...persons, ...places, ...dates];
  return all.sort((a, b) => a.start - b.start || a.end - b.end);
}
