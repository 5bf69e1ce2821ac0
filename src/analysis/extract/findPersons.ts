import type { PersonMention } from '../../domain/analysis.js';
import type { Attribution } from '../../domain/attribution.js';
import type { FieldSource, IncidentPerson, Outcome, PersonRole } from '../../domain/incident.js';
import type { Span } from '../../lib/spans.js';
import { makeSpan } from '../../lib/spans.js';
import { loadTitles } from '../../nlp/mentions/loadTitles.js';
import { sameName as compareNames } from '../merge/foldName.js';
import { createPairMemo } from '../../lib/createPairMemo.js';
import { createNameFinder, type NameHit } from './createNameFinder.js';
import { findOutcome, isAboutSubject } from './findOutcome.js';
import { findRevisedAccounts } from './findRevisedAccounts.js';
import { findUnnamedSubject } from './findUnnamedSubject.js';
import { datelineLength } from '../../nlp/mentions/findDatelines.js';
import { isPersonName } from './isPersonName.js';
import { isWrittenAsName } from './isWrittenAsName.js';
import { pronounNamesOther } from './pronounNamesOther.js';
import type { SentenceInfo } from './describeSentences.js';
import type { ForceVocab } from './forceVocab.js';
import { loadForceVocab } from './forceVocab.js';

const CAPITAL_START = /^\p{Lu}/u;

export interface FoundPersons {
  readonly persons: readonly IncidentPerson[];
  readonly sources: readonly FieldSource[];
}

interface Group {
  name: string;
  mentions: PersonMention[];
  score: number;
  patient: boolean;
  /** Named beside "the driver", "the passenger", "the man": who the incident happened to, hit or not. */
  described: boolean;
  officer: boolean;
  defendant: boolean;
}

// Titles that make a named person an officer of the incident rather than a commentator.
// Not "public affairs officer Dana Whitcomb", "press officer", "probation officer": a spokesperson or another office.
const OFFICER_TITLE = /\b(?:(?<!\b(?:affairs|information|press|communications|loan|probation|parole|compliance|executive|financial|operating)\s)officer|agent|deputy|trooper|sergeant|sgt|lieutenant|marshal|patrolman|detective)\b/iu;
// A name written right after a force verb, or before a passive one, is the person force was used on;
// so is one set before "remains hospitalized" ("Javier Montes Quiroga, 41, a farmworker from Mexicali,
// Baja California, remains hospitalized …").
// Headlines write the present ("Agent shoots Ana Ruiz", "ICE officer kills man"), hence kills/wounds/fires.
// "The dead were identified Sunday as Oscar Velasquez, 31, and Edwin Morales, 24": each name is one it befell.
const NAMED_AS_DEAD = /\b(?:the dead|those killed|the (?:victims|dead men|dead women))\s+(?:were|have been)\s+identified\b[^.;]{0,40}?\bas\s+(?:[^.;]{0,60}?,?\s+and\s+)?$/iu;
// "The teen's mother, ", "his wife, ": a relative's noun after a possessive, set off by a comma before the name.
const KIN_APPOSED_BEFORE = /\b(?:[Hh]is|[Hh]er|[Tt]heir|\p{L}+['’]s?)\s+(?:(?:older|younger|twin|late)\s+)?(?:mother|father|sister|brother|wife|husband|aunt|uncle|cousin|grandmother|grandfather|fianc[ée]e?|partner|stepfather|stepmother|parents?)\s*,\s*$/u;
const FORCE_BEFORE = /\b(?:shot|shoot(?:s|ing)?|wounded|wounds|killed|kills|fire[sd] (?:\w+ ){0,3}?at(?: the (?:car|vehicle|truck) of)?|struck|striking|hit|hitting|restrain(?:ed|ing)?|subdu(?:e|ed|ing)|tackled|knelt on|kneeled on)\s+(?:\w+\s+){0,2}$/iu;
const FORCE_AFTER = /^(?:(?:,[^,]{0,60},|,(?:\s+who)?)?\s+(?:(?:was|were|had been|has been)\s+(?!(?:less|more|least|most|so|too|as)\s)(?:\w+\s+)?(?:shot|wounded|killed|struck|hit|restrained|tackled|pronounced dead|tased|pepper-sprayed|held at gunpoint)\b|(?:lying|lay|lies|pinned)\s+(?:face[- ]down|on the (?:ground|pavement|driveway|street|floor))\b))|(?:,(?!\s*(?:who|whose)\b)[^,]{0,60}){0,3},?\s+(?:remains|remained|was|is)\s+(?:hospitalized|in (?:critical|serious|grave) condition)\b/iu;
// A body's name of two capitalised words or more after "of the", not a place ("of the Rio Grande Valley").
const OF_BODY_AFTER = /^,?\s+of the (?:\p{Lu}[\p{L}'’.-]*\s+(?:(?:for|of|on|and)\s+)?){1,6}?(?:Network|Coalition|Alliance|Project|Center|Centre|Council|Union|Committee|Association|Institute|Foundation|Fund|Society|League|Federation|Organization|Campaign|Clinic|Services|Office|Department|Agency|Bureau)\b/u;
// "They killed him the way they killed George Floyd", "just like Floyd": someone the incident is likened to.
const LIKENED_BEFORE = /\b(?:the way|the same way|just like|like|just as|as they did (?:to|with))\s+(?:(?:they|he|she|police|officers|agents|cops)\s+)?(?:\w+\s+)?$/iu;
// "Ana Ruiz and Tom Reyes were wounded": the first of two names the passive is about.
const FORCE_AFTER_PAIR = /^\s+and\s+(?:\p{Lu}[\p{L}'’.-]*\s+){1,4}(?:were|had been|have been)\s+(?:\w+\s+)?(?:shot|wounded|killed|struck|hit)\b/u;
// "the driver, Ana Ruiz, …": a name set beside the noun an incident calls the person it happened to.
// "Among them was 29-year-old Alondra Mejía": an age right before the name, as news gives its subject's.
const DESCRIBED_BEFORE = /\b(?:(?:the|an?)\s+(?:[\w'’-]+\s+){0,2}?(?:driver|passenger|motorist|man|woman|teen|teenager|boy|girl)\s*,|\d{1,2}-year-old)\s*$/iu;
// "a second man who was detained at the scene, 41-year-old Julio Paz": a person set apart, in the words before the name, from the one told of first.
const ANOTHER_PERSON_BEFORE = /\b(?:a\s+(?:second|third)|another|the\s+other)\s+(?:[\w'’-]+\s+){0,2}?(?:man|woman|person|driver|passenger|motorist|teen|teenager|boy|girl)\b[^.;]{0,80}$/iu;
// "A complaint charges Ana Ruiz, 29, with assaulting …", "Ana Ruiz, 29, was charged with …": in a
// sentence telling the force, the person charged is the one the coverage is about, as a caption's defendant is.
const CHARGED_BEFORE = /\b(?:charg(?:es|ed|ing)|indict(?:s|ed|ing)|accus(?:es|ed|ing))\s+$/iu;
const CHARGED_AFTER = /^(?:,[^,]{0,30},)?\s+(?:was|has been|had been|is|were)\s+(?:\w+\s+)?(?:charged|indicted)\b/iu;
const OF_BEFORE = /\b(?:of|for)\s+$/u;
// "Kyle Brandt, 41, is charged with second-degree assault … in the Jan. 14 shooting of Julián Arce Montoya",
// "was indicted for shooting Ana Ruiz": the one charged over force used on another is who used it.
const FORCE_ON_ANOTHER = /^[^;]{0,160}?\b(?:in|over|for)\s+(?:the\s+)?(?:[\p{L}\d.]+\s+){0,3}?(?:shooting|killing|death|wounding|beating)\s+of\s+\p{Lu}|^[^;]{0,100}?\bfor\s+(?:shooting|killing|wounding|beating)\s+\p{Lu}/u;

/** Whether the words after a name charge its bearer over force on another person named after it. */
function chargedForForce(after: string): boolean {
  return CHARGED_AFTER.test(after) && FORCE_ON_ANOTHER.test(after);
}
const OPERATION_BEFORE = /\bOperation\s+$/u;
// "News 5's Alyssa Ortega spoke with the woman": a station's own reporter, by its channel number.
// "This is The Show on KJZZ. I'm Lauren Gilger.": a show's host introducing herself is the outlet's own too.
const PRESS_BEFORE = /(?:^|\s)(?:[Oo]ur|I['’]m|[Cc]orrespondent|CORRESPONDENT|[Rr]eporter|REPORTER|[Aa]nchor|ANCHOR|(?:News|Channel)\s+\d{1,2}['’]s|[KW][A-Z]{2,4}['’]s)\s+$/u;
const BYLINE_BEFORE = /(?:^|\n)[ \t]*(?:by|BY|By)[ \t]+$/u;
// "Marcus Ellery in Chicago, with additional reporting by Ana Lucía Sepúlveda in Phoenix": a byline line without "By".
const REPORTING_BY_BEFORE = /\b(?:[Rr]eporting|[Rr]eported)\s+by\s+$/u;
// "(Photo: Nadia Ferris/Yakima Valley Ledger)", "Photos by Nadia Ferris and Javier Solano": who took the pictures.
const PHOTO_CREDIT_BEFORE = /\b(?:[Pp]hotos?|PHOTOS?|[Pp]hotographs?|[Ii]mages?|[Vv]ideo)(?:\s+(?:by|courtesy\s+of)|:)\s+(?:(?:\p{Lu}[\p{L}.'’-]*\s+){1,3}(?:and|,)\s+)?$/u;
const DATELINED_BYLINE_AFTER = /^[ \t]+(?:in|from)[ \t]+\p{Lu}[\p{L}.'’ -]{1,30},?[ \t]+(?:with[ \t]+)?(?:additional[ \t]+)?reporting[ \t]+by\b/u;
// "The officer who shot her has been identified in court records as Jon Ross": the name is the officer's
// (not "The man shot by an agent has been identified as …": an officer after "by" is not who is named).
// Nor "the man arrested in the shooting of a federal agent was identified as …", "A man accused of
// shooting an HSI agent … identified as …": an officer who is the object of the force is not who is named.
// Nor "an ICE officer … shot a 31-year-old protester, identified by friends as Wren Halvorsen": the noun
// right before is whom the name is given to.
// "The officer, Brent Kessler, 35, turned himself in", "The agent who fired, Jon Ross, …": a name set
// beside an officer noun is the officer's.
const COMMA = 44;
// "Derek Haines, 38, a deportation officer with …,": an apposition after the name that makes an officer
// of an agency's kind (not "a loan officer", "a former police officer", "a corrections officer's wife").
const OFFICER_APPOSED_AFTER = /^,\s*(?:\d{1,3},\s*)?(?:an?|the)\s+(?:(?:deportation|immigration|federal|ICE|CBP|Border Patrol|customs|HSI|ERO|supervisory|senior|veteran|\d+-year)\s+)+(?:[\w-]+\s+){0,2}?(?:officer|agent)\b(?!['’]s)/iu;
const OFFICER_APPOSED = /\b(?:the|an?)\s+(?:[\w-]+\s+){0,3}?(?:officer|agent|deputy|trooper)(?:\s+who\s+(?:[\w-]+\s+){0,3}?[\w-]+)?\s*,\s*$/iu;
const OFFICER_NAMED_AS =
  /(?<!\b(?:by|of|shooting|shot|assaulting|attacking|stabbing|killing|wounding|injuring|striking|ramming)\s)\b(?:the|an?)\s+(?:(?!(?:of|by|in|at|on|with)\s)[\w-]+\s+){0,5}(?:officer|agent|deputy|trooper)\b[^;]{0,120}(?<!\b(?:man|woman|driver|passenger|motorist|protester|demonstrator|teen|teenager|boy|girl|person|worker|photographer|journalist|reporter|observer|bystander|student|father|mother)\s*,?\s+)\b(?:identified|named)\b[^.;]{0,30}\bas\s+$/iu;
// "The man arrested in the shooting of a federal agent has been identified as Ana Ruiz": a name given
// to a person noun is the person the incident is about, as one set beside it is (DESCRIBED_BEFORE).
// "The agency identified the driver as Luis Ortega" too, and "The two people shot … were identified Friday as A, 33, and B"
// (both A and B).
const PERSON_NAMED_AS =
  /\b(?:(?:the|an?)\s+(?:[\w-]+\s+){0,2}?(?:man|woman|driver|passenger|motorist|suspect|gunman|teen|teenager|people|men|women|pair|couple)\b[^;.]{0,120}\b(?:identified|named)\b[^.;]{0,30}\bas|(?:identified|named)\s+(?:the|an?)\s+(?:[\w-]+\s+){0,2}?(?:man|woman|driver|passenger|motorist|suspect|gunman|teen|teenager)\s+as)\s+(?:(?:\p{L}[\p{L}'’-]*\s+){0,3}\p{L}[\p{L}'’-]*(?:,\s*\d{1,3})?,?\s+and\s+)?$/iu;

// "The ICE officer who shot and killed Renata Goodwin on Wednesday is Jonah Ross": the officer who fired, then "is".
const OFFICER_WHO_FIRED_IS = /\b(?:the|an?)\s+(?:[\w-]+\s+){0,5}?(?:officer|agent|deputy|trooper)\s+who\s+(?:shot|fired|killed|opened fire)\b[^.;]{0,80}?\b(?:is|was)\s+$/iu;

/**
 * Whether the words before a name give it to an officer ("The officer who shot her has been identified
 * as …"), not to a person noun nearer the name ("The officer 'feared for his life' after the man,
 * identified by relatives as Josue Castro, reached …": the man is Castro).
 */
function namesOfficerAs(before: string): boolean {
  if (OFFICER_WHO_FIRED_IS.test(before)) return true;
  const officer = OFFICER_NAMED_AS.exec(before);
  if (officer === null) return false;
  const person = PERSON_NAMED_AS.exec(before);
  return person === null || officer.index > person.index;
}

/**
 * The people of an incident: the person (or people) force was used on, named officers, and other
 * named people the incident sentences involve. Speakers who only comment (officials, lawyers,
 * politicians) are not persons of the incident. Ages come from an apposition ("Ana Ruiz, 25,") or a
 * "the 25-year-old" in a sentence about the subject; outcome and wound from the sentences about them.
 * `defendants` are the names a criminal caption of the document charges (findCaptionDefendants).
 */
export function findPersons(
  sentences: readonly SentenceInfo[],
  text: string,
  attributions: readonly Attribution[],
  woundPhrase: (s: SentenceInfo) => { start: number; end: number } | null,
  vocab: ForceVocab = loadForceVocab(),
  defendants: readonly string[] = [],
  authors: readonly string[] = [],
  headline: { readonly start: number; readonly end: number; readonly mentions: readonly PersonMention[] } | null = null,
): FoundPersons {
  // Only speakers named as people: "attorneys for Ana Ruiz" or "partner of Ana Ruiz" is not Ana Ruiz.
  const speakers = attributions.filter((a) => a.speaker && a.speaker.role !== 'subject' && isWrittenAsName(a.speaker.name)).map((a) => a.speaker!.name);
  // A speaker's own name in a source ("Ana Ruiz said") is no person of the incident, unless the
  // speaker is the one it happened to ("The Rev. Ana Ruiz, 37, said he was praying when …").
  const sourceSpans = attributions.filter((a) => a.speaker?.role !== 'subject').map((a) => a.source).filter((s): s is NonNullable<typeof s> => s !== null);
  const groups: Group[] = [];
  // "ICE agent shoots Mario Guzmán in Houston" over a story that says only "a man": the headline
  // names the person shot. Only a name the headline gives as shot counts; others it names are left.
  for (const m of headline?.mentions ?? []) {
    if (m.title !== null || m.agencyId !== null || !isPersonName(m.name)) continue;
    const before = text.slice(Math.max(headline!.start, m.start - 60), m.start);
    const after = text.slice(m.end, Math.min(headline!.end, m.end + 90));
    if (!FORCE_BEFORE.test(before) && !FORCE_AFTER.test(after)) continue;
    if (groups.some((g) => sameName(g.name, m.name))) continue;
    groups.push({ name: m.name, mentions: [m], score: 4, patient: true, described: false, officer: false, defendant: false });
  }
  const officeHolders: string[] = [];
  // Names inside a source after "of" or "for": whom the speaker speaks for ("family of Ana Ruiz").
  const whose: PersonMention[] = [];
  // Names a speaker goes by in a source ("Carlos Ruelas, 29, … said"): the full name of one the
  // incident's sentences then call by the surname alone ("shows Ruelas lying face-down").
  const spoken: PersonMention[] = [];
  // Names of speakers left out where the text names them, outside any source.
  const talking: PersonMention[] = [];
  // The document's authors and the outlet's own journalists ("Our Tom Reyes has more", "correspondent Ana Ruiz").
  // "Dear Ms. Armendáriz:": the one a letter is addressed to is no person of the incident it answers about (stop 71).
  const addressees = [...text.matchAll(SALUTATION)].map((m) => m[1]);
  const outletPeople = [...authors, ...addressees, ...sentences.flatMap((s) => s.mentions.filter((m): m is PersonMention => m.kind === 'person' && PRESS_BEFORE.test(text.slice(Math.max(s.start, m.start - 16), m.start))).map((m) => m.name))];
  for (const s of sentences) {
    for (const m of [...s.mentions.filter((x): x is PersonMention => x.kind === 'person'), ...captionMentions(defendants, s)].sort((a, b) => a.start - b.start)) {
      if (!isPersonName(m.name)) continue;
      if (sourceSpans.some((span) => m.start >= span.start && m.end <= span.end)) {
        if (OF_BEFORE.test(text.slice(Math.max(0, m.start - 5), m.start))) whose.push(m);
        else spoken.push(m);
        continue;
      }
      if (LIKENED_BEFORE.test(text.slice(Math.max(s.start, m.start - 40), m.start))) continue;
      // "Operation Lone Star", "Operation Midway Blitz": an operation's name.
      if (OPERATION_BEFORE.test(text.slice(Math.max(s.start, m.start - 12), m.start))) continue;
      // "Fernando García of the Border Network for Human Rights said": one named by the body they speak for is its voice.
      if (OF_BODY_AFTER.test(text.slice(m.end, Math.min(s.end, m.end + 80)))) {
        officeHolders.push(m.name);
        continue;
      }
      // The reporter: a byline ("By Ana Ruiz | Feb. 10") or the document's author is no person of the incident.
      // "HOLLOWAY: Marcus, thank you.": a journalist is called by the given name too.
      // "The 2024 Rio Rico incident": a name between a year and an event's noun names a place or a case, no person (stop 71).
      if (YEAR_BEFORE.test(text.slice(Math.max(0, m.start - 6), m.start)) && EVENT_NOUN_AFTER.test(text.slice(m.end, m.end + 12))) continue;
      if (BYLINE_BEFORE.test(text.slice(Math.max(0, m.start - 12), m.start)) || REPORTING_BY_BEFORE.test(text.slice(Math.max(0, m.start - 24), m.start)) || PHOTO_CREDIT_BEFORE.test(text.slice(Math.max(0, m.start - 60), m.start)) || DATELINED_BYLINE_AFTER.test(text.slice(m.end, m.end + 80)) || outletPeople.some((a) => sameName(a, m.name) || isGivenNameOf(m.name, a))) continue;
      const officer = (m.title !== null && OFFICER_TITLE.test(m.title)) || OFFICER_TITLE.test(m.name.split(/\s+/)[0] ?? '') || namesOfficerAs(text.slice(Math.max(s.start, m.start - 240), m.start)) || (text.charCodeAt(m.start - 2) === COMMA && OFFICER_APPOSED.test(text.slice(Math.max(s.start, m.start - 60), m.start))) || OFFICER_APPOSED_AFTER.test(text.slice(m.end, Math.min(s.end, m.end + 80))) || chargedForForce(text.slice(m.end, s.end));
      // A title that holds no office ("the Rev.", "Dr.", "brother", "protester") does not keep its bearer out (vocab/titles.json honorifics, kin, person).
      if (!officer && ((m.title !== null && !loadTitles().isHonorific(m.title) && !loadTitles().isKin(m.title) && !loadTitles().isPersonNoun(m.title)) || m.agencyId !== null)) {
        officeHolders.push(m.name);
        continue;
      }
      // "acting ICE Director Raymond Holt … Holt has until Feb. 23 to respond": the surname of someone named with an office is still them.
      if (!officer && officeHolders.some((name) => sameName(name, m.name))) continue;
      const named = groups.find((x) => sameName(x.name, m.name));
      // "Tomas Ibarra … Ibarra was hit … said Marta Ibarra, his sister": a bare surname goes to the
      // person already named by it who is no speaker, not to the relative who speaks.
      // Unless set beside "the man", "the driver": "ICE said the man, Sam Okoro, 41, resisted arrest" names the one it happened to, who speaks too.
      // Not "a second man who was detained at the scene, 41-year-old Julio Paz": one set apart from the person told of first.
      const described = !ANOTHER_PERSON_BEFORE.test(text.slice(Math.max(s.start, m.start - 120), m.start)) && (DESCRIBED_BEFORE.test(text.slice(Math.max(s.start, m.start - 60), m.start)) || (!officer && PERSON_NAMED_AS.test(text.slice(Math.max(s.start, m.start - 240), m.start))));
      // "a pepper ball that struck Rev. Daniel Osei, 58, … 'I was praying,' Osei said": named as the one force was used on, a speaker is still them.
      const struck = FORCE_BEFORE.test(text.slice(Math.max(s.start, m.start - 60), m.start)) || FORCE_AFTER.test(text.slice(m.end, Math.min(s.end, m.end + 90)));
      if (!officer && !described && !struck && speakers.some((name) => sameName(name, m.name)) && !(named && !speakers.some((name) => sameName(name, named.name)))) {
        talking.push(m);
        continue;
      }
      // "The teen's mother, Yesenia Cordero, has filed a complaint": a relative set off after the one told of, with no force
      // told of her, is not whom it happened to.
      if (!officer && !struck && !named && KIN_APPOSED_BEFORE.test(text.slice(Math.max(s.start, m.start - 60), m.start))) continue;
      let g = named ?? byGivenName(groups, m.name);
      if (!g) groups.push((g = { name: m.name, mentions: [], score: 0, patient: false, described: false, officer, defendant: false }));
      if (betterName(m.name, g.name)) g.name = m.name;
      g.mentions.push(m);
      g.score += s.strong ? 2 : s.weak ? 1 : 0.5;
      const caption = officer ? undefined : defendants.find((d) => sameName(d, m.name));
      if (caption !== undefined && !g.defendant) {
        // The person a criminal case is brought against is the one the coverage is about; the
        // caption also gives the name in running case when the filing writes it in capitals.
        g.defendant = true;
        g.score += 4;
      }
      if (caption !== undefined && betterName(caption, g.name) && caption.split(/\s+/u).length >= g.name.split(/\s+/u).length) g.name = caption;
      const before = text.slice(Math.max(s.start, m.start - 60), m.start);
      const after = text.slice(m.end, Math.min(s.end, m.end + 90));
      if (!officer && !g.defendant && (s.strong || s.weak) && (CHARGED_BEFORE.test(before) || CHARGED_AFTER.test(after))) {
        g.defendant = true;
        g.score += 4;
      }
      if (FORCE_BEFORE.test(before) || FORCE_AFTER.test(after) || FORCE_AFTER_PAIR.test(after) || NAMED_AS_DEAD.test(text.slice(Math.max(s.start, m.start - 140), m.start))) {
        // Being named as the one shot says more than being named often.
        if (!g.patient) g.score += 4;
        g.patient = true;
      }
      if (!g.described && described) {
        g.score += 2;
        g.described = true;
      }
    }
  }
  // "the family of Silverio Villegas Gonzalez said …", then only "Villegas Gonzalez": the full name
  // a source gives of the one it speaks for names the person the text calls by the shorter one.
  for (const g of groups) {
    // "Keisha Lundgren-Marsh, 29, was charged … 'Keisha should never have been shot at,' said her attorney": the
    // one named in full only where she speaks, whose given name alone the text uses of the one shot at.
    const given = g.patient && !g.name.includes(' ') ? [...new Set(talking.filter((m) => isGivenNameOf(g.name, m.name)).map((m) => m.name))] : [];
    const full = g.officer ? undefined : (whose.find((m) => sameName(m.name, g.name) && betterName(m.name, g.name)) ?? (g.patient && !g.name.includes(' ') ? (spoken.find((m) => sameName(m.name, g.name) && betterName(m.name, g.name)) ?? (given.length === 1 ? talking.find((m) => m.name === given[0]) : undefined)) : undefined));
    if (full === undefined) continue;
    g.name = full.name;
    g.mentions = [...g.mentions, full].sort((a, b) => a.start - b.start);
  }
  const civilians = groups.filter((g) => !g.officer).sort((a, b) => b.score - a.score || a.mentions[0].start - b.mentions[0].start);
  const top = civilians[0];
  const persons: IncidentPerson[] = [];
  const sources: FieldSource[] = [];
  // Nobody named but officers: the person force was used on may still be told of unnamed.
  const unnamed = top ? null : findUnnamedSubject(sentences, text, vocab, woundPhrase);
  if (unnamed) {
    sources.push({ field: 'persons.0.name', span: unnamed.described });
    if (unnamed.ageSpan) sources.push({ field: 'persons.0.age', span: unnamed.ageSpan });
    if (unnamed.outcomeSpan) sources.push({ field: 'persons.0.outcome', span: unnamed.outcomeSpan });
    if (unnamed.wound) sources.push({ field: 'persons.0.injuries', span: makeSpan(text, unnamed.wound.start, unnamed.wound.end) });
    persons.push(Object.freeze({ name: null, age: unnamed.age, role: 'subject', outcome: unnamed.outcome, injuries: unnamed.wound ? text.slice(unnamed.wound.start, unnamed.wound.end) : null }));
  }
  const roleOf = (g: Group): PersonRole => (g.officer ? 'officer' : g === top || g.described || (g.patient && g.score >= top.score / 2) ? 'subject' : 'other');
  const subjects = groups.filter((g) => roleOf(g) === 'subject');
  // "ICE initially said Campos, 34, …" and then "in a corrected statement that Campos, 24, …": fields read the revised account.
  const revised = findRevisedAccounts(sentences, attributions);
  const isRevised = (at: number): boolean => revised.size > 0 && sentences.some((s) => revised.has(s.index) && s.start <= at && at < s.end);
  for (const g of groups.sort((a, b) => a.mentions[0].start - b.mentions[0].start)) {
    const role = roleOf(g);
    if (role === 'other' && g.score < 2) continue;
    const i = persons.length;
    // Any subject's: a sentence that names them, or a "she" going on about them alone; the main one's also every sentence about "the man".
    const about = sentences.filter((s, k) => g.mentions.some((m) => m.start >= s.start && m.end <= s.end) || (role === 'subject' && (continuesAbout(s, sentences[k - 1], g) || (g === top && (isAboutSubject(s, vocab) || nobodyHurt(s, sentences[k - 1]))))));
    const age = findAge(g, about, text, role === 'subject' && g === top, isRevised);
    // Of a sentence that names other subjects too, only their own part tells what befell them, and
    // what it says before it names any of them ("The dead were identified as A, 31, and B, 24").
    const own = role === 'subject' ? about.map((s) => ownPart(s, g, subjects, text)).filter((s): s is SentenceInfo => s !== null) : [];
    const shared = role === 'subject' ? about.map((s) => sharedPart(s, subjects, text)).filter((s): s is SentenceInfo => s !== null) : [];
    // "Two people were wounded …" befell every subject, whether the sentence names them or not.
    const together = role === 'subject' && subjects.length > 1 ? sentences.filter((s) => !about.includes(s) && tellsOfSeveral(s, subjects, vocab)) : [];
    const outcome = role === 'subject' ? findOutcome([...own, ...shared, ...together], vocab) : { outcome: 'unknown' as Outcome, span: null };
    const wounds = own.map((s) => woundOf(s, g, subjects.length, woundPhrase, sentences, text)).filter((w) => w !== null);
    const wound = wounds.find((w) => !isRevised(w.start)) ?? wounds[0] ?? null;
    const first = g.mentions.find((m) => m.name === g.name) ?? g.mentions[0];
    sources.push({ field: `persons.${i}.name`, span: makeSpan(text, first.start, first.end) });
    if (age.span) sources.push({ field: `persons.${i}.age`, span: age.span });
    if (outcome.span) sources.push({ field: `persons.${i}.outcome`, span: outcome.span });
    if (wound) sources.push({ field: `persons.${i}.injuries`, span: makeSpan(text, wound.start, wound.end) });
    persons.push(Object.freeze({ name: g.name, age: age.age, role, outcome: outcome.outcome, injuries: wound ? text.slice(wound.start, wound.end) : null }));
  }
  return Object.freeze({ persons: Object.freeze(persons), sources: Object.freeze(sources) });
}

const OFFICER_WOUNDED_BEFORE = /\b(?:agent|officer|deputy|trooper|guard)s?\s+(?:was|were|had been|has been|got)\s+(?:\w+ly\s+)?$/iu;

/**
 * The wound a sentence tells of `g`: one that names them, or goes on about them, tells theirs; of
 * several subjects, one that names none tells no one's for sure ("her client was shot in the arm");
 * nor does a "he" whom the subject's given name says is someone else ("Gregory Bovard, who told the
 * court that he was struck in the head", in a story of Marimar Martinez), nor one about someone it
 * says goes unnamed ("The driver, …, whose name was not released, was hit in the shoulder").
 */
function woundOf(
  s: SentenceInfo,
  g: Group,
  subjectCount: number,
  woundPhrase: (s: SentenceInfo) => { start: number; end: number } | null,
  sentences: readonly SentenceInfo[],
  text: string,
): { start: number; end: number } | null {
  const wound = woundPhrase(s);
  // "A U.S. Border Patrol agent was struck in the face by a rock …, wounding a 19-year-old man": the officer's wound.
  if (wound !== null && OFFICER_WOUNDED_BEFORE.test(text.slice(Math.max(s.start, wound.start - 60), wound.start))) return null;
  if (wound === null || g.mentions.some((m) => m.start >= s.start && m.end <= s.end) || continuesAbout(s, sentences.find((x) => x.index === s.index - 1), g)) return wound;
  return subjectCount > 1 || pronounNamesOther(text, wound.start, g.name) || UNNAMED_OTHER.test(s.text) || opensOnAnother(s, text) ? null : wound;
}

// A name and an age set off after it: "Ross, 43,".
const AGED_NAME_END = /^,\s*\d{1,3},/u;

// A short opening phrase before the sentence's subject: "Outside the plant gate,".
const OPENING_PHRASE = /^[^,]{1,40},$/u;

/**
 * "Ross, 43, suffered injuries to his arm and leg", "Outside the gate, Deacon Raymond Oyelaran, 67, …,
 * was struck in the chest": a sentence that opens on another named person, aged, tells their wound.
 */
function opensOnAnother(s: SentenceInfo, text: string): boolean {
  const first = s.mentions.find((m) => m.kind === 'person');
  if (first === undefined) return false;
  const before = text.slice(s.start, first.start).trim();
  return (before === '' || OPENING_PHRASE.test(before)) && AGED_NAME_END.test(text.slice(first.end, first.end + 8));
}

// "The driver, a 28-year-old U.S. citizen whose name was not released, was hit in the shoulder": a
// sentence about someone it says goes unnamed tells no named person's wound.
const UNNAMED_OTHER = /\b(?:whose name (?:was|has|had)(?: not|n['’]t)(?: been)? (?:released|made public|given)|who (?:was|has|had)(?: not|n['’]t)(?: been)? (?:named|identified)|(?:has|had|was)(?: not|n['’]t)(?: yet)?(?: been)? (?:publicly )?identified)\b/iu;

/**
 * An incident sentence that names none of the subjects and opens, past a dateline, on several people
 * (vocab/force.json `severalSubjects`: "Two people were wounded", "A man and a woman were taken to a hospital").
 */
function tellsOfSeveral(s: SentenceInfo, subjects: readonly Group[], vocab: ForceVocab): boolean {
  if (!(s.strong || s.weak) || subjects.some((g) => g.mentions.some((m) => m.start >= s.start && m.end <= s.end))) return false;
  return vocab.severalSubjects.exec(s.text.slice(datelineLength(s.text)))?.index === 0;
}

// "She was treated at a hospital and released.": a sentence that opens on a pronoun.
const PRONOUN_OPENS = /^\s*(?:he|she)\b/iu;

/**
 * Whether `s`, opening on "he" or "she", goes on about the person the sentence before it names
 * ("Court records identify her as Ana Ruiz, 30. She was treated at a hospital."): only when that
 * sentence names no one else and no single officer, who could be the one the pronoun means ("Federal
 * agents shot Ana Ruiz. She died at a hospital": agents are many, "she" is not one of them).
 */
function continuesAbout(s: SentenceInfo, before: SentenceInfo | undefined, g: Group): boolean {
  if (!before || before.index !== s.index - 1 || !PRONOUN_OPENS.test(s.text)) return false;
  const named = before.mentions.filter((m) => m.kind === 'person');
  if (named.length === 0 || !named.every((m) => g.mentions.some((x) => x.start === m.start))) return false;
  // "X was shot twice by a Border Patrol agent. He died …": the officer of a passive's "by" is not whom "he" goes on about.
  return !SINGLE_OFFICER.test(before.text.replace(BY_OFFICER, ''));
}

const SINGLE_OFFICER = /\b(?:officer|agent|deputy|trooper|marshal|police(?:man|woman))\b(?!s)/iu;
const BY_OFFICER = /\b(?:shot|struck|hit|wounded|killed|tased|tackled|beaten)\b(?:\s+[\w,-]+){0,5}?\s+by\s+(?:an?|the|one)\s+(?:[\w-]+\s+){0,3}?(?:officer|agent|deputy|trooper|marshal)\b/giu;

// "An agent fired at a driver. No one was hit.": what befell everyone befell the person fired at.
const NOBODY_OPENS = /^\s*(?:no one|nobody)\b/iu;

/** A sentence opening on "no one"/"nobody" right after the force sentence of its paragraph. */
function nobodyHurt(s: SentenceInfo, before: SentenceInfo | undefined): boolean {
  return before !== undefined && before.index === s.index - 1 && before.paragraph === s.paragraph && before.strong && NOBODY_OPENS.test(s.text);
}

/**
 * The part of a sentence about one of several subjects: from their name to the next other subject's
 * ("A sustained a wound to the arm, and B sustained a wound to the chest"); the whole sentence when
 * it names no other subject; nothing when it names another subject and not them.
 */
function ownPart(s: SentenceInfo, g: Group, subjects: readonly Group[], text: string): SentenceInfo | null {
  const others = subjects.filter((o) => o !== g).flatMap((o) => o.mentions).filter((m) => m.start >= s.start && m.end <= s.end);
  if (others.length === 0) return s;
  const own = g.mentions.find((m) => m.start >= s.start && m.end <= s.end);
  if (!own) return null;
  const end = Math.min(s.end, ...others.filter((m) => m.start > own.start).map((m) => m.start));
  return { ...s, start: own.start, end, text: text.slice(own.start, end) };
}

/**
 * What a sentence naming two or more subjects says before it names the first of them, which tells
 * of them all ("The dead were identified Sunday as …"); null for a sentence naming fewer.
 */
function sharedPart(s: SentenceInfo, subjects: readonly Group[], text: string): SentenceInfo | null {
  const inside = subjects.filter((g) => g.mentions.some((m) => m.start >= s.start && m.end <= s.end));
  if (inside.length < 2) return null;
  const first = Math.min(...inside.flatMap((g) => g.mentions.filter((m) => m.start >= s.start && m.end <= s.end).map((m) => m.start)));
  return first > s.start ? { ...s, end: first, text: text.slice(s.start, first) } : null;
}

/**
 * Occurrences in `s` of a caption's defendant (full name, or the surname alone as filings write it)
 * that no person mention covers: mention finding does not read a name set all in capitals.
 */
function captionMentions(defendants: readonly string[], s: SentenceInfo): PersonMention[] {
  const out: PersonMention[] = [];
  // Most documents are no filings: nothing to look for, and no closure to make per sentence.
  if (defendants.length === 0) return out;
  for (const name of defendants) {
    const words = name.split(/\s+/u);
    const forms = [name, ...(words.length > 1 ? [words[words.length - 1]] : [])].filter((f) => f.length >= 4);
    for (const form of forms) {
      // As /(?<![\p{L}'’-])FORM(?![\p{L}'’-])/giu, without compiling that regex for every filing's names.
      for (const hit of findName(form, s.text)) {
        const start = s.start + hit.index;
        const end = start + hit.text.length;
        // A surname counts only where it is written as a name (capitalised), not as a common word.
        if (!CAPITAL_START.test(hit.text) || isCovered(s, out, start, end)) continue;
        out.push(Object.freeze({ kind: 'person', start, end, text: hit.text, name: hit.text.replace(/\s+/gu, ' '), title: null, agencyId: null }));
      }
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

// sameName folds both names (Unicode normalisation, several regexes) on every call, and the same
// pairs recur through a document's mentions, speakers and captions: answers kept, by pair, at most
// 20,000 pairs (about 2 MB; kept by first name only, the pairs under each grew without end, issue 6).
const sameNames = createPairMemo(20_000, compareNames);

const YEAR_BEFORE = /\b(?:19|20)\d\d\s+$/u;
const EVENT_NOUN_AFTER = /^\s+(?:incident|shooting|case|raid|crash|killing|encounter)s?\b/iu;
const SALUTATION = /^[ \t]*Dear\s+(?:(?:Mr|Ms|Mrs|Dr|Rep|Sen|Secretary|Director|Editor|Chair(?:man|woman)?)\.?\s+)?(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,3})\s*[:,]/gmu;

function sameName(a: string, b: string): boolean {
  return sameNames.get(a, b);
}

/**
 * "Ibrahim was beaten," his lawyer said, of Ibrahim Sesay: within one document a lone given name is
 * the one person named in full with it, when exactly one is (merging across documents never does this).
 */
/** Whether `name` is one word, the first of the full name `full` ("Marcus" of "MARCUS TREVIÑO"). */
function isGivenNameOf(name: string, full: string): boolean {
  const words = full.trim().split(/\s+/u);
  return words.length > 1 && !/\s/u.test(name.trim()) && words[0].toLowerCase() === name.trim().toLowerCase();
}

function byGivenName(groups: readonly Group[], name: string): Group | undefined {
  const words = name.trim().split(/\s+/u);
  const given = words[0].toLowerCase();
  // "his son, Adrian, … Adrian Medina was treated": the full name after the given name alone is the same person.
  const fits =
    words.length === 1
      ? groups.filter((g) => /\s/u.test(g.name.trim()) && g.name.trim().split(/\s+/u)[0].toLowerCase() === given)
      : groups.filter((g) => !/\s/u.test(g.name.trim()) && g.name.trim().toLowerCase() === given && !g.officer);
  return fits.length === 1 ? fits[0] : undefined;
}

function isCovered(s: SentenceInfo, found: readonly PersonMention[], start: number, end: number): boolean {
  return s.mentions.some((m) => m.kind === 'person' && m.start < end && start < m.end) || found.some((m) => m.start < end && start < m.end);
}

// A filing's defendants are looked for in every sentence: each name's finder is kept (the last few).
const finders = new Map<string, (text: string) => NameHit[]>();

function findName(name: string, text: string): NameHit[] {
  let find = finders.get(name);
  if (!find) {
    if (finders.size >= 64) finders.clear();
    finders.set(name, (find = createNameFinder(name)));
  }
  return find(text);
}

/** A fuller name wins, but a caption in capitals ("ANA RUIZ") yields to the same name in running text. */
function betterName(candidate: string, current: string): boolean {
  const caps = (n: string) => n === n.toUpperCase();
  if (caps(candidate) !== caps(current)) return caps(current);
  return candidate.length > current.length;
}

// "She was 36 when she died", "He was 19 years old": an age said of the subject by a pronoun.
const OWN_AGE = /\b(?:[Hh]e|[Ss]he) (?:was|is) (\d{1,2})(?= when\b| years old\b| at the time\b)/u;
// "She had a 14-year-old son, Mateo": the age of a child or kin, not hers.
const KIN_AGED = /^\d{1,2}-year-old\s+(?:[\p{L}-]+\s+)?(?:son|daughter|child|children|brother|sister|nephew|niece|grandson|granddaughter|cousin|stepson|stepdaughter|sibling|friend|classmate|girlfriend|boyfriend)\b/u;

function findAge(g: Group, about: readonly SentenceInfo[], text: string, mainSubject: boolean, isRevised: (at: number) => boolean): { age: number | null; span: Span | null } {
  // An age the source's revised account gives wins over the one its first account gave.
  for (const m of [...g.mentions.filter((x) => !isRevised(x.start)), ...g.mentions.filter((x) => isRevised(x.start))]) {
    const after = /^,\s*(?:aged?\s+|then\s+)?(\d{1,3})\s*(?:,|[.;](?!\d))/u.exec(text.slice(m.end, m.end + 12)) ?? /^\s*\((\d{1,3})\)/u.exec(text.slice(m.end, m.end + 8));
    if (after) {
      const at = m.end + after[0].indexOf(after[1]);
      return { age: Number(after[1]), span: makeSpan(text, at, at + after[1].length) };
    }
  }
  if (!mainSubject) return { age: null, span: null };
  for (const s of [...about.filter((x) => !isRevised(x.start)), ...about.filter((x) => isRevised(x.start))]) {
    // "She was 36 when she died": the subject's own age, said of her.
    const own = OWN_AGE.exec(s.text);
    if (own) {
      const at = s.start + own.index + own[0].indexOf(own[1]);
      return { age: Number(own[1]), span: makeSpan(text, at, at + own[1].length) };
    }
    const hit = /\b(\d{1,2})-year-old\b/u.exec(s.text);
    if (hit && !/(?:officer|agent)/iu.test(s.text.slice(hit.index, hit.index + 40)) && !KIN_AGED.test(s.text.slice(hit.index))) {
      return { age: Number(hit[1]), span: makeSpan(text, s.start + hit.index, s.start + hit.index + hit[0].length) };
    }
  }
  return { age: null, span: null };
}
