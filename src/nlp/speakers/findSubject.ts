import { OFFICE_ROLES } from '../../domain/roles.js';
import { whoseKinFollows } from './whoseKin.js';
import { apposedOffice } from './apposedOffice.js';
import { WITNESS_CLAUSE_AFTER } from './namedAtScene.js';

// "posted on Instagram by", "filmed by", "shared by": the one named next recorded or put out a video, which is no plight.
const MADE_VIDEO_BY_BEFORE = /\b(?:filmed|recorded|videotaped|livestreamed|posted|shared|uploaded)(?:\s+(?:on|to)\s+(?:\p{Lu}[\p{L}]*|social media|the internet))?\s+by\s+$/u;
import { isIdentifiedOfficer } from './isIdentifiedOfficer.js';
import type { Attribution } from '../../domain/attribution.js';
import { createWordTest } from '../../lib/createWordTest.js';
import { loadTitles } from '../mentions/loadTitles.js';
import { isInside, type Range } from './quoteRanges.js';
import type { Occurrence } from './entity.js';
import type { PersonRecord } from './personRegistry.js';
import type { RoleVocab } from './roleVocab.js';
import { nameForDescription } from './nameOpeningNextParagraph.js';
import { ledeDescriptionHead } from './ledeDescriptionHead.js';
import { matchLongest, splitWords, type Word } from './words.js';

const NOT_NAME_LETTERS = /[^\p{L}'’-]+/u;
const LOWER_WORD = /^\p{Ll}+$/u;
const NAME_LETTER_START = /^[\p{L}'’-]/u;

interface CueTable {
  /** The cue phrases as the map `matchLongest` looks phrases up in. */
  readonly phrases: ReadonlyMap<string, true>;
  /** Their first words: a phrase can only start at a word among them (word norms hold no space). */
  readonly firstWords: ReadonlySet<string>;
}

// Built once per vocabulary: the cue scan runs over every word of every document.
const cueTables = new WeakMap<RoleVocab, CueTable>();

function cueTableOf(vocab: RoleVocab): CueTable {
  let table = cueTables.get(vocab);
  if (!table) {
    table = Object.freeze({
      phrases: new Map([...vocab.subjectCues].map((c) => [c, true] as const)),
      firstWords: new Set([...vocab.subjectCues].map((c) => c.split(' ')[0])),
    });
    cueTables.set(vocab, table);
  }
  return table;
}

/** Sentences that say something happened to someone: shot, wounded, charged, arrested. */
function cueSentences(words: readonly Word[], vocab: RoleVocab, sentenceAt: (offset: number) => number): Set<number> {
  const cues = cueTableOf(vocab);
  const found = new Set<number>();
  for (let i = 0; i < words.length; i++) {
    // "Marchetti shot back within minutes": a retort, no shot.
    if (words[i].norm === 'shot' && words[i + 1]?.norm === 'back') continue;
    if (cues.firstWords.has(words[i].norm) && matchLongest(words, i, cues.phrases)) found.add(sentenceAt(words[i].start));
  }
  return found;
}

/** Who the incident happens to: one person, or two named jointly ("X and Y were charged"). */
export interface Subjects {
  /** The one person, when one stands out; null when unclear or when two share the plight. */
  readonly subject: PersonRecord | null;
  /** The two people who share the plight, in order of first mention; empty otherwise. */
  readonly joint: readonly PersonRecord[];
  /** Everyone the sentences that say something happened to someone name: the subject and any other. */
  readonly plighted: readonly PersonRecord[];
}

/**
 * The person the incident happens to: the named, untitled person most often mentioned in sentences
 * that say someone was shot, charged or arrested. Only a clear winner (twice the runner-up, and not
 * named jointly with another: "X and Y were charged") counts; two people in the same plight give no
 * subject, so nothing is named "attorneys for" the wrong one. They are the joint subjects instead
 * when the winner is coordinated with exactly one other person, who is the runner-up.
 */
export function findSubject(
  text: string,
  words: readonly Word[],
  persons: readonly PersonRecord[],
  occurrences: readonly Occurrence[],
  vocab: RoleVocab,
  sentenceAt: (offset: number) => number,
  selfReports: ReadonlyMap<PersonRecord, number> = new Map(),
  /** The attributions' sources: kin named there ("said her son, José Cruz") speak of the incident, it did not happen to them. */
  sources: readonly { readonly start: number; readonly end: number }[] = [],
): Subjects {
  const cued = cueSentences(words, vocab, sentenceAt);
  const firstCue = cued.size ? Math.min(...cued) : Infinity;
  const descriptor = descriptorPattern(vocab);
  // The headline may come first ("Our photographer was hit …"): the lede's own cue sentence is among the first few.
  const ledeNoun = [...cued].sort((a, b) => a - b).slice(0, LEDE_CUE_SENTENCES).reduce<string | null>((found, n) => found ?? ledePatientNoun(words, n, sentenceAt, vocab), null);
  const ledeDescriptor = ledeNoun ? new RegExp(`(?:^|[.!?"”]\\s+|\\n\\s*)[Tt]he\\s+${ledeNoun},\\s*${IDENTIFIED_AS}$`, 'u') : null;
  // "Dana Okafor, 34, a staff photographer who has worked for the Ledger since 2019," after "A Tacoma Ledger photographer
  // was struck …": the name the lede's noun is set beside.
  const ledeApposed = ledeNoun ? new RegExp(`^,\\s*(?:\\d{1,3},\\s*)?an?\\s+(?:[\\p{Ll}-]+\\s+){0,2}${ledeNoun}\\b`, 'u') : null;
  const scores = new Map<PersonRecord, number>();
  // A civil suit's caption and pleadings ("Plaintiff alleges …", "Defendant Whitcomb argues …"): the
  // defendant is the officer sued, not the one force was used on.
  const civil = CIVIL_PARTY.test(text);
  for (const o of occurrences) {
    const record = o.entity.person;
    if (civil && (DEFENDANT_BEFORE.test(text.slice(Math.max(0, o.start - 12), o.start)) || DEFENDANT_OPENING.test(record?.name ?? ''))) continue;
    // An office (a sheriff, a judge) is never the subject; an honorific ("the Rev.", "Dr.") may be.
    // Nor the officer the text names as the one who fired ("The ICE officer who shot … is Jonah Ross").
    if (!record || holdsOffice(record) || record.organization || isIdentifiedOfficer(text, occurrences, record)) continue;
    // Nor one whose office is set off before the name ("The acting chief of the U.S. Border Patrol, Douglas Renwick,").
    if (apposedOffice(text, o.start, vocab)) continue;
    // "An officer shot and killed a man … The man, Keith Porter, was a father of two": the name given
    // to the one a cue sentence before told of counts as if it stood there.
    // So does "The photographer, Ana Ruiz," after "A Lakefront Journal photographer was struck …".
    const before = o.sentence > firstCue ? text.slice(Math.max(0, o.start - 80), o.start) : '';
    const apposedLede = o.sentence > firstCue && ledeApposed !== null && ledeApposed.test(text.slice(o.end, o.end + 80));
    // So does "The man's family identifies him as Teodoro Villaseñor" after "An ICE officer shot a man …".
    if (!cued.has(o.sentence) && !(before && (descriptor.test(before) || ledeDescriptor?.test(before) || IDENTIFIES_HIM_AS.test(before))) && !apposedLede) continue;
    // "Luz Aranda, whose brother Felipe Aranda was shot": the cue is her brother's.
    if (whoseKinFollows(text, o.end, vocab)) continue;
    // "Jorge Medrano, the cashier who saw the shooting": the cue is what the witness saw.
    if (WITNESS_CLAUSE_AFTER.test(text.slice(o.end, o.end + 160))) continue;
    // "It was first posted on Instagram by Jolene Marchetti, a 33-year-old dental hygienist": who made or put out the video.
    if (MADE_VIDEO_BY_BEFORE.test(text.slice(Math.max(0, o.start - 60), o.start))) continue;
    // "She was hit twice in the arm, said her son, José Cruz": someone's kin, quoted, is not whom it happened to.
    if (record.namedAsRelative && sources.some((r) => o.start >= r.start && o.start < r.end)) continue;
    // The name set beside the lede's noun also takes the lede's own cue sentence, which names no one.
    scores.set(record, (scores.get(record) ?? 0) + (apposedLede ? 2 : 1));
  }
  // "Adrián Beltrán still cannot lift his arm. The 16-year-old sophomore, who was shot by …": a cue
  // sentence that opens on an age and names no one tells of the one person the sentence before named.
  for (const n of agedCueOpeners(words, cued, sentenceAt)) {
    if (occurrences.some((o) => o.sentence === n && o.entity.person)) continue;
    const named = new Set(occurrences.filter((o) => o.sentence === n - 1 && !o.speaker && o.entity.person).map((o) => o.entity.person!));
    const [only] = named;
    if (named.size !== 1 || holdsOffice(only) || only.organization || only.namedAsRelative || only.namedAsCounsel) continue;
    scores.set(only, (scores.get(only) ?? 0) + 1);
  }
  // "“I'm a citizen,” the woman, Karla Benítez, 27, replies" after "agents pulling a woman out of
  // her car": a speaker named as "the woman" after a cue sentence is named as the one it happened
  // to, as in running text. Sources hold no occurrences (scanOccurrences), so they are read here.
  for (const span of sources) {
    if (sentenceAt(span.start) <= firstCue || (civil && DEFENDANT_OPENING.test(text.slice(span.start, span.end)))) continue;
    const named = describedSpeaker(text.slice(span.start, span.end), persons, descriptor, ledeDescriptor, vocab);
    if (named) scores.set(named, (scores.get(named) ?? 0) + 1);
  }
  for (const [record, n] of selfReports) if (!(civil && DEFENDANT_OPENING.test(record.name))) scores.set(record, (scores.get(record) ?? 0) + n);
  const ranked = [...scores.entries()].sort((a, b) => b[1] - a[1]);
  if (!ranked.length) return unnamedInCue(words, firstCue, vocab, sentenceAt) ? agedAfterCue(text, occurrences, firstCue) : NO_SUBJECTS;
  const plighted = ranked.map(([record]) => record);
  const [best, second] = ranked;
  const partners = coSubjectsOf(text, best[0], occurrences);
  if (partners.size === 1 && second && partners.has(second[0]) && (ranked.length < 3 || ranked[2][1] < second[1])) {
    return { subject: null, joint: [best[0], second[0]].sort((a, b) => firstMention(occurrences, a) - firstMention(occurrences, b)), plighted };
  }
  if (second && best[1] < 2 * second[1]) return { ...NO_SUBJECTS, plighted };
  if (partners.size) return { ...NO_SUBJECTS, plighted };
  return { subject: best[0], joint: [], plighted };
}

const AGE_WORD = /^\d{1,3}-year-old$/u;

/** The cue sentences that open on "The" and an age ("The 16-year-old sophomore, who was shot …"). */
function agedCueOpeners(words: readonly Word[], cued: ReadonlySet<number>, sentenceAt: (offset: number) => number): number[] {
  const found: number[] = [];
  for (let i = 0; i + 1 < words.length; i++) {
    if (words[i].text !== 'The' || !AGE_WORD.test(words[i + 1].norm)) continue;
    const n = sentenceAt(words[i].start);
    // "The" must open its sentence: the word before it stands in the sentence before.
    if (cued.has(n) && (i === 0 || sentenceAt(words[i - 1].start) !== n)) found.push(n);
  }
  return found;
}

/** Whether the sentence `n` tells of someone unnamed: "a man", "an unarmed driver" (vocab/roles.json subjectDescriptors' nouns). */
function unnamedInCue(words: readonly Word[], n: number, vocab: RoleVocab, sentenceAt: (offset: number) => number): boolean {
  if (!Number.isFinite(n)) return false;
  const nouns = new Set(vocab.subjectDescriptors.map((d) => d.split(' ').pop()!));
  const first = words.findIndex((w) => sentenceAt(w.start) === n);
  if (first < 0) return false;
  for (let i = first; i < words.length && sentenceAt(words[i].start) === n; i++) {
    if (words[i].norm !== 'a' && words[i].norm !== 'an') continue;
    for (let j = i + 1; j <= i + 3 && j < words.length && sentenceAt(words[j].start) === n; j++) if (nouns.has(words[j].norm)) return true;
  }
  return false;
}

// "Keith Porter, 43,": a name set off with an age.
const AGE_AFTER = /^,\s*\d{1,3}\s*,/u;

/**
 * "An off-duty ICE officer shot and killed a man … Family members said Keith Porter, 43, was firing
 * a gun into the air": when the first sentence that tells what happened speaks of "a man" (see
 * unnamedInCue) and no such sentence names anyone, the one person named with an age after it, who
 * holds no office and is nobody's relative or counsel, is whom it happened to. Two such people, or
 * none, give no subject.
 */
function agedAfterCue(text: string, occurrences: readonly Occurrence[], firstCue: number): Subjects {
  const aged = new Set<PersonRecord>();
  for (const o of occurrences) {
    const record = o.entity.person;
    if (!record || o.sentence <= firstCue || !AGE_AFTER.test(text.slice(o.end, o.end + 8))) continue;
    if (holdsOffice(record) || record.organization || record.relation || record.namedAsRelative || record.namedAsCounsel) continue;
    if (isIdentifiedOfficer(text, occurrences, record)) continue;
    // "It was first posted on Instagram by Jolene Marchetti, 33": who put out the video.
    if (MADE_VIDEO_BY_BEFORE.test(text.slice(Math.max(0, o.start - 60), o.start))) continue;
    aged.add(record);
  }
  if (aged.size !== 1) return NO_SUBJECTS;
  const [subject] = aged;
  return { subject, joint: [], plighted: [subject] };
}

const selfReportPatterns = new WeakMap<RoleVocab, RegExp>();
// An object pronoun, not a possessive ("fired at her car"): what follows it ends the phrase.
const PRONOUN_END = String.raw`(?=\s*(?:[,.;:!?"”’)—–]|$)|\s+(?:in|on|at|with|as|while|when|after|before|during|through|from|and|again|once|twice|three|four|five|several|multiple|repeatedly|to|onto|into|against|down|\d)\b)`;
// "a pepper ball struck her cheek", "hit my head": force told of one's own body.
const BODY_PART = String.raw`(?:head|face|cheek|eye|forehead|temple|jaw|mouth|nose|neck|chest|back|arm|leg|hand|shoulder|stomach|side|ribs|knee|foot)`;

/**
 * "an agent fired at him", "I was shot", "she had been detained": a subject cue of the vocabulary
 * with a pronoun it happened to ("a pepper ball struck her cheek" too), the pronoun captured (`who`, `whom`, `whose`).
 */
function selfReportPattern(vocab: RoleVocab): RegExp {
  let pattern = selfReportPatterns.get(vocab);
  if (!pattern) {
    const cues = [...vocab.subjectCues].sort((a, b) => b.length - a.length).map((c) => c.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&').replace(/ /gu, '\\s+'));
    const cue = `(?:${cues.join('|')})`;
    pattern = new RegExp(`\\b${cue}\\s+(?<whom>me|him|her)${PRONOUN_END}|\\b${cue}\\s+(?<whose>my|his|her)\\s+${BODY_PART}\\b|\\b(?<who>I|he|she)\\s+(?:was|had been|has been|got)\\s+(?:[^.;,"“”]{1,40},\\s*(?:and\\s+)?)?(?:\\w+\\s+)?${cue}\\b`, 'giu');
    selfReportPatterns.set(vocab, pattern);
  }
  return pattern;
}

const FEMALE_PRONOUNS = new Set(['she', 'her']);

/**
 * "a federal officer shot me", "The first round hit me just below my left collarbone": how often a
 * piece told in its author's voice says, outside quotation marks, that something was done to "me".
 */
export function countOwnAccount(text: string, vocab: RoleVocab, quotes: readonly Range[]): number {
  let n = 0;
  for (const m of text.matchAll(selfReportPattern(vocab))) {
    const pronoun = (m.groups?.whom ?? m.groups?.who ?? m.groups?.whose ?? '').toLowerCase();
    if ((pronoun === 'me' || pronoun === 'i' || pronoun === 'my') && !isInside(quotes, m.index, m.index + m[0].length)) n++;
  }
  return n;
}
const INDEFINITE = /^(?:A|An)\s/u;

/**
 * Named speakers who tell what was done to them: "Ana Lind said she was praying when an agent
 * fired at her", "“They tased me,” Lind said". Each such attribution counts for its speaker as a
 * mention in a cue sentence: the one force was used on is often named only as a speaker. A
 * third-person pronoun counts only in reported words and when it agrees with the speaker's known
 * gender, a first-person one only in quoted words; a relative, a lawyer (by the registry, or by a
 * relation noun in any of their speaker phrases) or a speaker with an office (an officer telling
 * what was done to a man) never counts.
 */
export function findSelfReports(
  text: string,
  attributions: readonly Attribution[],
  persons: readonly PersonRecord[],
  vocab: RoleVocab,
  genderOf: (record: PersonRecord) => 'female' | 'male' | null,
  quotes: readonly Range[],
): Map<PersonRecord, number> {
  const found = new Map<PersonRecord, number>();
  const candidates = persons.filter((r) => !holdsOffice(r) && !r.relation && !r.organization);
  if (!candidates.length) return found;
  const pattern = selfReportPattern(vocab);
  // As /\bsurname\b/iu, without compiling such a regex for every document's names (createWordTest).
  const surnames = candidates.map((r) => createWordTest(r.words[r.words.length - 1]));
  let last: { readonly record: PersonRecord; readonly sourceText: string } | null = null;
  const speakers = attributions.map((a) => {
    const found = namedSpeaker(a);
    // "Ana Lind says … Within seconds, she said, agents pinned her down": a "she" right after the
    // named speaker's attribution, of the gender her name gives, is her.
    const pronoun = found === null && a.source !== null ? text.slice(a.source.start, a.source.end).toLowerCase() : '';
    const carried = (pronoun === 'she' || pronoun === 'he') && last !== null && genderOf(last.record) === (pronoun === 'she' ? 'female' : 'male') ? last : null;
    last = found ?? carried;
    return last;
  });
  function namedSpeaker(a: Attribution): { readonly record: PersonRecord; readonly sourceText: string } | null {
    if (!a.source) return null;
    const sourceText = text.slice(a.source.start, a.source.end);
    const named = candidates.filter((r, k) => sourceText.includes(r.name) || surnames[k](sourceText));
    if (named.length === 1) return { record: named[0], sourceText };
    // "A Mesa man … says he was pulled from his car, pinned …", named in the next paragraph with an age
    // (from a lede, within a few):
    // the same description readLedeIdentity reads (not "A neighbor says he was shot at").
    const later = named.length === 0 && INDEFINITE.test(sourceText) && ledeDescriptionHead(splitWords(text, a.source.start, a.source.end), vocab) ? nameForDescription(text, a.source.start, a.sentence) : null;
    const lede = later ? candidates.filter((r) => r.name === later) : [];
    return lede.length === 1 ? { record: lede[0], sourceText } : null;
  }
  // "His attorney, Dan Cho, said … “He was beaten,” Cho said": someone the document calls a lawyer or
  // a relative in any speaker phrase tells what was done to someone else, in every attribution.
  // So does one it calls by an office ("Renata Kolb, the department's assistant secretary for public
  // affairs"): "She was struck in the arm, Kolb said" tells of the driver.
  const relatives = new Set(speakers.filter((x) => x !== null && x.sourceText.toLowerCase().split(NOT_NAME_LETTERS).some((w) => vocab.relationRoles.has(w) || OFFICE_ROLES.has(vocab.titleRoles.get(w) ?? 'other'))).map((x) => x!.record));
  attributions.forEach((a, i) => {
    const speaker = speakers[i];
    if (!speaker || relatives.has(speaker.record)) return;
    const { record } = speaker;
    const fragments = a.content.fragments.length ? a.content.fragments : [a.content];
    const told = fragments.some((f) => {
      for (const m of text.slice(f.start, f.end).matchAll(pattern)) {
        const pronoun = (m.groups?.whom ?? m.groups?.who ?? (m.groups?.whose === 'my' ? 'me' : m.groups?.whose) ?? '').toLowerCase();
        const quoted = isInside(quotes, f.start + m.index, f.start + m.index + m[0].length);
        // In one's own quoted words "I" and "me" are oneself, "he" someone else; in reported words, the reverse.
        if (pronoun === 'me' || pronoun === 'i') return quoted;
        if (!quoted && genderOf(record) === (FEMALE_PRONOUNS.has(pronoun) ? 'female' : 'male')) return true;
      }
      return false;
    });
    if (told) found.set(record, (found.get(record) ?? 0) + 1);
  });
  return found;
}

/** An office (a sheriff, a judge), not an honorific ("the Rev.", "Dr."): never the subject. */
function holdsOffice(record: PersonRecord): boolean {
  return record.titleRole !== null && !(record.title && (loadTitles().isHonorific(record.title) || loadTitles().isKin(record.title) || loadTitles().isPersonNoun(record.title)));
}

const CIVIL_PARTY = /\bPlaintiffs?\b/u;
const DEFENDANT_BEFORE = /\bDefendants?['’]?s?\s+$/u;
const DEFENDANT_OPENING = /^\s*Defendants?\b/u;

const NO_SUBJECTS: Subjects = Object.freeze({ subject: null, joint: [], plighted: [] });

const LEDE_CUE_SENTENCES = 3;
const PASSIVE_BE = new Set(['was', 'were', 'has', 'had', 'is']);
const OFFICER_NOUNS = new Set(['officer', 'agent', 'deputy', 'trooper', 'officers', 'agents']);

/**
 * The noun the first cue sentence calls the one it happened to, "A Lakefront Journal photographer
 * was struck …" → "photographer": a lower-case word after "a"/"an" (four words at most between) right
 * before a form of "be" or "have"; not a relation ("a neighbor") nor an officer. Null otherwise.
 */
function ledePatientNoun(words: readonly Word[], sentence: number, sentenceAt: (offset: number) => number, vocab: RoleVocab): string | null {
  const first = words.findIndex((w) => sentenceAt(w.start) === sentence);
  if (first < 0) return null;
  for (let i = first; i < words.length && sentenceAt(words[i].start) === sentence; i++) {
    if (words[i].norm !== 'a' && words[i].norm !== 'an') continue;
    for (let j = i + 1; j <= i + 5 && j + 1 < words.length; j++) {
      if (!PASSIVE_BE.has(words[j + 1].norm)) continue;
      const noun = words[j].norm;
      return words[j].capitalized || !LOWER_WORD.test(noun) || vocab.relationRoles.has(noun) || OFFICER_NOUNS.has(noun) ? null : noun;
    }
  }
  return null;
}

// "The man's family identifies him as", "Police identified the man as": a name given to the one told of before.
const IDENTIFIES_HIM_AS = /\b(?:identif(?:y|ies|ied)|named)\s+(?:him|her|the\s+(?:man|woman|driver|teen|teenager|boy|girl|victim))\s+as\s+$/u;

const descriptorPatterns = new WeakMap<RoleVocab, RegExp>();
// "The man, identified by his family as Tomás Arredondo," names him as "The man, Tomás Arredondo," does.
const IDENTIFIED_AS = String.raw`(?:(?:who was |later |since )?identified (?:by [\p{L}'’ ]{1,40} )?as\s+)?`;

/** "The man, " (or "The man, identified by police as ") opening a sentence, for each of vocab/roles.json's subjectDescriptors. */
function descriptorPattern(vocab: RoleVocab): RegExp {
  let pattern = descriptorPatterns.get(vocab);
  if (!pattern) {
    const nouns = vocab.subjectDescriptors.map((d) => d.split(' ').pop()!.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&'));
    // "His uncle said the boy, Daniel Ramírez, had gone …": a verb of saying may open the clause too.
    pattern = new RegExp(`(?:^|[.!?"”]\\s+|\\n\\s*|\\b(?:said|says|told (?:reporters|us|him|her|them))\\s+(?:that\\s+)?)[Tt]he\\s+(?:${nouns.join('|')}),\\s*${IDENTIFIED_AS}$`, 'u');
    descriptorPatterns.set(vocab, pattern);
  }
  return pattern;
}

// ", the pastor who was hit", ", a protester who was struck": what befell the one named before it.
const BEFELL_AFTER = /^,\s+(?:the|an?)\s+(?:[\p{L}-]+\s+){1,3}?(?:who|that)\s+(?:was|were|had been)\s+(?:(?:fatally|critically|seriously|badly|also)\s+)?([\p{L}-]+)\b/u;

/** The person a source names right after a subject descriptor opening it ("the woman, Karla Benítez, 27"), not an office holder. */
function describedSpeaker(phrase: string, persons: readonly PersonRecord[], descriptor: RegExp, ledeDescriptor: RegExp | null, vocab: RoleVocab): PersonRecord | null {
  const comma = phrase.indexOf(',');
  if (comma < 0 || comma > 40) return null;
  // "The Rev. David Black, the pastor who was hit": a name, then a clause of what befell them.
  const befell = BEFELL_AFTER.exec(phrase.slice(comma));
  if (befell && vocab.subjectCues.has(befell[1].toLowerCase())) {
    const named = persons.find((r) => phrase.lastIndexOf(r.name, comma) >= 0 && phrase.lastIndexOf(r.name, comma) + r.name.length === comma);
    if (named && !holdsOffice(named) && !named.organization) return named;
  }
  const rest = phrase.slice(comma + 1).trimStart();
  const head = phrase.slice(0, phrase.length - rest.length);
  if (!descriptor.test(head) && !ledeDescriptor?.test(head)) return null;
  const record = persons.find((r) => rest.startsWith(r.name) && !NAME_LETTER_START.test(rest.slice(r.name.length)));
  return record && !holdsOffice(record) && !record.organization ? record : null;
}

function firstMention(occurrences: readonly Occurrence[], record: PersonRecord): number {
  return occurrences.find((o) => o.entity.person === record)?.start ?? Infinity;
}

const COORDINATION = /^(?:,\s*\d{1,3},)?\s+(?:and|or)\s+$/;

/** "Ivan Petrov, 30, and Omar Haddad, 28, are charged": the people who share the plight with `record`. */
function coSubjectsOf(text: string, record: PersonRecord, occurrences: readonly Occurrence[]): Set<PersonRecord> {
  const partners = new Set<PersonRecord>();
  const people = occurrences.filter((o) => o.entity.person).sort((a, b) => a.start - b.start);
  for (let i = 0; i + 1 < people.length; i++) {
    const [a, b] = [people[i], people[i + 1]];
    if (a.entity.person === b.entity.person || (a.entity.person !== record && b.entity.person !== record)) continue;
    if (COORDINATION.test(text.slice(a.end, b.start))) partners.add(a.entity.person === record ? b.entity.person! : a.entity.person!);
  }
  return partners;
}
