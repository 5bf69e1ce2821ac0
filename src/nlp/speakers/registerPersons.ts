import { loadAgencies } from '../mentions/loadAgencies.js';
import type { Role } from '../../domain/roles.js';
import type { Analysis, OrganizationMention } from '../../domain/analysis.js';
import type { Attribution } from '../../domain/attribution.js';
import { stateCode } from '../mentions/stateCode.js';
import { findAppearances } from './findAppearances.js';
import { findCapitalsName } from './findCapitalsName.js';
import { findFirstNamesOnly } from './findFirstNamesOnly.js';
import { findKinGivenNames } from './findKinGivenNames.js';
import { PersonRegistry } from './personRegistry.js';
import { readNamePhrase, type NamePhrase } from './readNamePhrase.js';
import { spokesWords, spokesWordsRole } from './spokesWordsRole.js';
import { apposedRelation } from './apposedRelation.js';
import type { RoleVocab } from './roleVocab.js';
import { isWrittenAsThing } from './isWrittenAsThing.js';
import { CALL_SIGN, readsAsNewsOutlet } from './newsOutletName.js';
import { NOT_SERVING } from './notServing.js';
import { titleAffiliation, withSeat } from './titleAffiliation.js';
import { foldName, matchLongest, splitWords, type Word } from './words.js';

function overlapsOrganization(words: readonly Word[], organizations: readonly OrganizationMention[]): boolean {
  return words.some((w) => organizations.some((o) => w.start < o.end && w.end > o.start));
}

/** The canonical name of the organisation named among `words`, if one is. */
export function organizationAmong(words: readonly Word[], organizations: readonly OrganizationMention[]): OrganizationMention | null {
  if (!words.length) return null;
  const from = words[0].start;
  const to = words[words.length - 1].end;
  return organizations.find((o) => o.start < to && o.end > from) ?? null;
}

const STATE_ATTORNEY_GENERAL = /(?:^|\s)(\p{L}+(?:\s\p{Lu}\p{L}+)?)\s+[Aa]ttorney\s+[Gg]eneral$/u;

/** The role of the first title of vocab/roles.json a written title holds ("Deportation Officer" → official), or null. */
export function roleOfTitle(title: string | null, vocab: RoleVocab): Role | null {
  if (!title) return null;
  // "Colorado Attorney General Phil Weiser": a state's attorney general is elected, the nation's is appointed.
  const state = STATE_ATTORNEY_GENERAL.exec(title);
  if (state && (state[1].toLowerCase() === 'state' || stateCode(state[1]) !== null)) return 'elected_official';
  const words = splitWords(title);
  for (let i = 0; i < words.length; i++) {
    const m = matchLongest(words, i, vocab.titleRoles);
    if (m) return m.value;
  }
  return null;
}

/**
 * A mention whose name still holds its title ("Australian Prime Minister Ana Ruiz") or a relation
 * noun ("Neighbor Ana Ruiz"): the name after them, when two name words remain; the title is kept
 * as the mention's when it has none.
 */
function withoutTitle(name: string, title: string | null, vocab: RoleVocab): { name: string; title: string | null } {
  const words = splitWords(name);
  let after = -1;
  for (let i = 0; i < words.length; i++) {
    const m = matchLongest(words, i, vocab.titleRoles);
    if (m && words[i].capitalized) {
      after = i + m.len;
      i += m.len - 1;
    }
  }
  // "Neighbor Maria Lopez": a relation noun written before the name is no part of it either.
  if (after < 0 && words.length >= 3 && words[0].capitalized && vocab.relationRoles.has(words[0].norm)) return { name: name.slice(words[1].start), title };
  if (after < 0 || words.length - after < 2 || !words.slice(after).every((w) => w.capitalized)) return { name, title };
  return { name: name.slice(words[after].start), title: title ?? name.slice(0, words[after - 1].end) };
}

// Capitalised words right before a title, up to three: "Navajo Nation" of "Navajo Nation President Buu Nygren".
const SEAT_BEFORE = /(?:^|[^\p{L}'’.-])((?:\p{Lu}[\p{L}'’.-]*[ \t]+){1,3})$/u;
// Words before a title that name no seat: "Former President", "The President", "U.S. President".
const NOT_SEATS = new Set(['the', 'former', 'then', 'acting', 'interim', 'late', 'u.s', 'us', 'american', 'and', 'by', 'of', 'said', 'says']);

/**
 * A mention's title with the seat written before it ("Navajo Nation President", "Cicero Town
 * President"), when the seat changes what the title means; the title as it was otherwise.
 */
function seatedTitle(text: string, at: number, title: string, vocab: RoleVocab): string {
  if (!text.startsWith(title, at)) return title;
  const m = SEAT_BEFORE.exec(text.slice(Math.max(0, at - 60), at));
  if (!m) return title;
  const seat = splitWords(m[1]).filter((w) => !NOT_SEATS.has(w.norm));
  if (!seat.length || seat.length !== splitWords(m[1]).length) return title;
  const seated = `${m[1].trim()} ${title}`;
  return titleAffiliation(splitWords(seated), vocab) !== titleAffiliation(splitWords(title), vocab) ? seated : title;
}

/** Whether a name is the outlet's, whole or its first two words or more. */
function namesOutlet(name: string, outlet: string | null): boolean {
  if (!outlet) return false;
  const words = foldName(name).split(/\s+/u);
  const own = foldName(outlet).split(/\s+/u);
  return words.length >= 2 && words.length <= own.length && words.every((w, i) => own[i] === w);
}

// "WCHB's ", "the Ledger's reporter ", "our reporter ": what stands before the name of the outlet's own journalist.
const OUTLET_POSSESSOR = /(?:^|[^\p{L}])(\p{Lu}[\p{L}\d]*)['’]s\s+(?:(?:reporter|correspondent|anchor|producer|photographer)\s+)?$/u;
const OUR_REPORTER = /\bour\s+(?:[\p{L}-]+\s+)?(?:reporter|correspondent|anchor|producer|photographer|photojournalist)\s+$/iu;

/**
 * "told WCHB's Alicia Brennan", "the Ledger's Ana Ruiz reported", "our reporter Dana Ruiz": the
 * outlet's own journalist where the copy names them at work, by the outlet's call sign or last word
 * in the possessive, or by "our". No one whom the story is about, nor a "she" of its sources.
 */
function ownReporterAt(text: string, start: number, outlet: string | null): boolean {
  const before = text.slice(Math.max(0, start - 40), start);
  if (OUR_REPORTER.test(before)) return true;
  const m = OUTLET_POSSESSOR.exec(before);
  if (!m || !outlet) return false;
  const own = outlet.split(/\s+/u);
  return (CALL_SIGN.test(m[1]) && own.includes(m[1])) || (own.length > 1 && foldName(own[own.length - 1]) === foldName(m[1]));
}

/**
 * "Coalition spokesperson Maria Duarte", "Family spokesman Ana Ruiz": whom the words before a
 * spokesperson title say the person speaks for, when no organisation is named there; null when the
 * title is no spokesperson's or the words say nothing of whom ("Senior Spokesperson …").
 */
function spokesPrefixRole(phrase: NamePhrase, vocab: RoleVocab): Role | null {
  if (!phrase.title || !phrase.prefix.length) return null;
  const titleWords = splitWords(phrase.title);
  if (!vocab.spokesNouns.has(titleWords[titleWords.length - 1]?.norm ?? '')) return null;
  return spokesWordsRole(spokesWords([...phrase.prefix, ...titleWords.slice(0, -1)]), vocab);
}

/**
 * "Frontera Watch director Marisol Quintana", "Dignity Project president Ana Ruiz": capitalised words
 * before a title that end on a civic body's noun (vocab/roles.json civicBodyNouns), whose
 * title is no office of state.
 */
function civicPrefix(phrase: NamePhrase, vocab: RoleVocab): boolean {
  const last = phrase.prefix[phrase.prefix.length - 1];
  return !!phrase.title && !!last && phrase.prefix.every((w) => w.capitalized) && vocab.civicBodyNouns.has(last.norm);
}

/**
 * Whether `title` names a national office alone ("President", "U.S. Vice President") whose holders
 * vocab/roles.json lists, and the name's surname is none of theirs.
 */
function holdsNoNationalOffice(name: string, title: string | null, vocab: RoleVocab): boolean {
  if (!title) return false;
  const words = splitWords(title).filter((w) => !NATIONAL_QUALIFIERS.has(w.norm));
  const holders = vocab.nationalOfficeHolders.get(words.map((w) => w.norm).join(' '));
  if (!holders) return false;
  const surname = name.split(/\s+/u).pop()!.toLowerCase();
  return !holders.has(surname);
}

const NATIONAL_QUALIFIERS = new Set(['u.s', 'us', 'the']);

// Words every local body of a kind has: they tell no town's police from another's.
const GENERIC_BODY_WORDS = new Set(['police', 'department', 'sheriff', "sheriff's", 'sheriff’s', 'office', 'county', 'city', 'bureau', 'the', 'of']);

/**
 * First pass over the document: every full name the mentions stage found or an attribution source
 * spells out, with titles, organisations and the gender evidence later pronouns are matched by.
 */
export function registerPersons(text: string, analysis: Analysis, attributions: readonly Attribution[], vocab: RoleVocab, outlet: string | null = null): PersonRegistry {
  const registry = new PersonRegistry(text);
  const organizations = analysis.mentions.filter((m): m is OrganizationMention => m.kind === 'organization');
  // "San Antonio Police Chief William McManus": the body inside the mention, not the first of its kind the story names ("Charlotte-Mecklenburg police").
  const orgName = (agencyId: string | null, start = -1, end = -1): string | null => {
    if (!agencyId) return null;
    const first = organizations.find((o) => o.agencyId === agencyId)?.name ?? null;
    // A kind many local bodies share (a town's police, a county's sheriff): the one the mention names.
    if (loadAgencies().get(agencyId)?.kind !== 'local') return first;
    const own = organizations.find((o) => o.agencyId === agencyId && o.start >= start && o.end <= end)?.name ?? null;
    // "Sunland Park Police" inside the mention, "Sunland Park Police Department" named before: the full name.
    if (own) return !(first?.toLowerCase().startsWith(own.toLowerCase()) ?? false) ? own : first;
    // "Interim Police Chief Heather Morrow told council members …", and "Denver police" only paragraphs
    // later, of another city's incident: a body of that kind named after the chief, beyond the
    // paragraph, in a town not named before her, is not sure to be hers.
    // "Cochise County Sheriff Daniel Ruelas" and "the Cochise County Sheriff's Office" later: the mention names it.
    const firstAt = organizations.find((o) => o.agencyId === agencyId);
    if (!firstAt || start < 0 || firstAt.start <= end || !text.slice(end, firstAt.start).includes('\n')) return first;
    // Unless its town is named by then: "ELGIN, Ill. — … Police Chief Ana Lalonde told the council", "Cochise
    // County Sheriff Daniel Ruelas" (the county outside the mention) are that town's and county's.
    const before = text.slice(0, end).toLowerCase();
    return firstAt.name.split(/\s+/u).some((w) => !GENERIC_BODY_WORDS.has(w.toLowerCase()) && before.includes(w.toLowerCase())) ? first : null;
  };
  const entries: { start: number; name: string; title: string | null; agencyId: string | null; organization: string | null; titleWords: readonly Word[]; role?: Role | null }[] = [];
  for (const m of analysis.mentions) {
    if (m.kind !== 'person') continue;
    const { name, title: bare } = withoutTitle(m.name, m.title, vocab);
    const title = bare ? seatedTitle(text, m.start, bare, vocab) : bare;
    entries.push({ start: m.start, name, title, agencyId: m.agencyId, organization: orgName(m.agencyId, m.start, m.end), titleWords: title ? splitWords(title) : [] });
  }
  // A court transcript's counsel and judge, named in capitals in its front matter (findAppearances).
  for (const p of findAppearances(text)) {
    // "Witness: Douglas Amsel, Executive Associate Director, …, U.S. Immigration and Customs Enforcement": the body on the line.
    const body = organizations.find((o) => o.start > p.start && o.end <= p.lineEnd) ?? null;
    entries.push({ start: p.start, name: p.name, title: p.title, agencyId: body?.agencyId ?? null, organization: body ? orgName(body.agencyId, body.start, body.end) ?? body.name : null, titleWords: splitWords(p.title) });
  }
  for (const a of attributions) {
    if (!a.source) continue;
    const capitals = findCapitalsName(text, a.source.text.trim(), vocab);
    if (capitals) entries.push({ start: a.source.start, name: capitals, title: null, agencyId: null, organization: null, titleWords: [] });
    const phrase = readNamePhrase(text, a.source.start, a.source.end, vocab);
    if (!phrase.name || phrase.name.length < 2 || overlapsOrganization(phrase.name, organizations)) continue;
    const name = text.slice(phrase.name[0].start, phrase.name[phrase.name.length - 1].end);
    // "NBC News reported", "NBC Los Angeles reported": a newsroom, no person (readNewsOutlet); "Mark Post said" is one.
    if (readsAsNewsOutlet(phrase.name.map((w) => w.text)) && !vocab.givenNames.has(phrase.name[0].norm)) continue;
    // "Sen. Marcus Delgado and Rep. Owen Fitch": a title before another name and "and" is that name's, not this one's.
    if (/\band\b/u.test(text.slice(a.source.start, phrase.name[0].start))) {
      entries.push({ start: a.source.start, name, title: null, agencyId: null, organization: null, titleWords: [] });
      continue;
    }
    const org = organizationAmong(phrase.prefix, organizations);
    const titleWords = phrase.title ? splitWords(phrase.title) : [];
    // "Colorado Attorney General Phil Weiser": the state before the title is part of the office; so is
    // the seat of "Cicero Town President Frank Nowicki", which makes it no President of the United States.
    const seat = phrase.prefix.length && phrase.title ? text.slice(phrase.prefix[0].start, phrase.prefix[phrase.prefix.length - 1].end) : '';
    // "Retired ICE supervisor Glenn Harbison": a title held no longer keeps the word that says so (servesNoLonger).
    const former = phrase.prefix.some((w) => NOT_SERVING.has(w.norm));
    const title = phrase.title ? (former ? `${seat} ${phrase.title}` : withSeat(seat, phrase.title, vocab)) : null;
    // "Frontera Watch director Marisol Quintana": a civic body's name no vocabulary lists, before the title.
    const civic = org ? null : civicPrefix(phrase, vocab);
    entries.push({ start: a.source.start, name, title, agencyId: org?.agencyId ?? null, organization: org?.name ?? (civic ? seat : null), titleWords, role: org ? null : civic ? 'other' : spokesPrefixRole(phrase, vocab) });
  }
  entries.sort((x, y) => x.start - y.start);
  for (const e of entries) {
    // "Prairie Gold Pork, which employs 1,400 people", "the Prairie Gold Pork plant": a body, no person.
    // Nor is the outlet, by its name or the start of it ("shared with El Heraldo" of "El Heraldo del Sur de California").
    if (isWrittenAsThing(text, e.name) || namesOutlet(e.name, outlet) || ownReporterAt(text, e.start, outlet)) continue;
    // "President Margaret Oduya" of a university, "assembly Vice President Marcus Oyelaran": a national office's
    // title before a name the vocabulary lists no holder of it by holds no national office.
    const unheld = holdsNoNationalOffice(e.name, e.title, vocab);
    const record = registry.add(e.name, { title: unheld ? null : e.title, titleRole: unheld ? 'other' : (e.role ?? roleOfTitle(e.title, vocab)), agencyId: e.agencyId, organization: e.organization });
    if (!record) continue;
    for (const w of e.titleWords) registry.addEvidence(record, vocab.genderWords.get(w.norm) ?? null, 2);
  }
  // "Ibarra's sister, Lucía, …": a relative named by a given name alone, when no one else bears it.
  for (const kin of findKinGivenNames(text, vocab)) {
    if (registry.lookup(kin.name) !== null || registry.byGivenName(kin.name) !== null) continue;
    const record = registry.add(kin.name, {}, { single: true });
    if (record) record.namedAsRelative = true;
  }
  // "The clerk on duty, who asked to be identified only by his first name, Omar, …": one name at their own wish.
  for (const one of findFirstNamesOnly(text)) {
    if (registry.lookup(one.name) !== null || registry.byGivenName(one.name) !== null) continue;
    registry.add(one.name, {}, { single: true });
  }
  // "Along with her husband, Milton Berg, …": the relation noun says whether he or she.
  for (const m of analysis.mentions) {
    if (m.kind !== 'person') continue;
    const relation = apposedRelation(text, m.start, m.end, vocab);
    const record = relation ? registry.lookup(withoutTitle(m.name, m.title, vocab).name) : null;
    if (!record || record === 'ambiguous') continue;
    const noun = relation![relation!.length - 1].norm;
    registry.addEvidence(record, vocab.genderWords.get(noun) ?? null, 2);
    if (vocab.relationRoles.get(noun) === 'family') record.namedAsRelative = true;
    if (vocab.relationRoles.get(noun) === 'subject_counsel') record.namedAsCounsel = true;
  }
  for (const record of registry.all()) registry.addEvidence(record, vocab.givenNames.get(record.words[0]) ?? null, 1);
  addSelfReferenceEvidence(text, attributions, registry, vocab);
  return registry;
}

/** "Tomas Ibarra said he heard …": an indirect report that opens with he/she is about its speaker, unless a relation introduces the speaker. */
function addSelfReferenceEvidence(text: string, attributions: readonly Attribution[], registry: PersonRegistry, vocab: RoleVocab): void {
  for (const a of attributions) {
    if (!a.source || a.kind === 'direct') continue;
    const first = splitWords(text, a.content.start, Math.min(a.content.end, a.content.start + 12))[0];
    if (!first || (first.norm !== 'he' && first.norm !== 'she')) continue;
    const phrase = readNamePhrase(text, a.source.start, a.source.end, vocab);
    if (!phrase.name) continue;
    // "His cousin, Nelly Ruiz, said he was holding a phone": a relative, friend or lawyer speaks of the other man.
    if (splitWords(text, a.source.start, phrase.name[0].start).some((w) => vocab.relationRoles.has(w.norm))) continue;
    const found = registry.lookup(text.slice(phrase.name[0].start, phrase.name[phrase.name.length - 1].end));
    // So does one named as kin or counsel anywhere ("His partner, Yolimar Castro, who was in the car,
    // said he ran": the source may begin at the name, past the relation).
    if (found && found !== 'ambiguous' && !found.namedAsRelative && !found.namedAsCounsel) registry.addEvidence(found, vocab.genderWords.get(first.norm) ?? null, 1);
  }
}

