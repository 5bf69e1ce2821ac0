import { loadTitles } from '../../nlp/mentions/loadTitles.js';
import { withoutQuotations } from '../../lib/withoutQuotations.js';
import { sameName } from '../merge/foldName.js';
import type { DateMention } from '../../domain/analysis.js';
import { matchesAny } from './compileRegexList.js';
import type { SentenceInfo } from './describeSentences.js';
import { loadForceVocab } from './forceVocab.js';

// Force told as done ("officers fired", "the agent shot", "the driver … was shot", "pulled her out by
// her hair and pinned her to the ground", "officers punched him and used a Taser on him"), not spoken of ("can include a shooting").
const FORCE_DONE =
  /\b(?:fired|opened fire|shot (?:and|him|her|them|at)|(?:was|were) shot|wounded|killed|(?:deployed|used|launched) (?:\w+ ){0,2}?(?:pepper[- ]?balls?|tear gas|less[- ]lethal|rubber bullets|flash[- ]?bangs?|chemical (?:agents|irritants)|pepper spray)|(?:pinned|slammed|threw|thrown|shoved|tackled|dragged|pulled|yanked|drove|rammed) (?:him|her|them|me)\b[^.;]{0,30}?\b(?:to the ground|out|onto|into (?:a |an |the )?(?:[\p{L}-]+ ){0,2}?(?:wall|window|storefront|fence|pole|glass door)|by (?:his|her|their|my) hair)|(?:smashed|broke|shattered) (?:\S+ ){1,3}?windows?|(?:tased|pepper[- ]sprayed) (?:him|her|them|me)|(?:shocked|stunned) (?:him |her |them |me )?(?:\w+ )?with (?:a |an )?(?:taser|stun gun)|(?:punched|kicked|beat|choked) (?:him|her|them|me)\b|used (?:a |an |their |his )?(?:taser|stun gun) on (?:him|her|them|me)|(?:brought|took) (?:him|her|them|me|the (?:man|woman|worker|driver|suspect|teen)) (?:down )?to the ground|(?:was|were) (?:hit|struck|beaten|clubbed) (?:[\p{L}-]+ ){0,3}?with (?:a |an )?(?:baton|nightstick|club))\b/iu;

// "his attorney told jurors Monday", "testified Thursday": the day of the telling, right after its verb (and its object);
// "the complaint filed Feb. 14, which says the agent fired": the day a record was filed or put out; "called Thursday for
// prosecutors to drop the charge": the day of a call.
const TOLD_ON = /\b(?:said|says|told|tells|testified|testifies|argued|argues|announced|wrote|stated|filed|unsealed|issued|published|posted|called|calls|urged|urges|ruled|rules)(?:\s+[\p{L}-]+){0,2}\s+$/u;
// "assigned to the Denver region since November"; "worked as a deputy press secretary at DHS from 2019 to 2021": a span's ends (stop 71).
const SINCE_BEFORE = /\b(?:since|from|between)\s+$|\b(?:19|20)\d\d\s+(?:to|and|through|until)\s+$/u;
// "sued the federal government on Tuesday": the day of the suit, its defendant of a few words between.
const SUED_ON = /\bsu(?:ed|es)\s+(?:[\p{L}'’-]+\s+){0,4}$/u;

// A word of force a date may follow: "the roofer shot by an immigration officer last week".
const FORCE_WORD = /\b(?:shot|fired|killed|wounded|tased|tackled|struck|hit)\b/giu;
// How far after its force word a date tells when the force was done.
const FORCE_DATE_REACH = 100;

/**
 * The dated mention of a sentence that tells when its force was done: with two dates or more, the
 * first within reach after a word of force ("discharged … on Monday, six days after an ICE officer
 * shot him … on Feb. 10"); else the first that is not the day it was told on, if any.
 */
function eventMention(s: SentenceInfo): DateMention | null {
  const dates = s.mentions.filter((m): m is DateMention => m.kind === 'date' && m.date !== null);
  if (dates.length >= 2) {
    for (const force of s.text.matchAll(FORCE_WORD)) {
      const at = s.start + force.index + force[0].length;
      const after = dates.find((m) => m.start >= at && m.start - at <= FORCE_DATE_REACH);
      if (after) return after;
    }
  }
  for (const m of dates) {
    const before = s.text.slice(Math.max(0, m.start - s.start - 40), m.start - s.start);
    // "assigned to the Denver region since November": where a span begins is no event's day.
    if (!TOLD_ON.test(before) && !SINCE_BEFORE.test(before) && !SUED_ON.test(before)) return m;
  }
  return null;
}

/** The day (or month) of the first dated mention of a sentence that is not the day it was told on, if any. */
function eventDate(s: SentenceInfo): string | null {
  return eventMention(s)?.date ?? null;
}

/**
 * "Sept. 12 — Franklin Park" heading a section of a timeline: the day its sentences tell when they
 * name none of their own, until the next heading.
 */
function datesOfSections(sentences: readonly SentenceInfo[]): (s: SentenceInfo) => string | null {
  const inherited = new Map<SentenceInfo, string>();
  let current: string | null = null;
  for (const s of sentences) {
    if (s.heading) current = eventDate(s);
    else if (current !== null) inherited.set(s, current);
  }
  return (s) => eventDate(s) ?? inherited.get(s) ?? null;
}

// "In the morning, an officer shot …", "That afternoon, an agent fired …": a part of the day an account opens on.
const DAY_PART = /^\W*(?:(?:early|late)\s+)?(?:in\s+the\s+(morning|afternoon|evening)|(?:that|later\s+that)\s+(day|morning|afternoon|evening|night)|(?:hours|minutes)\s+(later))\b/iu;

/**
 * In a story of separate encounters, what tells one account's time from another's: the day, and the
 * part of the day an account opens on ("In the morning, …", "That afternoon, …"), of the last day
 * named before it when it names none. Null when the sentence tells neither.
 */
function timesOfAccounts(sentences: readonly SentenceInfo[], dayOf: (s: SentenceInfo) => string | null): (s: SentenceInfo) => string | null {
  const keys = new Map<SentenceInfo, string | null>();
  const placed = daysOfPlaces(sentences);
  let lastDay: string | null = null;
  for (const s of sentences) {
    const day = dayOf(s) ?? dayOfOpeningPlace(s, placed);
    const part = DAY_PART.exec(s.text);
    const on = day ?? lastDay;
    keys.set(s, part && on !== null ? `${on} ${(part[1] ?? part[2] ?? part[3]).toLowerCase()}` : day);
    if (day !== null) lastDay = day;
  }
  return (s) => keys.get(s) ?? null;
}

// A place and the day right after it: "in Santa Ana on Tuesday".
const DAY_AFTER_PLACE = /^\s*(?:,\s*)?(?:on|late|early|last)\b/iu;
// An account opening on its place: "In Santa Ana, a Border Patrol agent shot …".
const PLACE_OPENS = /^\W*in\s+$/iu;

/**
 * "killing a man in Santa Ana on Tuesday and wounding a woman in Ontario on Wednesday": the days the
 * sentences that split a story into separate encounters give each place, by its words.
 */
function daysOfPlaces(sentences: readonly SentenceInfo[]): Map<string, string> {
  const days = new Map<string, string>();
  for (const s of sentences) {
    if (!s.splits) continue;
    for (const m of s.mentions) {
      if (m.kind !== 'place') continue;
      const gap = s.text.slice(m.end - s.start);
      const date = s.mentions.find((d) => d.kind === 'date' && d.date !== null && d.start >= m.end && d.start - m.end <= 12);
      if (date && date.kind === 'date' && date.date !== null && DAY_AFTER_PLACE.test(gap)) days.set(m.text.toLowerCase(), date.date);
    }
  }
  return days;
}

/** The day `daysOfPlaces` gives the place an account opens on ("In Santa Ana, …"), if any. */
function dayOfOpeningPlace(s: SentenceInfo, placed: ReadonlyMap<string, string>): string | null {
  if (placed.size === 0) return null;
  const first = s.mentions.find((m) => m.kind === 'place');
  if (!first || !PLACE_OPENS.test(s.text.slice(0, first.start - s.start))) return null;
  return placed.get(first.text.toLowerCase()) ?? null;
}

/** The names of the people a sentence names without an office ("Ana Ruiz", not "Agent Tom Lee"). */
function peopleOf(s: SentenceInfo): string[] {
  return s.mentions.flatMap((m) => (m.kind === 'person' && m.agencyId === null && (m.title === null || loadTitles().isHonorific(m.title)) ? [m.name] : []));
}

/** The places a sentence names, by their words ("Cortez Street", "Salinas"). */
function placesOf(s: SentenceInfo): string[] {
  return s.mentions.flatMap((m) => (m.kind === 'place' ? [m.text.toLowerCase()] : []));
}

/**
 * "Agents have fired into moving cars at least five times. Ana Ruiz was shot on Sept. 12 … Tom
 * Reyes was shot on Oct. 4 …": a document that counts incidents (a series marker) and then tells
 * at least three of them, each in its own paragraph with its own date and a person or place not
 * named before (a section heading aside: it announces the account below it), is a roundup: each
 * dated account is an incident of its own, as after "in separate encounters". Without the count,
 * three accounts that each name a place no account before named ("In Chicago on Sept. 12, … In Los
 * Angeles on Oct. 21, … In Minneapolis on Jan. 7, …") are one too. Fewer than three such accounts (a
 * follow-up naming a relative on another day) is no roundup.
 */
function isRoundup(sentences: readonly SentenceInfo[], dayOf: (s: SentenceInfo) => string | null): boolean {
  const series = sentences.some((s) => s.series);
  // Each name once, and compared only for a dated account: sameName folds both names on every
  // call, and every name against every name before it made a long story's names cost their square.
  const seenPeople = new Set<string>();
  const seenPlaces = new Set<string>();
  const accounts = new Map<number, Dated>();
  // Dated accounts by sentence, each of someone no sentence before named, after a count.
  const told = new Map<number, { dated: Dated; paragraph: number }>();
  // Accounts that each name a place no account before named: without a count, three of them make a roundup.
  let placed = 0;
  for (const s of sentences) {
    if (s.heading) continue;
    const names = peopleOf(s);
    const places = placesOf(s);
    // An account of a roundup is dated to its day or month: "last summer" or "in 2025" dates none.
    const date = s.strong && !s.retells && !s.series && !s.passing && s.specific && eventMention(s)?.precision !== 'year' ? dayOf(s) : null;
    // "shot … last week" and "shot him … on Feb. 10", told days later: a week that holds the day is no other day.
    const dated: Dated | null = date === null ? null : { date, precision: eventMention(s)?.precision ?? 'day' };
    // "For the second time in four days, …. ⏎ On Tuesday, Feb. 10, an officer shot A. On Friday, Feb. 13, agents
    // tackled B.": after a count, accounts told in one paragraph, each of its own day and person, count too.
    if (series && dated !== null && ![...told.values()].some((a) => overlaps(a.dated, dated)) && names.length > 0 && names.every((n) => ![...seenPeople].some((x) => sameName(x, n)))) told.set(s.index, { dated, paragraph: s.paragraph });
    if (dated !== null && !accounts.has(s.paragraph) && ![...accounts.values()].some((a) => overlaps(a, dated))) {
      const newPlace = places.some((p) => !seenPlaces.has(p));
      const fresh = names.some((n) => ![...seenPeople].some((x) => sameName(x, n))) || newPlace;
      if (fresh) accounts.set(s.paragraph, dated);
      if (fresh && newPlace) placed++;
    }
    for (const n of names) seenPeople.add(n);
    for (const p of places) seenPlaces.add(p);
  }
  // "The shooting, … on Friday, May 8, was the third time this year …": a count that dates the story's own
  // account, then two earlier accounts each dated and placed otherwise, is a roundup too.
  // "The Greeley case is the second shooting … this year": a year dates no account.
  const countsOwn = sentences.some((s) => s.series && s.strong && accountDay(s, dayOf) !== null);
  return (accounts.size >= 3 && (series || placed >= 3)) || (countsOwn && accounts.size >= 2 && placed >= 2) || pairedInParagraph(told);
}

/** Whether two of the accounts `told` (by sentence) stand in one paragraph. */
function pairedInParagraph(told: ReadonlyMap<number, { paragraph: number }>): boolean {
  const paragraphs = [...told.values()].map((t) => t.paragraph);
  return new Set(paragraphs).size < paragraphs.length;
}

/**
 * Paragraphs that go on with the account before them in a story of separate encounters: "Two days
 * later, in Houston, an officer shot a 19-year-old man … ⏎ The young man's mother, Leticia Pardo,
 * said …". Such a paragraph tells no date and names no person or place that a paragraph before
 * the account before it named (those are the other encounters'); the paragraph an account opens
 * on is not itself a follow-up.
 */
function accountFollowUps(sentences: readonly SentenceInfo[]): Set<number> {
  const byParagraph = new Map<number, SentenceInfo[]>();
  for (const s of sentences) {
    const group = byParagraph.get(s.paragraph);
    if (group) group.push(s);
    else byParagraph.set(s.paragraph, [s]);
  }
  const out = new Set<number>();
  const seen = new Set<string>();
  let accountSeen = new Set<string>();
  for (const [paragraph, group] of byParagraph) {
    const names = group.flatMap((s) => [...peopleOf(s), ...placesOf(s)]);
    const dated = group.some((s) => s.mentions.some((m) => m.kind === 'date' && m.date !== null));
    if (!dated && !names.some((n) => seen.has(n) && !accountSeen.has(n))) out.add(paragraph);
    if (dated) accountSeen = new Set();
    for (const n of names) {
      seen.add(n);
      accountSeen.add(n);
    }
  }
  return out;
}

// "… the second by immigration officers in the Denver area since December, when an ICE officer in
// Westminster fired at a car": the count's own clause tells the earlier event.
const EARLIER_EVENT = /,\s+when\s+(?:an?|the|two|three|several|federal|immigration)\s/iu;

/** Whether a sentence that counts incidents goes on to tell the earlier one, in a "when" clause that tells force. */
function tellsEarlierEvent(s: SentenceInfo): boolean {
  const m = EARLIER_EVENT.exec(s.text);
  return m !== null && FORCE_DONE.test(s.text.slice(m.index));
}

/**
 * "… slammed him face-first onto the concrete. ⏎ What happened next, on the morning of Tuesday, March
 * 10, is …": in a story of several encounters, the day the opening gives its first account when that
 * account's force sentence names none, from a sentence of its paragraph or one before; null otherwise.
 */
function ledeDay(sentences: readonly SentenceInfo[], timeOf: (s: SentenceInfo) => string | null): string | null {
  // A count that dates the story's own account ("The shooting, … on Friday, May 8, was the third …") is its first, and gives its day.
  const countsOwn = (s: SentenceInfo) => s.series && s.strong;
  const first = sentences.find((s) => s.strong && !s.splits && ((!s.series && !s.passing) || (countsOwn(s) && timeOf(s) !== null)));
  if (!first) return null;
  const own = timeOf(first);
  if (own !== null) return own;
  for (const s of sentences) {
    if (s.paragraph > first.paragraph) break;
    if (s.splits || ((s.passing || s.series) && !countsOwn(s))) continue;
    const day = timeOf(s);
    if (day !== null) return day;
  }
  return null;
}

// Force done to someone, beside FORCE_DONE's: "was struck by an unmarked ICE vehicle", "were pepper-sprayed".
const FORCE_SUFFERED = /\b(?:(?:was|were)\s+(?:struck|hit|run over|rammed|tackled|beaten|tased|pepper[- ]sprayed|shocked|pinned|thrown)|struck by|hit by)\b/iu;

/**
 * Whether the sentence itself, outside quotations, tells force done ("In March, an agent … shot and
 * killed …", "… was struck by an unmarked ICE vehicle"): not a lawmaker's post quoted ("wrote on X on
 * Sunday that “three shootings …”") nor a policy "revised in 2014 after a series of similar shootings".
 */
function tellsForceItself(s: SentenceInfo): boolean {
  // Quotations are someone's words, which may tell force the sentence itself does not.
  const own = ownWords(s.text);
  // "acknowledged that the number of vehicle shootings had “gotten attention …”": force in the plural, of no one.
  if (GENERIC_FORCE.test(own) && !FORCE_DONE.test(own) && !FORCE_SUFFERED.test(own)) return false;
  // With no quotation the sentence's own force words made it strong: only force in the plural, of no one, tells none.
  if (own === s.text) return true;
  return matchesAny(loadForceVocab().strong, own) || DEATH_OF_NAMED.test(own);
}

// A quotation mark left alone once the quotations closed within a sentence are blanked.
const LONE_MARK = /[“”"]/u;
const LETTER_OR_DIGIT = /[\p{L}\d]/u;

/**
 * The sentence's words outside quotations, a quotation it opens or closes but does not hold whole
 * included: "“The question is whether anyone … ever tests a shooting against them." is words quoted
 * on to the next sentence. A straight mark before a letter opens a quotation; any other closes one.
 */
function ownWords(text: string): string {
  const own = withoutQuotations(text);
  const lone = LONE_MARK.exec(own);
  if (lone === null) return own;
  const opens = lone[0] === '“' || (lone[0] === '"' && LETTER_OR_DIGIT.test(own.charAt(lone.index + 1)));
  return opens ? own.slice(0, lone.index) : own.slice(lone.index + 1);
}

// "revised in 2014 after a series of similar shootings": force in the plural, of no one in particular.
const GENERIC_FORCE = /\b(?:series|string|pattern|spate|wave|number) of (?:[\p{L}-]+ )?(?:shootings|incidents|killings|deaths|cases)\b/iu;

// "the shooting recalled the death of Héctor Lozano in Houston in July 2025": a named person's death or shooting.
const DEATH_OF_NAMED = /\b(?:death|killing|shooting|wounding) of \p{Lu}\p{Ll}/u;

/** A run of sentences from one heading to the next; the first run, before any heading, has none. */
interface Section {
  readonly heading: SentenceInfo | null;
  readonly sentences: SentenceInfo[];
}

/**
 * The document cut at its headings. A list's number set before its heading in one paragraph ("2. ⏎ Las
 * Cruces, N.M.: …") goes with the heading; the heading is the section's first sentence.
 */
function sectionsOf(sentences: readonly SentenceInfo[]): Section[] {
  const out: { heading: SentenceInfo | null; sentences: SentenceInfo[] }[] = [{ heading: null, sentences: [] }];
  // A list's number just read, whose heading comes next.
  let numbered = false;
  sentences.forEach((s, i) => {
    const next = sentences[i + 1];
    if (s.heading && numbered) out[out.length - 1].heading = s;
    else if (s.heading) out.push({ heading: s, sentences: [] });
    else if (next !== undefined && next.heading && next.paragraph === s.paragraph) out.push({ heading: null, sentences: [] });
    numbered = !s.heading && next !== undefined && next.heading && next.paragraph === s.paragraph;
    out[out.length - 1].sentences.push(s);
  });
  return out;
}

// "The shootings, in Yuma on Nov. 17; Charlotte on Dec. 3; Las Cruces on Jan. 22 …": three days or more list accounts, and tell none.
const LISTED_DAYS = 3;

/** Whether a sentence lists the days of several accounts: three distinct dates or more. */
function listsDays(s: SentenceInfo): boolean {
  const days = new Set(s.mentions.flatMap((m) => (m.kind === 'date' && m.date !== null ? [m.date] : [])));
  return days.size >= LISTED_DAYS;
}

/** The day or month a section's sentence tells its account on: "in fiscal year 2025", "revised in 2023" date none. */
function accountDay(s: SentenceInfo, dayOf: (s: SentenceInfo) => string | null): string | null {
  return eventMention(s)?.precision === 'year' ? null : dayOf(s);
}

/**
 * Whether a section's sentence opens the account the section tells: it tells force itself, and is no
 * count, list, aside or event named back. It or a sentence before it in its paragraph ("Danitza
 * Orellana, 22, was stopped … on Feb. 6. … Agents broke her window …") tells of someone or somewhere in
 * particular, and is dated or names someone no section before named ("Three weeks after a Border
 * Patrol agent shot and killed Dariela Montaño Ruiz …").
 */
function opensAccount(s: SentenceInfo, before: readonly SentenceInfo[], dayOf: (s: SentenceInfo) => string | null, named: ReadonlySet<string>): boolean {
  if (!s.strong || s.series || s.splits || s.passing || s.retells || s.heading || listsDays(s) || !tellsForceItself(s)) return false;
  const told = [...before, s];
  if (!told.some((t) => t.specific)) return false;
  return told.some((t) => accountDay(t, dayOf) !== null || peopleOf(t).some((n) => ![...named].some((x) => sameName(x, n))));
}

/** The sentence that opens each section's account, or null, in the order of the sections. */
function openersOf(sections: readonly Section[], dayOf: (s: SentenceInfo) => string | null): (SentenceInfo | null)[] {
  const named = new Set<string>();
  return sections.map((section) => {
    // The sentences of the paragraph so far, headings aside.
    let paragraph: SentenceInfo[] = [];
    let opener: SentenceInfo | null = null;
    for (const s of section.sentences) {
      if (paragraph.length && paragraph[0].paragraph !== s.paragraph) paragraph = [];
      if (opensAccount(s, paragraph, dayOf, named)) {
        opener = s;
        break;
      }
      if (!s.heading) paragraph.push(s);
    }
    for (const s of section.sentences) for (const n of peopleOf(s)) named.add(n);
    return opener;
  });
}

const DAY_MS = 86_400_000;

/** A date and how precise it is. */
type Dated = Pick<DateMention, 'date' | 'precision'>;

/** Whether two dates may be one day: equal, or a week or a month that holds the day ("killed … last month", "the March 3 shooting"). */
function overlaps(a: Dated, b: Dated): boolean {
  if (a.date === null || b.date === null) return false;
  if ((a.precision === 'month') !== (b.precision === 'month')) return a.date.slice(0, 7) === b.date.slice(0, 7);
  if (a.precision === b.precision || (a.precision !== 'week' && b.precision !== 'week')) return a.date === b.date;
  const [week, day] = a.precision === 'week' ? [a.date, b.date] : [b.date, a.date];
  const gap = (Date.parse(day) - Date.parse(week)) / DAY_MS;
  return gap >= 0 && gap < 7;
}

/**
 * Whether a document in sections is a roundup: three sections whose heading names a place no heading
 * before named each tell an account of their own ("1. Salem, Ore.: An ICE officer shoots …", "Yuma. On
 * Nov. 17, …"), dated or not; or two sections under headings tell accounts on different days, each
 * of someone no section before named ("Video from Aurora ICE shooting made public", "Greeley man in ICU
 * after arrest at courthouse"). A story of one shooting in sections tells it on one day, of one
 * person; a week that holds that day ("was shot … last week") is no other day.
 */
function isSectionedRoundup(sections: readonly Section[], openers: readonly (SentenceInfo | null)[]): boolean {
  const seenPlaces = new Set<string>();
  const seenPeople: string[] = [];
  const days: DateMention[] = [];
  let placed = 0;
  let dated = 0;
  sections.forEach((section, i) => {
    const places = section.heading === null ? [] : placesOf(section.heading);
    const people = section.sentences.flatMap(peopleOf);
    const opener = openers[i];
    if (opener !== null && places.some((p) => !seenPlaces.has(p))) placed++;
    // A day or a week ("the Aurora man shot … last week"): one that holds a day told before tells no other.
    const when = opener === null || section.heading === null ? null : eventMention(opener);
    const day = when !== null && when !== undefined && (when.precision === 'day' || when.precision === 'week') ? when : null;
    if (day !== null && !days.some((d) => overlaps(d, day)) && people.some((n) => !seenPeople.some((x) => sameName(x, n)))) dated++;
    if (day !== null) days.push(day);
    for (const p of places) seenPlaces.add(p);
    seenPeople.push(...people);
  });
  return placed >= 3 || dated >= 2;
}

/**
 * A roundup in sections ("The Salinas traffic stop", "1. Salem, Ore.: …", "Yuma."): each section that
 * tells an account of its own is an incident, from its heading to the next, its witnesses' paragraphs
 * and later dates (a video "released last month") included. The account told before the first
 * heading, if any, is the primary incident; a section that tells none (the reactions, "One more
 * thing") is in no incident. A section names an in-scope actor, or the title does.
 */
function segmentsOfSections(sections: readonly Section[], openers: readonly (SentenceInfo | null)[], titleInScope: boolean): IncidentSegment[] {
  const told = sections.filter((section, i) => openers[i] !== null && (titleInScope || section.sentences.some((s) => s.scope)));
  const lede = told[0] === sections[0] ? told.shift() : undefined;
  const out: IncidentSegment[] = lede ? [Object.freeze({ localIndex: 0, primary: true, sentences: Object.freeze([...lede.sentences]) })] : [];
  told.forEach((section, i) => out.push(Object.freeze({ localIndex: i + 1, primary: false, sentences: Object.freeze([...section.sentences]) })));
  return out;
}

/** The sentences that report one incident of a document. */
export interface IncidentSegment {
  readonly localIndex: number;
  readonly primary: boolean;
  readonly sentences: readonly SentenceInfo[];
}

/**
 * Splits a document into its primary incident and the incidents it mentions in passing.
 *
 * A passing mention opens at a sentence with a passing marker ("In a separate case…", "for example")
 * that tells force, and runs to the end of its paragraph: news writing keeps an aside in one
 * paragraph; within it, a force sentence dated otherwise than the aside so far opens the next aside.
 * A sentence that counts incidents ("It was the third shooting …") opens an aside but tells none.
 * Everything else belongs to the primary incident, which exists only when one of its
 * sentences tells force in a particular event and the segment (or the title) names an in-scope actor; a policy story, a rally or a police shooting outside the scope yields none.
 */
export function segmentIncidents(sentences: readonly SentenceInfo[], titleInScope: boolean): IncidentSegment[] {
  const primary: SentenceInfo[] = [];
  const passing: SentenceInfo[][] = [];
  // "Agents shot two people in separate encounters this week. On Tuesday … On Wednesday …": the
  // first dated account is the primary incident, each account dated otherwise an incident of its own.
  const dayOf = datesOfSections(sentences);
  const sections = sectionsOf(sentences);
  // Only a document with two headings at least can be a roundup in sections.
  const openers = sections.filter((s) => s.heading !== null).length >= 2 ? openersOf(sections, dayOf) : null;
  const split = sentences.some((s) => s.splits) || isRoundup(sentences, dayOf) || (openers !== null && isSectionedRoundup(sections, openers));
  const timeOf = split ? timesOfAccounts(sentences, dayOf) : dayOf;
  // A roundup in sections ("The Salinas traffic stop", "The Cortez Street raid"): each section tells
  // one account, which runs to the next heading, its witnesses' paragraphs and later dates (a video
  // "released last month") included; a heading goes with the account below it.
  const sectioned = split && sentences.filter((s) => s.heading).length >= 2;
  if (sectioned) return segmentsOfSections(sections, openers ?? openersOf(sections, dayOf), titleInScope);
  let primaryDate: string | null = split ? ledeDay(sentences, timeOf) : null;
  let open: { paragraph: number; sentences: SentenceInfo[]; date: string | null; account: boolean; named: ReadonlySet<string> | null } | null = null;
  // A document in sections ("1. Questions grow over the Aurora ICE shooting", "2. In Charlotte, …"): an aside opened under
  // a heading runs on, up to the next heading, over paragraphs that name its own people and no one the story named before it.
  const headed = sentences.filter((s) => s.heading).length >= 2;
  // The story's opening sentence (a heading's aside).
  const lede = sentences.find((s) => !s.heading);
  // The last paragraph an aside ran in.
  let lastAside = -2;
  const firstOfParagraph = (s: SentenceInfo) => sentences.find((o) => o.paragraph === s.paragraph) ?? s;
  const following = new Map(sentences.slice(0, -1).map((s, i) => [s, sentences[i + 1]]));
  const continues = split ? accountFollowUps(sentences) : new Set<number>();
  // The people and places the sentences so far name.
  const seenNames = new Set<string>();
  // The date of the first force the story tells, in a story not split into accounts, and the people named so far.
  let storyDate: string | null = null;
  const seenPeople = new Set<string>();
  for (const s of sentences) {
    if (open?.named && s.heading) open = null;
    if (open && s.paragraph !== open.paragraph) {
      if (open.account && continues.has(s.paragraph)) open.paragraph = s.paragraph;
      else if (open.named !== null && namesAsideOnly(s, open.sentences, open.named)) open.paragraph = s.paragraph;
      else open = null;
    }
    const date = s.strong && !s.series ? timeOf(s) : null;
    // "On Oct. 4, an agent shot A. On Sept. 12, an officer shot B.": in an aside, each dated event is its own.
    const another = open !== null && date !== null && open.date !== null && date !== open.date;
    // "DHS has maintained that the officer in Tuesday's shooting fired after Villalobos Ruiz drove toward him":
    // an account of people named before, and of no place new, is no other incident.
    const namedBack = primaryDate !== null && date !== primaryDate && tellsOfNamedOnly(s, seenNames);
    const account: boolean = split && !open && date !== null && !s.splits && !s.passing && s.specific && !namedBack && (primaryDate === null || date === primaryDate || tellsForceItself(s));
    if (account && primaryDate === null) primaryDate = date;
    // "In December, the county declined to charge an agent who shot … Mateo Sandoval … in September 2025", in a
    // story of a shooting in January 2026: in a story of one incident, force dated in another year, months from
    // the story's own, and done to someone not named before, after the story has named its own people, is
    // another incident told in passing.
    const earlierCase = !split && !open && date !== null && storyDate !== null && date.slice(0, 4) !== storyDate.slice(0, 4) && monthsApart(date, storyDate) >= OTHER_CASE_MONTHS && seenPeople.size > 0 && tellsOfNewPerson(s, seenNames);
    if (!split && storyDate === null && date !== null && s.specific && !s.passing) storyDate = date;
    // "CBP today released … a written summary of a February 9 incident in which an agent discharged his firearm": the lede's
    // own incident, however it names it, is the story's.
    const asidePassing = s.passing && s !== lede;
    if ((!open && asidePassing && (s.strong || countsBeforeAnother(s, following.get(s), seenNames))) || another || (account && date !== primaryDate) || earlierCase) {
      open = { paragraph: s.paragraph, sentences: [], date: null, account, named: headed && !split && sentences.some((h) => h.heading && h.index < s.index) ? new Set(seenPeople) : null };
      passing.push(open.sentences);
      lastAside = s.paragraph;
    } else if (!open && s.passing && !s.strong && lastAside === s.paragraph - 1 && s === firstOfParagraph(s)) {
      // "In one case it cites, … ⏎ In another, CBP officers … shocked a student …": a paragraph that opens
      // another occasion right after an aside, with no force word the scans know, is no part of the story's
      // own incident either; it is set aside, in no incident.
      open = { paragraph: s.paragraph, sentences: [], date: null, account: false, named: null };
      lastAside = s.paragraph;
    } else if (open && s.paragraph === open.paragraph) {
      lastAside = s.paragraph;
    }
    if (open && open.date === null) open.date = date;
    (open ? open.sentences : primary).push(s);
    for (const n of [...peopleOf(s), ...placesOf(s)]) seenNames.add(n);
    for (const n of peopleOf(s)) seenPeople.add(n);
  }
  const inScope = (group: readonly SentenceInfo[]) => titleInScope || group.some((s) => s.scope);
  const SCOPE_REACH = 3;
  // "The subject, Ana Ruiz, 44, refused … Officers fired defensive shots.": a force sentence with
  // no name of its own tells a particular event when the sentence before it, in its paragraph, names
  // one; a force sentence opening its paragraph, when the paragraph before names one ("Today, rioters
  // attacked officers outside the facility in Broadview. … ⏎ Officers deployed pepper balls …").
  const previous = new Map(sentences.slice(1).map((s, i) => [s, sentences[i]]));
  const namedBefore = (s: SentenceInfo) => {
    const p = previous.get(s);
    if (p === undefined || s.passing || !FORCE_DONE.test(s.text)) return false;
    if (p.paragraph === s.paragraph) return p.specific && !p.passing;
    if (p.paragraph === s.paragraph - 1 && sentences.some((o) => o.paragraph === p.paragraph && o.specific && !o.passing && !o.series)) return true;
    // "Meza-Quintero … said she was driving home … ⏎ “I stopped,” she said. ⏎ She said agents pulled her
    // out …": a person named two paragraphs before, the paragraph between her own quoted words.
    return p.paragraph === s.paragraph - 1 && sentences.some((o) => o.paragraph === s.paragraph - 2 && !o.passing && !o.series && o.mentions.some((m) => m.kind === 'person'));
  };
  const tellsEvent = (s: SentenceInfo) => s.strong && (!s.series || tellsEarlierEvent(s)) && (s.specific || namedBefore(s));
  // The in-scope actor must stand near the event (within three paragraphs), or in the title or the
  // publisher: a long political story that names DHS in one place and a mass shooting in another
  // reports no use of force by DHS's officers. A filing defines its ICE officer a few paragraphs
  // before the one where "O-1 fired".
  // Where the story says an in-scope agency took no part ("no ICE officers were present"), nearby
  // words of its officers may be the rumour it answers: the actor must stand in the event's own paragraph.
  const reach = sentences.some((s) => s.denial) ? 0 : SCOPE_REACH;
  const reportsForce = (group: readonly SentenceInfo[]) => group.some((s) => tellsEvent(s) && (titleInScope || group.some((o) => o.scope && Math.abs(o.paragraph - s.paragraph) <= reach)));
  const hasPrimary = reportsForce(primary);
  // An aside that names no actor of its own shares the scope of the incident it is set beside.
  // "Earlier this month, the Ledger reported that … described Ocampo's truck as moving backward when an agent fired":
  // an aside that tells its force inside a report, and names no one but people the story's own account names, retells
  // that account, in a story of one incident ("a 2021 episode in El Paso, in which Haines … fired" is another).
  const ownNames = new Set(primary.flatMap((s) => personNames(s).flatMap((name) => name.split(/\s+/u))));
  const retellsOwn = (group: readonly SentenceInfo[]) =>
    !split && hasPrimary && REPORTED_FORCE.test(group[0].text) && group.flatMap(personNames).every((name) => ownNames.has(name.split(/\s+/u).pop() ?? '')) && group.some((s) => personNames(s).length > 0);
  const accepted = passing.filter((group) => (inScope(group) || hasPrimary) && group.some(tellsEvent) && !retellsOwn(group));
  for (const group of passing) if (!accepted.includes(group)) primary.push(...group);
  primary.sort((a, b) => a.index - b.index);
  const out: IncidentSegment[] = [];
  if (hasPrimary || reportsForce(primary)) out.push(Object.freeze({ localIndex: 0, primary: true, sentences: Object.freeze(primary) }));
  accepted.forEach((group, i) => out.push(Object.freeze({ localIndex: i + 1, primary: false, sentences: Object.freeze(group) })));
  return out;
}

/**
 * Whether a paragraph's first sentence goes on with an aside set under its own heading: it names someone the aside named
 * ("Arce's boss sees it differently."), and no one the story named before it (`before`).
 */
function namesAsideOnly(s: SentenceInfo, aside: readonly SentenceInfo[], before: ReadonlySet<string>): boolean {
  const people = peopleOf(s);
  const own = aside.flatMap(peopleOf);
  return people.some((n) => own.some((x) => sameName(x, n))) && !people.some((n) => [...before].some((x) => sameName(x, n)));
}

/**
 * "Zoom out: Federal agents have now used force in at least two North Carolina cities this month. In
 * Durham, Rafael Quintero Ibarra was shot Feb. 11 …": a count with no force word of its own opens an
 * aside when the next sentence, in its paragraph, tells force done to someone the story has not named.
 */
function countsBeforeAnother(s: SentenceInfo, next: SentenceInfo | undefined, seen: ReadonlySet<string>): boolean {
  // "Far from Colorado, a separate confrontation is drawing attention. Border Patrol agents tackled …": so does a sentence
  // that says another case is told, with no force word of its own.
  if (!(s.series || s.passing) || next === undefined || next.paragraph !== s.paragraph || !next.strong || !next.specific) return false;
  const people = peopleOf(next);
  return people.length > 0 && people.every((n) => ![...seen].some((x) => sameName(x, n)));
}

// How far apart, in months, a dated force must be from the story's own to be another case.
const OTHER_CASE_MONTHS = 2;

function monthsApart(a: string, b: string): number {
  const months = (d: string) => Number(d.slice(0, 4)) * 12 + Number(d.slice(5, 7));
  return Math.abs(months(a) - months(b));
}

/** Whether a sentence names a person, none of them named before (`seen`, by sameName). */
function tellsOfNewPerson(s: SentenceInfo, seen: ReadonlySet<string>): boolean {
  const people = peopleOf(s);
  return people.length > 0 && people.every((n) => ![...seen].some((x) => sameName(x, n)));
}

/** Whether a sentence names people, every one named before (`seen`, by sameName), and no place not named before. */
function tellsOfNamedOnly(s: SentenceInfo, seen: ReadonlySet<string>): boolean {
  const people = peopleOf(s);
  if (people.length === 0 || placesOf(s).some((p) => !seen.has(p))) return false;
  return people.every((n) => [...seen].some((x) => sameName(x, n)));
}

/** The names of the people a sentence mentions. */
function personNames(s: SentenceInfo): string[] {
  return s.mentions.flatMap((m) => (m.kind === 'person' ? [m.name] : []));
}

// A report told before the force it tells: "the Ledger reported that … when an agent fired".
const REPORTED_FORCE = /\b(?:reported|said|says|described|told|wrote|showed|found)\b[^.;]*?\b(?:shot|shoots|shooting|fired|fires|opened fire|killed|wounded|struck)\b/u;
