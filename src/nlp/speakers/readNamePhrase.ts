import type { Role } from '../../domain/roles.js';
import { loadPlaces } from '../mentions/loadPlaces.js';
import { loadTitles } from '../mentions/loadTitles.js';
import { PORTFOLIO_NOUNS } from '../mentions/portfolioNouns.js';
import type { RoleVocab } from './roleVocab.js';
import { foldName, matchLongest, splitWords, type Word } from './words.js';

const ANY_LOWER = /\p{Ll}/u;

/** The parts of a speaker phrase such as "DHS Assistant Secretary Ana Ruiz" or "His attorney, Omar Haddad". */
export interface NamePhrase {
  /** The personal name, without title: "Ana Ruiz", "Haddad", "Rosa". */
  readonly name: readonly Word[] | null;
  /** The title right before the name, as written: "Assistant Secretary". */
  readonly title: string | null;
  readonly titleRole: Role | null;
  /** Words before the title ("DHS", "Dayton Police"), where an organisation may be named. */
  readonly prefix: readonly Word[];
  /** The comma-separated parts that are not the name: descriptions such as "a lawyer for X". */
  readonly descriptors: readonly (readonly Word[])[];
}

const PARTICLES = new Set(['de', 'del', 'de la', 'la', 'van', 'von', 'da', 'dos', 'das', 'du', 'bin', 'al', 'y']);
const NOT_NAMES = new Set(['he', 'she', 'they', 'it', 'i', 'we', 'you', 'his', 'her', 'their', 'its', 'the', 'a', 'an', 'this', 'that', 'these', 'those', 'who', 'which', 'our', 'my']);

/** Splits at commas (and parenthesised asides), keeping word offsets; a social-media handle is no word. */
function segmentsOf(text: string, start: number, end: number): Word[][] {
  const segments: Word[][] = [];
  let from = start;
  let depth = 0;
  for (let i = start; i <= end; i++) {
    const ch = i < end ? text[i] : ',';
    if (ch === '(') depth++;
    else if (ch === ')') depth = Math.max(0, depth - 1);
    else if (ch === ',' && depth === 0) {
      // "Caleb Ostrowski (@costrowski)": a handle names the account, no word of the name.
      const words = splitWords(text, from, i).filter((w) => text[w.start - 1] !== '@');
      if (words.length) segments.push(words);
      from = i + 1;
    }
  }
  return segments;
}

function isCommonNoun(word: Word, vocab: RoleVocab): boolean {
  const n = word.norm;
  return (
    NOT_NAMES.has(n) ||
    vocab.relationRoles.has(n) ||
    vocab.groups.has(n) ||
    vocab.filings.has(n) ||
    vocab.spokesNouns.has(n) ||
    vocab.statementNouns.has(n) ||
    vocab.anaphoricOrgNouns.has(n) ||
    vocab.filingVoice.has(n) ||
    vocab.courtVoice.has(n)
  );
}

function isNameWord(word: Word): boolean {
  if (/\d/.test(word.text)) return false;
  return word.capitalized || PARTICLES.has(word.norm);
}

const PARTY_STATE = /^[RDI]-\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)?$/u;

/** "R-Texas", "D-Calif.", "D-N.Y.", "R-New Mexico": a lawmaker's party and state, set off after the name. */
function isPartyAndState(segment: readonly Word[]): boolean {
  return segment.length <= 3 && PARTY_STATE.test(segment.map((w) => w.text).join(' '));
}

/** The name at the end of a segment, after its last title; null when the segment is not "[title] Name". */
// What joins a lower-case title to the principal it serves.
const PRINCIPAL_LINKS = new Set(['for', 'to']);

function readSegment(whole: readonly Word[], vocab: RoleVocab): { name: Word[]; titleFrom: number; titleTo: number; role: Role | null } | null {
  // "The Rev. Ana Ruiz", "the Rev. Dr. Ana Ruiz": an article before a title is part of how the title is written.
  const segment = whole.length > 2 && whole[0].norm === 'the' && matchLongest(whole, 1, vocab.titleRoles) ? whole.slice(1) : whole;
  // "a lawyer for X", "the federal public defender": a description, not a name.
  if (!segment.length || NOT_NAMES.has(segment[0].norm)) return null;
  // "Sen. Ana Ruiz, R-Texas,": a lawmaker's party and state.
  if (isPartyAndState(segment)) return null;
  let titleFrom = -1;
  let titleTo = -1;
  let firstTitleTo = -1;
  let role: Role | null = null;
  for (let i = 0; i < segment.length; i++) {
    const m = matchLongest(segment, i, vocab.titleRoles);
    if (m) {
      if (titleFrom < 0 || i > titleTo) titleFrom = i;
      titleTo = i + m.len;
      if (firstTitleTo < 0) firstTitleTo = titleTo;
      role = m.value;
      i += m.len - 1;
    }
  }
  // "spokesman for State's Attorney Yvette Calloway", "chief of staff to Mayor Ana Ruiz": a lower-case title
  // serving the principal titled and named after "for" or "to"; the name is the principal's, no name here.
  if (firstTitleTo > 0 && titleFrom > firstTitleTo && !segment[0].capitalized && PRINCIPAL_LINKS.has(segment[firstTitleTo].norm) && segment.slice(firstTitleTo + 1, titleFrom).every((w) => w.capitalized)) return null;
  // "Assistant Secretary for Public Affairs Tricia McLaughlin": the title's portfolio runs to the name.
  if (titleTo > 0) titleTo += portfolioLength(segment.slice(titleTo), vocab);
  const name = segment.slice(Math.max(titleTo, 0));
  if (!name.length || !name.every(isNameWord) || !name[0].capitalized) return null;
  // A capitalised "Her" or "Do" after a given name is a surname ("Nicole Her", Hmong), not a pronoun.
  if (name.some((w, i) => w.possessive || (NOT_NAMES.has(w.norm) && !(i > 0 && w.capitalized && ANY_LOWER.test(w.text))))) return null;
  if (name.length === 1 && isCommonNoun(name[0], vocab)) return null;
  // "the Federal Defender Program": a body's last word after a title is no surname.
  if (name.length === 1 && titleTo >= 0 && ORGANIZATION_TAILS.has(name[0].norm)) return null;
  // "Neighbor Maria Lopez", "Parent Daniel Kozak": a relation or person noun opening the phrase describes the name after it.
  if (titleTo < 0 && name.length >= 3 && (isCommonNoun(name[0], vocab) || vocab.unnamedPersonNouns.has(name[0].norm))) return null;
  if (titleTo < 0 && segment.length !== name.length) return null;
  // Indexes into the phrase as written, article included.
  const shift = whole.length - segment.length;
  return { name, titleFrom: titleFrom < 0 ? titleFrom : titleFrom + shift, titleTo: titleTo < 0 ? titleTo : titleTo + shift, role };
}

const PORTFOLIO_LINKS = new Set(['for', 'of']);
const PORTFOLIO_WORDS = new Set(['and', 'the', 'of', 'for', '&']);

/** "Church", "County", "Street": a word of vocab/titles.json nonNameWords, which no personal name holds ("Saint Mary Catholic Church"). */
function isInstitutionWord(w: Word): boolean {
  return loadTitles().nonNameWords.has(w.text);
}

/**
 * How many words after a title are its portfolio ("for Public Affairs", "of Homeland Security") before
 * the name: "for"/"of", capitalised words, and a name of two or three words at the end that opens on a
 * known given name ("for Public Affairs Tricia McLaughlin"). 0 otherwise: "executive director of
 * National Nurses United" holds no name.
 */
function portfolioLength(rest: readonly Word[], vocab: RoleVocab): number {
  if (rest.length < 4 || !PORTFOLIO_LINKS.has(rest[0].norm)) return 0;
  if (!rest.slice(1).every((w) => w.capitalized || PORTFOLIO_WORDS.has(w.norm))) return 0;
  for (let from = Math.max(2, rest.length - 3); from <= rest.length - 2; from++) {
    // Not "for the San Diego Field Office": a given name inside a place, before an office's nouns.
    if (vocab.givenNames.has(rest[from].norm) && rest.slice(from).every((w) => isNameWord(w) && w.capitalized && !PORTFOLIO_NOUNS.has(w.norm) && !isCommonNoun(w, vocab) && !isInstitutionWord(w)) && rest[from - 1].capitalized) return from;
  }
  // "for Public Affairs Celeste Harwood", a given name the list lacks: two capitalised words after a
  // portfolio of two or more, neither a word portfolios are made of nor a common noun.
  const from = rest.length - 2;
  if (from >= 3 && rest.slice(from).every((w) => isNameWord(w) && w.capitalized && !PORTFOLIO_NOUNS.has(w.norm) && !isCommonNoun(w, vocab) && !isInstitutionWord(w)) && rest[from - 1].capitalized && PORTFOLIO_NOUNS.has(rest[from - 1].norm)) return from;
  return 0;
}


// Words that make what precedes a name a clause or a complement, not a description of the person.
// "Lawyers representing Quintero Salas" are the lawyers of the one named, not that person.
const NOT_DESCRIPTIVE = new Set(['for', 'of', 'with', 'to', 'by', 'from', 'at', 'in', 'on', 'who', 'that', 'which', 'whose', 'and', 'or', 'said', 'says', 'told', 'than', 'as', 'representing', 'represents', 'represented', 'defending', 'suing']);
const MAX_DESCRIPTION = 4;
const INDEFINITE = new Set(['a', 'an', 'one', 'another']);
const ORGANIZATION_TAILS = new Set(['foundation', 'office', 'institute', 'center', 'centre', 'council', 'committee', 'department', 'agency', 'bureau', 'university', 'college', 'times', 'news', 'post', 'journal', 'association', 'union', 'party', 'group', 'commission', 'court', 'service', 'services', 'patrol', 'police', 'administration', 'network', 'project', 'program', 'programme', 'initiative', 'clinic', 'coalition', 'alliance', 'fund', 'company', 'corporation', 'inc', 'llc', 'board', 'county', 'city', 'state']);

// Module-level rather than a closure in readDescribedName: a named closure made per call costs a __name call under tsx.
function isDescribedNameWord(w: Word, vocab: RoleVocab): boolean {
  return isNameWord(w) && w.capitalized && !w.possessive && !NOT_NAMES.has(w.norm) && !isCommonNoun(w, vocab);
}

/**
 * "His brother Sam Hale", "Neighbor Maria Lopez", "campaign manager Rob Mook": a name of two words
 * or more after a short description with no title in it. The description (which must end in a
 * lower-case noun, or be one known relation noun: "Neighbor") becomes a descriptor of the person.
 */
function readDescribedName(segment: readonly Word[], vocab: RoleVocab): { name: Word[]; description: Word[] } | null {
  let from = segment.length;
  while (from > 0 && isDescribedNameWord(segment[from - 1], vocab)) from--;
  // "Parent Daniel Kozak", "Protester Jane Doe": a person noun opening the phrase, capitalised as its first word, describes.
  if (from === 0 && segment.length >= 3 && vocab.unnamedPersonNouns.has(segment[0].norm)) from = 1;
  const name = segment.slice(from);
  const description = segment.slice(0, from);
  if ((name.length < 2 && !isKinGivenName(name, description, vocab)) || name.length > 4 || !description.length || description.length > MAX_DESCRIPTION) return null;
  // "a prominent New York Democrat" describes; "the conservative-leaning Tax Foundation" is a body.
  if (INDEFINITE.has(description[0].norm) || ORGANIZATION_TAILS.has(name[name.length - 1].norm)) return null;
  if (description.some((w) => NOT_DESCRIPTIVE.has(w.norm) || /\d/.test(w.text))) return null;
  const last = description[description.length - 1];
  const known = description.length === 1 && (vocab.relationRoles.has(last.norm) || vocab.unnamedPersonNouns.has(last.norm));
  if (!known && (last.capitalized || last.possessive || NOT_NAMES.has(last.norm))) return null;
  return { name, description };
}

const KIN_POSSESSIVES = new Set(['his', 'her', 'their']);

/** "Elizondo's sister Daniela", "his brother Luis": a given name alone after a possessive and a family noun (stop 71; findKinGivenNames). */
function isKinGivenName(name: readonly Word[], description: readonly Word[], vocab: RoleVocab): boolean {
  const noun = description[description.length - 1];
  const owner = description[description.length - 2];
  if (name.length !== 1 || !noun || !owner || vocab.relationRoles.get(noun.norm) !== 'family') return false;
  return (owner.possessive || KIN_POSSESSIVES.has(owner.norm)) && vocab.givenNames.has(foldName(name[0].text));
}

/**
 * "The Department of Homeland Security's Tricia McLaughlin", "DHS's Tricia McLaughlin": a name of two to
 * four words after a capitalised possessive. The words up to the possessive are the prefix, where an
 * organisation gives the person's affiliation as it does before a title ("DHS spokeswoman …").
 */
const OWNER_LINKS = new Set(['the', 'of', 'for', 'on']);

function readOwnedName(segment: readonly Word[], vocab: RoleVocab): { name: Word[]; owner: Word[] } | null {
  let from = segment.length;
  while (from > 0 && isDescribedNameWord(segment[from - 1], vocab)) from--;
  const name = segment.slice(from);
  const possessor = segment[from - 1];
  if (name.length < 2 || name.length > 4 || !possessor?.possessive || !possessor.capitalized) return null;
  // The possessor alone before the name: "A panel led by MSNBC's Chris Matthews", "MSNBC's Ana Ruiz and Reuters' Tom Lee" are not that person.
  const owner = segment.slice(0, from);
  if (owner.some((w, i) => (i < owner.length - 1 && w.possessive) || !(w.capitalized || OWNER_LINKS.has(w.norm)))) return null;
  return { name, owner };
}

/**
 * The phrases of the document read last, by span: the speaker passes read each source several
 * times (registerPersons twice, readSource, describeRelation once per relation noun), some 42
 * reads of 20 spans in a bench article. A phrase is deeply frozen, so every caller may share it.
 */
let memoText: string | null = null;
let memoVocab: RoleVocab | null = null;
const memo = new Map<number, NamePhrase>();
/** Spans are keyed by start * (length + 1) + end, exact below this length. */
const MEMO_MAX_LENGTH = 2 ** 26;

function freezeWords(words: readonly Word[]): readonly Word[] {
  for (const w of words) Object.freeze(w);
  return Object.freeze(words);
}

function freezePhrase(phrase: NamePhrase): NamePhrase {
  if (phrase.name) freezeWords(phrase.name);
  freezeWords(phrase.prefix);
  for (const d of phrase.descriptors) freezeWords(d);
  Object.freeze(phrase.descriptors);
  return Object.freeze(phrase);
}

/** The parts of the speaker phrase text[start, end), deeply frozen (read once per span and document). */
export function readNamePhrase(text: string, start: number, end: number, vocab: RoleVocab): NamePhrase {
  if (text.length >= MEMO_MAX_LENGTH) return freezePhrase(readPhrase(text, start, end, vocab));
  if (text !== memoText || vocab !== memoVocab) {
    memo.clear();
    memoText = text;
    memoVocab = vocab;
  }
  const key = start * (text.length + 1) + end;
  let phrase = memo.get(key);
  if (!phrase) memo.set(key, (phrase = freezePhrase(readPhrase(text, start, end, vocab))));
  return phrase;
}

/** A segment that is a city or state the gazetteer knows, as written ("Salem", "Texas"). */
function isPlaceSegment(segment: readonly Word[]): boolean {
  const written = joinWords(segment);
  const places = loadPlaces();
  return places.citiesByName.has(written) || (places.stateByKey.has(written.toLowerCase()) && written.length > 2);
}

/** "Austin, Texas", "Dover, Del.": a segment that is a state after a segment ending on a capitalised word completes a place. */
function isStateAfterPlace(segments: readonly (readonly Word[])[], s: number): boolean {
  const before = segments[s - 1];
  if (!before || !before[before.length - 1].capitalized) return false;
  const written = joinWords(segments[s]);
  return loadPlaces().stateByKey.has(written.toLowerCase()) && written.length > 2;
}

function joinWords(words: readonly Word[]): string {
  return words.map((w) => w.text).join(' ');
}

/**
 * "Debra Vance of Dover", "Gov. Greg Abbott of Texas", "Ana Ruiz of the ACLU": a name of two words or
 * more (or one after a title) with "of" and a capitalised phrase after it is the name, the rest a
 * description. A single word before "of" stays whole: "Bank of America", "University of Texas".
 */
function splitNameOf(segment: Word[], vocab: RoleVocab): Word[][] {
  const of = segment.findIndex((w, i) => i >= 2 && w.norm === 'of');
  if (of < 0 || of + 1 >= segment.length) return [segment];
  const next = segment[of + 1];
  if (!next.capitalized && next.norm !== 'the') return [segment];
  const read = readSegment(segment.slice(0, of), vocab);
  // "Attorney Jenna Holcomb of Des Moines": a relation noun before the name reads as one too.
  const described = read ? null : readDescribedName(segment.slice(0, of), vocab);
  if (described ? described.name.length < 2 : !read || (read.titleTo < 0 && read.name.length < 2)) return [segment];
  return [segment.slice(0, of), segment.slice(of)];
}

/**
 * "a 52-year-old retired school bus driver named Delphine Archer": a description, "named" (or
 * "called"), then two to four capitalised words that end the segment; the description and the name
 * as two segments. Null otherwise.
 */
function splitNamed(segment: Word[]): Word[][] | null {
  const k = segment.findIndex((w, i) => i >= 1 && (w.norm === 'named' || w.norm === 'called'));
  const rest = k < 0 ? [] : segment.slice(k + 1);
  if (rest.length < 2 || rest.length > 4 || !rest.every((w) => w.capitalized && isNameWord(w))) return null;
  return [segment.slice(0, k), rest];
}

const AGE_WORD = /^\d{1,3}-year-old$/u;

/** "16-year-old Mateo Castillo": an age before two to four capitalised words that end the segment; the age and the name as two segments. */
function splitAged(segment: Word[]): Word[][] | null {
  const rest = segment.slice(1);
  if (!AGE_WORD.test(segment[0]?.norm ?? '') || rest.length < 2 || rest.length > 4 || !rest.every((w) => w.capitalized && isNameWord(w))) return null;
  return [segment.slice(0, 1), rest];
}

const BODY_LINKS = new Set(['of', 'the', 'for']);

/** Whether a later part of a phrase opens on a capital and joins names with "and" or "or", no "of", "the" or "for" before the join. */
function joinsNames(seg: readonly Word[]): boolean {
  if (seg[0]?.capitalized !== true) return false;
  const join = seg.findIndex((w) => w.norm === 'and' || w.norm === 'or');
  return join > 0 && !seg.slice(0, join).some((w) => BODY_LINKS.has(w.norm));
}

// "his wife, Ana Ortiz": a relative's own apposition, a list's next item, not a description of the name before.
const POSSESSIVE_OPENERS = new Set(['his', 'her', 'their', 'its']);

/**
 * Whether a segment of description ends on a relative of someone's ("the attorney representing Salcedo's
 * widow"), and is more than that relative ("his wife, Ana Ortiz, …" lists someone else).
 */
function namesRelativeBefore(segment: readonly Word[], vocab: RoleVocab): boolean {
  const last = segment[segment.length - 1];
  return segment.length >= 3 && !POSSESSIVE_OPENERS.has(segment[0].norm) && last !== undefined && !last.capitalized && vocab.relationRoles.get(last.norm) === 'family';
}

function readPhrase(text: string, start: number, end: number, vocab: RoleVocab): NamePhrase {
  const segments = segmentsOf(text, start, end)
    .flatMap((seg) => (readSegment(seg, vocab) ? [seg] : splitNamed(seg) ?? splitAged(seg) ?? splitNameOf(seg, vocab)))
    .filter((seg, s, all) => !isStateAfterPlace(all, s));
  // "Sens. Lena Ortiz, Sam Park and Ana Ruiz": a later part that opens on a capital and joins words with "and"
  // closes a list of names, so no one name heads the phrase.
  // "Director of the AMO McAllen Air and Marine Branch" joins words of a body's name, after an "of" or a "the".
  if (segments.slice(1).some(joinsNames)) return { name: null, title: null, titleRole: null, prefix: [], descriptors: segments };
  let found: { index: number; read: NonNullable<ReturnType<typeof readSegment>> } | null = null;
  let description: Word[] = [];
  let owner: readonly Word[] = [];
  // A name after a short description ("His brother Sam Hale") only when no part of the phrase is a name as it stands.
  // A phrase in capitals that opens on a name ("MAYOR ARMANDO CASTAÑEDA, DEL RIO", "ERNESTO SALDÍVAR,
  // FAMILY ATTORNEY": a transcript's label): the parts after it say who they are, where from, no second name.
  const capitals = !ANY_LOWER.test(text.slice(start, end));
  const first = segments.length ? readSegment(segments[0], vocab) : null;
  // "Luis Carmona, Salem, stated": minutes write where a speaker lives after the name; a known city or state is no second name (stop 71).
  const direct = segments.map((seg, s) => (s === 0 ? first : (capitals && first) || (first && isPlaceSegment(seg)) ? null : readSegment(seg, vocab)));
  const fallback = direct.every((r) => !r);
  for (let s = 0; s < segments.length; s++) {
    const described = fallback ? readDescribedName(segments[s], vocab) : null;
    if (described) description = described.description;
    const owned = fallback && !described ? readOwnedName(segments[s], vocab) : null;
    if (owned) owner = owned.owner;
    const named = described?.name ?? owned?.name;
    const read = direct[s] ?? (named ? { name: named, titleFrom: -1, titleTo: -1, role: null } : null);
    if (!read) continue;
    // "Andrea Whitfield, the attorney for his widow, Yesenia Morales": a name set beside the relative that ends
    // the description of the name heading the phrase is that relative's, and part of the description.
    if (found && found.index === 0 && s >= 2 && namesRelativeBefore(segments[s - 1], vocab)) continue;
    // Two names in one phrase ("X, Y") leave the phrase without a clear head.
    if (found) return { name: null, title: null, titleRole: null, prefix: [], descriptors: segments };
    found = { index: s, read };
  }
  if (!found) return { name: null, title: null, titleRole: null, prefix: [], descriptors: segments };
  const segment = segments[found.index];
  const { name, titleFrom, titleTo, role } = found.read;
  const title = titleFrom >= 0 ? text.slice(segment[titleFrom].start, segment[titleTo - 1].end) : null;
  return Object.freeze({
    name,
    title,
    titleRole: role,
    prefix: titleFrom > 0 ? segment.slice(0, titleFrom) : owner,
    descriptors: [...(description.length ? [description] : []), ...segments.filter((_, i) => i !== found.index)],
  });
}
