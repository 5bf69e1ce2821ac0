import type { Role } from '../../domain/roles.js';
import { loadPlaces } from '../mentions/loadPlaces.js';
import { OFFICE_SEATS } from './apposedTitle.js';
import type { DescriptionSite } from './describeDescription.js';
import { makeEntity, makeSpeaker, type Entity } from './entity.js';
import { agencyName, roleOfOrganization } from './organizationEntity.js';
import { organizationAmong, roleOfTitle } from './registerPersons.js';
import { NOT_SERVING } from './notServing.js';
import { isInside } from './quoteRanges.js';
import { saysAnonymous } from './saysAnonymous.js';
import { resolveAnaphor } from './resolveAnaphor.js';
import type { SpeakerContext } from './speakerContext.js';
import { describePerson } from './describePerson.js';
import { personEntity } from './personEntity.js';
import type { PersonRecord } from './personRegistry.js';
import { matchLongest, splitWords, type Word } from './words.js';
import { titleAffiliation } from './titleAffiliation.js';
import { titleHolders } from './titleHolders.js';
import { RANKS } from './titleRanks.js';

const INDEFINITE = new Set(['a', 'an', 'one', 'another']);
// Where the noun group of "a federal prosecutor who …", "an agent with the Border Patrol" ends.
const PHRASE_END = new Set(['who', 'whose', 'that', 'which', 'for', 'with', 'from', 'at', 'of', 'in', 'on', 'assigned', 'involved', 'familiar']);
const COMPLEMENT = new Set(['for', 'with', 'from', 'at', 'of', 'in']);
const MAX_MODIFIERS = 3;
const REACH = 3;
/** Key prefix of the entities this file makes, so "the prosecutor" can tell them from named people. */
const KEY = 'titled:';

interface TitledPhrase {
  readonly definite: boolean;
  /** The words from the first modifier to the end of the title: "federal prosecutor", "Border Patrol agent". */
  readonly named: readonly Word[];
  readonly titleWords: readonly Word[];
  readonly role: Role;
  /** Words after "for" / "with" … : where an organisation may be named. */
  readonly complement: readonly Word[];
}

/** "a federal prosecutor", "the prosecutor", "an assistant U.S. attorney": a determiner, a few modifiers, a title, nothing else. */
function readTitledPhrase(ctx: SpeakerContext, words: readonly Word[]): TitledPhrase | null {
  const first = words[0]?.norm;
  const definite = first === 'the';
  if (!definite && !INDEFINITE.has(first)) return null;
  let end = 1;
  while (end < words.length && !PHRASE_END.has(words[end].norm) && !/[,(;:–—]/.test(ctx.text.slice(words[end - 1].end, words[end].start))) end++;
  for (let i = 1; i < end; i++) {
    const m = matchLongest(words, i, ctx.vocab.titleRoles);
    if (!m || i + m.len !== end) continue;
    if (i - 1 > MAX_MODIFIERS || words.slice(1, i).some((w) => /\d/.test(w.text) || w.possessive || NOT_SERVING.has(w.norm))) return null;
    const rest = words.slice(end);
    const complement = rest.length && COMPLEMENT.has(rest[0].norm) && !/[,(]/.test(ctx.text.slice(words[end - 1].end, rest[0].start)) ? rest.slice(1) : [];
    return { definite, named: words.slice(1, end), titleWords: words.slice(i, end), role: m.value, complement };
  }
  return null;
}

function affiliationOf(ctx: SpeakerContext, phrase: TitledPhrase): string | null {
  const org = organizationAmong(phrase.named, ctx.organizations) ?? organizationAmong(phrase.complement, ctx.organizations);
  if (org) return agencyName(org.agencyId) ?? org.name;
  const norms = phrase.named.map((w) => w.norm);
  if (phrase.role === 'prosecutor' && norms.some((n) => n === 'federal' || n === 'u.s' || n === 'united')) {
    return ctx.districts.length === 1 ? `U.S. Attorney's Office, ${ctx.districts[0]}` : "U.S. Attorney's Office";
  }
  return titleAffiliation(phrase.titleWords, ctx.vocab);
}

const OFFICIAL = 'official';
// "a federal official", "a senior administration official": the government's, whoever it is.
// "A U.S. official", "a law enforcement official", "an immigration official": words of a government's service.
const GOVERNMENT = new Set(['federal', 'administration', 'government', 'state', 'city', 'county', 'police', 'u.s', 'law', 'enforcement', 'law-enforcement', 'immigration', 'homeland', 'border']);
// Words that rank or count an official and name no body: "a second official", "a senior official".
const RANK_ONLY = new Set(['second', 'third', 'fourth', 'senior', 'top', 'high-ranking', 'high-level', 'ranking']);

/**
 * "A CBP official" speaks for the state as the agency does; "a campaign official", "a union
 * official", "a Chinese official" are no state of this story: their role is their body's, else other.
 */
function officialRole(ctx: SpeakerContext, phrase: TitledPhrase, site: DescriptionSite): Role {
  const org = organizationAmong(phrase.named, ctx.organizations) ?? organizationAmong(phrase.complement, ctx.organizations);
  if (org) return roleOfOrganization(org.name, org.agencyId, ctx.vocab);
  if (phrase.named.some((w) => GOVERNMENT.has(w.norm))) return 'official';
  // "A second official said", "one official said" after "according to two officials familiar with …":
  // one of the officials the text has already heard from, with their role.
  const modifiers = phrase.named.slice(0, phrase.named.length - phrase.titleWords.length);
  if (!modifiers.every((w) => RANK_ONLY.has(w.norm))) return 'other';
  const officials = ctx.occurrences.find((o) => o.start < site.at && o.speaker && o.entity.kind === 'group' && o.entity.heads.includes('officials') && o.entity.speaker !== null);
  return officials?.entity.speaker?.role ?? 'other';
}

function isAnonymous(ctx: SpeakerContext, words: readonly Word[]): boolean {
  const from = words[words.length - 1].end;
  const sentence = ctx.analysis.sentences[ctx.sentenceAt(from)];
  // Said within 80 characters of the phrase: "A CBP official, speaking on condition of anonymity, said".
  return saysAnonymous(ctx.text.slice(words[0].start, Math.min(sentence ? sentence.end : from + 120, from + 140)));
}

/** A named person of the document with the same kind of title (and no other agency): "an officer" might be them. */
function namesSomeoneAlike(ctx: SpeakerContext, phrase: TitledPhrase): boolean {
  // "An ICE official" is not "DHS spokeswoman Ana Ruiz": someone named with another agency is someone else.
  const agencyId = (organizationAmong(phrase.named, ctx.organizations) ?? organizationAmong(phrase.complement, ctx.organizations))?.agencyId ?? null;
  return ctx.persons.all().some((r) => r.titleRole === phrase.role && (agencyId === null || r.agencyId === null || r.agencyId === agencyId));
}

/** "former President Ana Ruiz": the title says the office is no longer theirs. */
export function servesNoLonger(record: PersonRecord): boolean {
  return record.title !== null && splitWords(record.title).some((w) => NOT_SERVING.has(w.norm));
}

/** "a federal judge", "another judge": someone introduced by the title word `head`, a few modifiers before it. */
function introducing(head: string, flags = ''): RegExp {
  // A word between is an initialism ("U.S.") or a word with no period: "a gang member. Aurora Mayor" crosses a sentence.
  return new RegExp(`\\b(?:a|an|another)\\s+(?:(?!(?:the|for|of|to|with|and|in|on|at|by|from|his|her|their)\\s)(?:(?:\\p{L}\\.){2,}|[\\p{L}'’-]+)\\s+){0,3}${head}\\b`, `iu${flags}`);
}

/** The "a/an … `head`" phrases that introduce someone before `end`, outside quotations. */
function introductionsOf(ctx: SpeakerContext, head: string, end: number): RegExpExecArray[] {
  return [...ctx.text.slice(0, end).matchAll(introducing(head, 'g'))].filter((m) => !isInside(ctx.quotes, m.index, m.index + m[0].length));
}

/**
 * "The mayor said" after "Mayor Ana Ruiz …": the one person the document names with that title
 * (an office one person holds: mayor, governor, sheriff, president, prosecutor …), wherever that
 * was; null for a rank many hold ("the officer"), when two people bear the title, or when the text
 * has spoken of someone else bearing it ("a federal prosecutor").
 */
function holderOf(ctx: SpeakerContext, head: string, site: DescriptionSite, alone = false, seat: readonly string[] = []): Entity | null {
  if (RANKS.has(head)) return null;
  const all = titleHolders(ctx.persons, head);
  // "The police chief" after "Las Cruces Police Chief Raymond Ocampo" and "Chief Patrol Agent Thomas Keane":
  // of two bearing the word, the one whose title or body holds the seat the phrase names.
  const holds = (r: PersonRecord, w: string) => splitWords(`${r.title ?? ''} ${r.organization ?? ''}`).some((t) => t.norm === w);
  const holders = all.length > 1 && seat.length ? all.filter((r) => seat.every((w) => holds(r, w))) : all;
  if (holders.length !== 1) return null;
  const [record] = holders;
  // "A federal prosecutor argued …" before it: someone else bearing the title may be meant, unless
  // it was the one introduction and the holder was first named after it ("A federal judge barred …",
  // then "U.S. District Judge Ana Ruiz wrote …": the judge introduced, then named).
  const introductions = introductionsOf(ctx, head, site.at);
  if (introductions.length > 1) return null;
  if (introductions.length === 1) {
    // Only a bare "the judge", after "a federal judge" (no "former" one), for a holder named after it who serves.
    if (!alone || splitWords(introductions[0][0]).some((w) => NOT_SERVING.has(w.norm)) || servesNoLonger(record)) return null;
    const first = ctx.analysis.mentions.find((m) => m.kind === 'person' && ctx.persons.lookup(m.name) === record);
    if (!first || first.start < (introductions[0].index as number) + introductions[0][0].length || first.start > site.at) return null;
  }
  const named = ctx.occurrences.some((o) => o.start < site.at && o.entity.person === record);
  return named ? personEntity(record, describePerson(ctx, record, [], site)) : null;
}

// A name set off right before an introduction, an age perhaps between: "Kyle Brandt, 36, | a deportation officer".
const NAME_SET_OFF = /((?:\p{Lu}[\p{L}'’-]+\s+){0,2}\p{Lu}[\p{L}'’-]+),\s*(?:\d{1,3},\s*)?$/u;

// The ranks of those who use force, and words that set one of them apart from another (as NOT_SERVING does).
const FORCE_RANKS = new Set(['officer', 'agent', 'deputy', 'trooper']);
const OTHER_ONE = new Set(['second', 'third', 'other', 'another', 'fellow', 'different', 'off-duty', 'one']);

/**
 * "A Border Patrol agent who shot a driver … ⏎ 'I had no other option,' the agent wrote": a bare "the
 * agent" (officer, deputy, trooper) when the story introduces exactly one "a/an … agent" before it,
 * outside quotations, names no one with that rank and counts no second one ("a second agent"). Named
 * by the introduction's words ("Border Patrol agent"), an official of the agency they name.
 */
function introducedOfficer(ctx: SpeakerContext, head: string, site: DescriptionSite): Entity | null {
  if (!FORCE_RANKS.has(head) || titleHolders(ctx.persons, head).length) return null;
  const introductions = introductionsOf(ctx, head, ctx.text.length);
  if (introductions.length !== 1) return null;
  const [intro] = introductions;
  // "Kyle Brandt, 36, a deportation officer assigned to ICE's Los Angeles field office,": the one introduced is named.
  const apposed = NAME_SET_OFF.exec(ctx.text.slice(Math.max(0, intro.index - 60), intro.index));
  const record = apposed ? ctx.persons.lookup(apposed[1]) : null;
  if (record && record !== 'ambiguous') return personEntity(record, describePerson(ctx, record, [], site));
  const words = splitWords(ctx.text, intro.index, intro.index + intro[0].length);
  if (words[0].norm === 'another' || words.some((w) => (OTHER_ONE.has(w.norm) && w !== words[0]) || NOT_SERVING.has(w.norm))) return null;
  const phrase = readTitledPhrase(ctx, words);
  if (!phrase || phrase.titleWords[phrase.titleWords.length - 1].norm !== head) return null;
  const name = ctx.text.slice(phrase.named[0].start, phrase.named[phrase.named.length - 1].end).replace(/\s+/g, ' ');
  return makeEntity({ key: `${KEY}intro:${intro.index}`, kind: 'person', gender: null, speaker: makeSpeaker(name, affiliationOf(ctx, phrase), 'official'), heads: [head] });
}

/**
 * "A federal judge ruled …" in a story that names "U.S. District Judge Rosemary Marquez" only after
 * it: news introduces someone by a title and names them next. The one person the document names with
 * that title (an office, not a rank many hold), first named after the phrase, when the text speaks of
 * no other "a … judge" and the phrase sets no one apart ("another judge"); null otherwise. A definite
 * phrase ("The Douglas County sheriff said …", then "Sheriff Aaron Hanson") needs that no "a … sheriff"
 * stands anywhere (`introductionsBefore` 0).
 */
function laterHolderOf(ctx: SpeakerContext, head: string, words: readonly Word[], site: DescriptionSite, introductionsBefore = 1): Entity | null {
  if (RANKS.has(head) || words[0].norm === 'another' || words.some((w) => ctx.vocab.otherPersonModifiers.has(w.norm))) return null;
  const holders = titleHolders(ctx.persons, head);
  if (holders.length !== 1) return null;
  const [record] = holders;
  // Occurrences are registered as the attributions are read: the mentions tell where the name first stands.
  const first = ctx.analysis.mentions.find((m) => m.kind === 'person' && ctx.persons.lookup(m.name) === record);
  if (!first || first.start < site.at) return null;
  // "This is an activist judge," a spokeswoman said: words quoted introduce no one.
  const introductions = introductionsOf(ctx, head, ctx.text.length).length;
  return introductions === introductionsBefore ? personEntity(record, describePerson(ctx, record, [], site)) : null;
}


/** "The Douglas County sheriff", "the Omaha police chief": the title after words that only name its seat. */
function isOfficeSeat(phrase: TitledPhrase): boolean {
  const modifiers = phrase.named.slice(0, phrase.named.length - phrase.titleWords.length);
  return modifiers.every((w) => (w.capitalized && !w.possessive) || OFFICE_SEATS.has(w.norm));
}

// Words that make a title another office: "Vice President", "Deputy Chief", "Assistant Secretary".
const RANK_MODIFIERS = new Set(['vice', 'deputy', 'assistant', 'associate', 'acting', 'interim', 'former', 'under', 'lieutenant', 'lt', 'executive']);

// The capitalised words right before a title: "Sarpy County" of "Sarpy County Sheriff Jeff Davis".
const SEAT_BEFORE = /((?:\p{Lu}[\p{L}.'’-]*\s+){1,3})$/u;

/**
 * "The Douglas County sheriff" is not "Sarpy County Sheriff Jeff Davis": where the phrase names the
 * office's seat, no mention of the holder may name another seat before the title.
 */
function seatAgrees(ctx: SpeakerContext, phrase: TitledPhrase, record: PersonRecord): boolean {
  // "Vice President Ana Ruiz" holds another office than "the Omaha president".
  const title = record.title ? splitWords(record.title).map((w) => w.norm) : [];
  if (title.length && title.slice(0, -phrase.titleWords.length).some((n) => RANK_MODIFIERS.has(n))) return false;
  const seat = phrase.named.slice(0, phrase.named.length - phrase.titleWords.length).filter((w) => w.capitalized).map((w) => w.norm);
  if (!seat.length) return true;
  const titleNorms = new Set(phrase.titleWords.map((w) => w.norm));
  for (const m of ctx.analysis.mentions) {
    if (m.kind !== 'person' || ctx.persons.lookup(m.name) !== record) continue;
    const nameAt = ctx.text.indexOf(m.name, m.start);
    const before = SEAT_BEFORE.exec(ctx.text.slice(Math.max(0, m.start - 40), nameAt < 0 ? m.start : nameAt))?.[1] ?? '';
    const written = splitWords(before).map((w) => w.norm).filter((n) => !titleNorms.has(n));
    if (written.length && written.join(' ') !== seat.join(' ')) return false;
  }
  return true;
}

/**
 * Someone the text introduces by a title alone ("A federal prosecutor argued …", "an
 * assistant U.S. attorney said"): named by that description, with the title's role. Only an
 * indefinite phrase introduces a new speaker, and only when the document names nobody with a title
 * of the same role, who the phrase might be. "The prosecutor" then points back to such a speaker
 * within three sentences, never past a named person of that role; else to the one person named
 * with that title ("The mayor" after "Mayor Ana Ruiz"). Spokespeople are left out: they
 * speak for a body, which a bare "a spokesperson" does not name.
 */
export function describeUnnamedTitle(ctx: SpeakerContext, words: readonly Word[], site: DescriptionSite): Entity | null {
  const seated = describeSeatedTitle(ctx, words, site);
  if (seated !== undefined) return seated;
  const phrase = readTitledPhrase(ctx, words);
  if (!phrase) return null;
  const head = phrase.titleWords[phrase.titleWords.length - 1].norm;
  // Counsel and kin are named after whom they stand for (describeRelation); spokespeople after their body.
  if (ctx.vocab.spokesNouns.has(head) || phrase.role === 'subject_counsel' || phrase.role === 'family') return null;
  if (phrase.definite) {
    const bare = phrase.named.length === phrase.titleWords.length;
    if (!bare && !isOfficeSeat(phrase)) return null;
    const earlier = bare ? resolveAnaphor(ctx, { ...site, gender: null, reach: REACH, accepts: (e) => e.kind === 'person' && (e.heads.includes(head) || e.person?.titleRole === phrase.role) }) : null;
    if (earlier?.key.startsWith(KEY)) return earlier;
    // "The official, who requested anonymity because …, said": one the text says it will not name is no one it names.
    if (bare && isAnonymous(ctx, words)) return unnamedHolder(ctx, phrase, head, site);
    // "Pastor Elías Garrido spoke at the vigil. … the pastor said": the one person the text names with
    // a rank many hold, named within three sentences, is who the bare title means.
    // Not when two bear it ("Officer Ana Ruiz … Officer Tom Hale … the officer said").
    // So is one named only inside what someone reported: "Two people … identified him as Agent Kyle Brandt."
    const reported = bare && !earlier?.person && RANKS.has(head) ? resolveAnaphor(ctx, { ...site, gender: null, reach: REACH, includeContent: true, accepts: (e) => e.kind === 'person' && e.person?.titleRole === phrase.role }) : null;
    const named = earlier?.person ? earlier : reported;
    if (bare && named?.person && RANKS.has(head)) {
      const holders = titleHolders(ctx.persons, head);
      if (holders.length === 1 && holders[0] === named.person) return personEntity(named.person, describePerson(ctx, named.person, [], site));
    }
    // "Assistant U.S. Attorney Daniel Fairbanks told the jury … the prosecutor said": the one person the text
    // gives the office's role, named within reach, when no one bears the word itself.
    if (bare && earlier?.person && !RANKS.has(head) && earlier.person.titleRole === phrase.role && titleHolders(ctx.persons, head).length === 0 && ctx.persons.all().filter((r) => r.titleRole === phrase.role).length === 1) {
      return personEntity(earlier.person, describePerson(ctx, earlier.person, [], site));
    }
    // "The officer, whose name was redacted from the report, wrote": a clause set off after the title adds nothing to it.
    const alone = words.length === 2 || (words.length > 2 && (words[2].norm === 'who' || words[2].norm === 'whose') && /^\s*,\s*$/u.test(ctx.text.slice(words[1].end, words[2].start)));
    // "The police chief": the words before the title's head say which of two chiefs.
    const seat = phrase.named.slice(0, -1).map((w) => w.norm);
    if (bare) return holderOf(ctx, head, site, alone, seat) ?? (alone ? introducedOfficer(ctx, head, site) : null);
    // Named after it only where the seat sets the office apart: "the president" of 2015 is not the "Vice President" named later.
    const holder = holderOf(ctx, head, site, false, seat) ?? laterHolderOf(ctx, head, words, site, 0);
    return holder?.person && seatAgrees(ctx, phrase, holder.person) ? holder : null;
  }
  if (namesSomeoneAlike(ctx, phrase) && !isAnonymous(ctx, words)) return laterHolderOf(ctx, head, words, site);
  return unnamedHolder(ctx, phrase, head, site);
}

/** Someone the text calls by a title alone ("a CBP official", "the official, who requested anonymity"), as that title reads. */
function unnamedHolder(ctx: SpeakerContext, phrase: TitledPhrase, head: string, site: DescriptionSite): Entity {
  const role = head === OFFICIAL ? officialRole(ctx, phrase, site) : appointedInAgency(ctx, phrase);
  const name = ctx.text.slice(phrase.named[0].start, phrase.named[phrase.named.length - 1].end).replace(/\s+/g, ' ');
  const gender = phrase.titleWords.map((w) => ctx.vocab.genderWords.get(w.norm)).find((g) => g !== undefined) ?? null;
  return makeEntity({
    key: `${KEY}${site.at}`,
    kind: 'person',
    gender,
    speaker: makeSpeaker(name, affiliationOf(ctx, phrase), role),
    heads: [head, phrase.titleWords.map((w) => w.norm).join(' ')],
  });
}

/**
 * "A Border Patrol supervisor": a title that is an elected office of a county ("supervisor",
 * "commissioner") is an appointed one inside a federal agency, and speaks for it.
 */
function appointedInAgency(ctx: SpeakerContext, phrase: TitledPhrase): Role {
  if (phrase.role !== 'elected_official') return phrase.role;
  const org = organizationAmong(phrase.named, ctx.organizations);
  return org?.agencyId && roleOfOrganization(org.name, org.agencyId, ctx.vocab) === 'official' ? 'official' : phrase.role;
}

/**
 * "Arizona's governor", "Charlotte's mayor", "ICE's acting director", "the governor of Arizona": an
 * office of one holder and its seat, named without its holder. The one person the document names
 * with that title, if any; else the office itself, with the title's role (a body's: its role and
 * affiliation). Undefined when the phrase is not of that form; null for a rank many hold
 * ("ICE's agent", "Charlotte's officer").
 */
function describeSeatedTitle(ctx: SpeakerContext, words: readonly Word[], site: DescriptionSite): Entity | null | undefined {
  const seat = seatOf(words);
  if (!seat) return undefined;
  const phrase = readTitledPhrase(ctx, seat.titled);
  if (!phrase || phrase.named.length !== phrase.titleWords.length || phrase.complement.length !== seat.complementLength) return undefined;
  const head = phrase.titleWords[phrase.titleWords.length - 1].norm;
  if (ctx.vocab.spokesNouns.has(head) || phrase.role === 'subject_counsel' || phrase.role === 'family') return undefined;
  if (FORCE_RANKS.has(head)) return null;
  const title = phrase.titleWords.map((w) => w.text).join(' ');
  const seatText = seat.words.map((w) => w.text.replace(/['’]s?$/u, '')).join(' ');
  const org = organizationAmong(seat.words, ctx.organizations);
  if (org) {
    const name = `${seatText} ${title}`;
    return makeEntity({ key: `${KEY}seat:${name.toLowerCase()}`, kind: 'person', gender: null, speaker: makeSpeaker(name, agencyName(org.agencyId) ?? org.name, roleOfOrganization(org.name, org.agencyId, ctx.vocab)), heads: [head] });
  }
  if (RANKS.has(head)) return null;
  const holder = holderOf(ctx, head, site);
  if (holder) return holder;
  // "Ruiz's doctor" is no office: the seat must be a place the gazetteer knows.
  if (!isPlace(seatText)) return undefined;
  const name = `${title.toLowerCase()} of ${seatText}`;
  // "Oregon's attorney general" is elected, as "Oregon Attorney General" is (roleOfTitle).
  const role = roleOfTitle(`${seatText} ${title}`, ctx.vocab) ?? phrase.role;
  return makeEntity({ key: `${KEY}seat:${name.toLowerCase()}`, kind: 'person', gender: null, speaker: makeSpeaker(name, null, role), heads: [head] });
}

/**
 * The seat of "Arizona's governor" (a capitalised possessive opening the phrase) or of "the governor
 * of Arizona" (capitalised words after "of" closing it), with the phrase read as "the governor".
 */
function seatOf(words: readonly Word[]): { words: readonly Word[]; titled: readonly Word[]; complementLength: number } | null {
  if (words.length >= 2 && words.length <= 4 && words[0].possessive && words[0].capitalized) {
    const the: Word = { ...words[0], text: 'the', norm: 'the', capitalized: false, possessive: false };
    return { words: [words[0]], titled: [the, ...words.slice(1)], complementLength: 0 };
  }
  const of = words.findIndex((w) => w.norm === 'of');
  if (words[0]?.norm !== 'the' || of < 2 || of > 3) return null;
  const after = words.slice(of + 1);
  if (!after.length || after.length > 3 || !after.every((w) => w.capitalized && !w.possessive) || !isPlace(after.map((w) => w.text).join(' '))) return null;
  return { words: after, titled: words, complementLength: after.length };
}

/** A state or city the gazetteer (vocab/places.json) knows, as written: "Arizona", "Charlotte". */
function isPlace(written: string): boolean {
  const places = loadPlaces();
  return places.stateByKey.has(written.toLowerCase()) || places.citiesByName.has(written);
}
