import type { DateMention, DatePrecision } from '../../domain/analysis.js';
import { addDays } from '../../nlp/dates/dateMath.js';
import { isInside, type Range } from '../../nlp/speakers/quoteRanges.js';
import { quoteRangesOf } from './quoteRangesOf.js';
import type { SentenceInfo } from './describeSentences.js';
import { isQuestion } from './isQuestion.js';

export interface EventDate {
  readonly date: string | null;
  readonly precision: DatePrecision;
  readonly time: string | null;
  readonly dateMention: DateMention | null;
  readonly timeMention: DateMention | null;
}

const PRECISION_RANK: Readonly<Record<DatePrecision, number>> = { day: 0, week: 1, month: 2, year: 3, unknown: 4 };

// A date right after these words dates the reporting or the court case, not the event:
// "testified at a hearing Wednesday", "said Thursday", "charged on Jan. 16", "wrote in a Facebook post on Tuesday",
// "The School Board voted 5-2 Tuesday to bar …, one week after agents tackled a father", "called Thursday for
// prosecutors to drop the charge".
const LATER_EVENT = /\b(?:said|says|told|announced|released|issued|statement|accounts?|testimony|reached by|contacted|interviewed|respond|responded|comment|commented|questions|question(?:ed|ing)|grilled|hearing|testified|testifying|witness stand|the stand|deposition|trial|court|judge|lawsuit|sued|motion|filed|charged|indicted|arraign\w*|sentenc\w*|plea|pleaded|appeared|news conference|press conference|interview|updated|published|reported|wrote|posted|tweeted|post|vigil|rally|protest\w*|voted|vote|meeting|approved|adopted|sent|emailed|ruled|march(?:ed|es)?|funeral|memorial|burial|buried|gathered|mourn\w*|speak(?:s|ing)?(?: out)?|echo(?:ed|es|ing)?|reiterat\w*|repeated|defended|criticized|criticised|condemned|praised|thanked|blamed|disputed|denied|dismissed|rejected|slammed|blasted|welcomed|demanded|urged|removed|deleted|taken down|transferred|discharged|identified|called(?!\s+(?:911|police|the police|for help|an ambulance)))\b[^.]{0,30}$/iu;

// "on Thursday released new details about Wednesday night's attack": Thursday dates the release;
// "on Tuesday changed its account of …": Tuesday dates the revision; "a grand jury on Thursday
// indicted the officer": Thursday dates the indictment; "on Tuesday defended an agent who shot …" the defence;
// "on Tuesday dropped the charges against the man ICE agents shot Aug. 21": Tuesday dates the dropping;
// "on Wednesday used her weekly news briefing to demand …", "on Monday held a news conference": the briefing.
const REPORTED_AFTER = /^[\s,]*(?:writing|posting|tweeting|saying|adding|released|said|announced|told|issued|confirmed|identified|published|updated|reported|changed|revised|corrected|retracted|acknowledged|admitted|walked back|indicted|charged|convicted|acquitted|sentenced|ruled|sued|dropped|dismissed|filed|settled|withdrew|unsealed|moved to|sought|voted|reinstated|demanded|urged|asked|called on|called(?!\s+(?:911|police|the police|for help|for an ambulance|an ambulance))|described|labeled|labelled|branded|dubbed|wrote|sent|defended|criticized|criticised|condemned|praised|blamed|disputed|denied|rejected|to (?:remember|honor|honour|mourn)|used (?:her|his|its|their|a|an) (?:[\p{L}-]+ ){0,3}?(?:briefing|news conference|press conference|speech|address|remarks|appearance|interview|hearing)|held (?:a|an|her|his|its|their) (?:[\p{L}-]+ ){0,2}?(?:briefing|news conference|press conference|vigil|rally|hearing|meeting))\b/iu;
// "The next day, the Department of Homeland Security said …": a date opening a sentence whose subject then reports.
const SENTENCE_OPENING = /^\s*(?:(?:on|the|late|early|that|by)\s+)*$/iu;
const SUBJECT_REPORTED_AFTER = /^,\s+(?:the\s+|a\s+|an\s+)?(?:[\p{L}'’.-]+\s+){0,6}?(?:said|says|announced|released|issued|told|wrote|posted|responded|confirmed)\b/u;
// An opening participle phrase the date ends ("Standing on the steps of the courthouse on Thursday,").
const PARTICIPLE_OPENING = /^(?:\p{Lu}[\p{L}'’.-]*,?\s+){0,4}?[—–-]?\s*(?:\p{Lu}\p{Ll}+ing|Flanked|Surrounded|Joined)\b[^,;:"“”]*$/u;
// Its clause: a subject, words of its own up to a comma-free stretch, and a verb of announcing.
const SUBJECT_ANNOUNCED_AFTER = /^,\s+(?:[^.;:"“”,]+?\s+)?(?:said|says|announced|released|issued|told|filed|unveiled|played|demanded|called)\b/u;
const FORCE_LATER = /\b(?:days|weeks|months|hours|a day|a week|a month|two days|three days)\s+later\b/iu;
const SPAN_AFTER = /\b(?:\d+|two|three|four|five|six|several|a few|a|one)\s+(?:days?|weeks?|months?)\s+after\s+(?:she|he|they|the|his|her|their|\p{Lu}[\p{L}'’-]+)\b/u;
const DIED_BEFORE = /\b(?:died|dies|passed away|succumbed)\b[^.]{0,25}$/iu;
const DISCHARGED_BEFORE = /\b(?:discharged|released from (?:the |a )?(?:hospital|medical center))\b[^.]{0,60}$/iu;
const EVENT_AFTER = /^\s*(?:['’]s\s+)?(?:fatal\s+)?(?:shooting|killing|raid|traffic stop|incident|encounter|confrontation|arrest|operation|immigration raid|enforcement operation)\b/iu;

/** Whether a date of the sentence names the event it precedes ("the June 26 operation", "an April 14 arrest"). */
function namesEventByDay(s: SentenceInfo, text: string): boolean {
  // "hospitalized after last week's immigration raid": a week or a month names the event too (stop 71).
  return s.mentions.some(
    (m) =>
      m.kind === 'date' &&
      m.date !== null &&
      (m.precision === 'day'
        ? EVENT_AFTER.test(text.slice(m.end, m.end + 30)) || WHAT_HAPPENED_BEFORE.test(text.slice(s.start, m.start)) || closesEventPhrase(text.slice(Math.max(s.start, m.start - 140), m.start))
        : (m.precision === 'week' || m.precision === 'month') && EVENT_AFTER.test(text.slice(m.end, m.end + 30))),
  );
}

// "reviewing a fatal vehicle crash … in Arroyo Seco County, Texas, on the night of", "executed a federal criminal search
// warrant": the event's noun (or an operation carried out), then its place, and the day closing the phrase (stop 71).
const EVENT_PHRASE_BEFORE =
  /\b(?:crash|collision|pursuit|chase|shooting|incident|encounter|event|raid|arrest|(?:(?:executed|served|conducted|carried out)\s+(?:an?\s+|the\s+)?(?:[\p{L}-]+\s+){0,3}?(?:warrant|operation|raid)))\b(?:[^.;:"“”]|(?<=\b\p{Lu})\.){0,110}?(?:\b(?:on|in)\s+(?:the\s+(?:night|morning|afternoon|evening)\s+of\s+)?)?$/iu;

// "the arrest of Ernesto Ybarra Luján": the event of a person the story names.
const EVENT_OF_NAMED = /^(?:shooting|killing|arrest|crash|detention|encounter)\s+of\s+\p{Lu}/u;

/**
 * Whether `before` (the words before a day) ends on the event's own phrase, no report or later act between; with
 * `named`, only the event of a person named ("the arrest of Ernesto Ybarra …"), not "a shooting on July 11, 2025".
 */
function closesEventPhrase(before: string, named = false): boolean {
  const m = EVENT_PHRASE_BEFORE.exec(before);
  return m !== null && !LATER_EVENT.test(m[0]) && (!named || EVENT_OF_NAMED.test(m[0]));
}
const WHAT_HAPPENED = /\bwhat happened\b/iu;
// "What happened next, on the morning of Tuesday, March 10, is …": the day of what happened.
const WHAT_HAPPENED_BEFORE = /\bwhat happened\b(?: next| then| that day)?[^.;]{0,30}$/iu;
const EVENT_WORD = /\b(?:shot|shoot\w*|fired|fire|wounded|killed|struck|incident|encounter(?:ed|s)?|attack|stop|confrontation)\b/giu;

/** Characters between a date mention and the nearest event word of its sentence. */
function distanceToEvent(s: SentenceInfo, m: DateMention): number {
  let best = Number.MAX_SAFE_INTEGER;
  for (const hit of s.text.matchAll(EVENT_WORD)) {
    const at = s.start + hit.index;
    const d = at >= m.end ? at - m.end : m.start >= at + hit[0].length ? m.start - at - hit[0].length : 0;
    best = Math.min(best, d);
  }
  return best;
}

/**
 * The event's date: a date mention in a sentence that tells the incident (force words first), not
 * after the publication date, not one that dates a statement or a hearing, the narration's before
 * one inside quotation marks; the most precise wins,
 * then the one closest to an incident word, then the earliest. The time comes with it, or from the
 * nearest time of day stated in an incident sentence.
 */
export function findEventDate(sentences: readonly SentenceInfo[], text: string, anchor: string | null): EventDate {
  const told = whenClauseDate(sentences, text);
  if (told) return Object.freeze({ date: told.date, precision: told.precision, time: null, dateMention: told, timeMention: null });
  const candidates: { m: DateMention; key: number[] }[] = [];
  const timed: { m: DateMention; key: number[] }[] = [];
  const stale: { m: DateMention; key: number[] }[] = [];
  const period = retrospectivePeriod(sentences, text, anchor);
  let quotes: readonly Range[] | null = null;
  let strongSeen = 0;
  // "An officer fired two rounds days later": force told as later than what the weaker sentences set, with no day of its own.
  const forceLater = sentences.some((t) => t.strong && FORCE_LATER.test(t.text) && !t.mentions.some((m) => m.kind === 'date' && m.date !== null));
  const history = underHistoryHeading(sentences);
  for (const [i, s] of sentences.entries()) {
    if (s.strong) strongSeen++;
    if (forceLater && !s.strong) continue;
    // "Does the Department intend to review the January 2026 shooting in Yuma …?": a question tells no day (stop 71).
    if (isQuestion(s)) continue;
    // "Criminal and immigration history ⏎ In November 2025, the New York Police Department arrested him for petit
    // larceny": an arrest the record lists is the person's past, not the event.
    if (!s.strong && history.has(s)) continue;
    // "Sept. 12 — Franklin Park" over "An ICE officer shot …": a timeline's heading dates the account below it,
    // told in its section ("January 14, 2026 — Charlotte, N.C. ⏎ ICE officers arrested … An officer fired a Taser …").
    const heads = s.heading && headsForce(sentences, i);
    // "an investigation into the June 26 operation": a sentence that names the event by its day dates it, whatever else it tells.
    if (!s.strong && !s.weak && !heads && !namesEventByDay(s, text)) continue;
    for (const told of s.mentions) {
      if (told.kind !== 'date') continue;
      // "A year ago Monday, two bullets fired by an ICE officer had torn through it": that weekday a year back.
      const ago = told.date !== null ? YEARS_AGO_BEFORE.exec(text.slice(Math.max(s.start, told.start - 20), told.start)) : null;
      const m: DateMention = ago ? { ...told, date: yearsBefore(told.date!, ago[1].toLowerCase() === 'two' ? 2 : 1) } : told;
      // "NOGALES, Arizona, Jan 21 (Reuters) -": the day the story was filed, never the event's.
      if (DATELINE_BEFORE.test(text.slice(Math.max(0, m.start - 60), m.start)) && DATELINE_AFTER.test(text.slice(m.end, m.end + 30))) continue;
      // "UPDATE, Saturday 11:15 a.m.:", "8:42 p.m. ET" opening a live blog's entry, "the 8:12 p.m. entry": when it was
      // written, which dates the event only when nothing else does.
      const stamp = isStamp(text, m);
      // "in the March shooting", "Saturday's raid": a date that names the event dates it, whatever precedes.
      const names = EVENT_AFTER.test(text.slice(m.end, m.end + 30));
      const later = stamp || (!names && datesLaterEvent(text, s, m)) ? 1 : 0;
      // "Everybody shoots on New Year's", a neighbour said: a date in someone's words comes after the narration's.
      const quoted = isInside((quotes ??= quoteRangesOf(text)), m.start) ? 1 : 0;
      // "died Sunday, six days after he was shot … on Sept. 8": the death comes after the event the sentence dates too
      // (an earlier date; not "died April 14, …, according to the autopsy report released Tuesday").
      // So does a death its sentence tells alone ("Arce died at a hospital on June 6"), in a story that tells the force elsewhere.
      const died = !names && !later && m.date !== null && DIED_BEFORE.test(text.slice(Math.max(s.start, m.start - 40), m.start)) && (s.mentions.some((o) => o !== told && o.kind === 'date' && o.date !== null && o.date < m.date!) || diedAlone(s, sentences)) ? 1 : 0;
      // "He was discharged from … Hospital on Monday, six days after an ICE officer shot him … on Feb. 10": so does a discharge.
      const discharged = !names && !later && m.date !== null && DISCHARGED_BEFORE.test(text.slice(Math.max(s.start, m.start - 60), m.start)) && s.mentions.some((o) => o !== told && o.kind === 'date' && o.date !== null && o.date < m.date!) ? 1 : 0;
      const after = later || died || discharged;
      const key = [after, quoted, s.strong ? 0 : 1, distanceToEvent(s, m), m.start];
      const lead = text.slice(Math.max(s.start, m.start - 45), m.start);
      if (m.time && !stamp && !RESPONSE_BEFORE.test(lead) && !REPORTED_AT.test(lead) && !DEATH_AT.test(text.slice(Math.max(s.start, m.start - 80), m.start))) timed.push({ m: withMeridiem(m, s, sentences), key });
      if (m.date === null || (anchor && m.date > anchor)) continue;
      // News reports recent events; a date months before publication in an incident sentence is more
      // often an earlier case ("a shooting on July 11 last year") than the event: no date beats a wrong one.
      // Unless the story's opening puts the event in that past ("shot … last year", "in 2025"): a
      // report, a ruling or a settlement on an old case; then its dates come before the news peg's.
      const within = period !== null && m.date.startsWith(period) ? 0 : 1;
      // A section's heading ("Phoenix, Sept. 27" over its account) dates that account whatever its age.
      // So does a day the opening's force sentences give the event with no other date before it ("died
      // after ICE officers restrained him in Burien on March 8", of an inquest in November): news
      // telling an old case first tells it by its day, with no year when the year is the one it is
      // written in ("shot a man in Yakima on Feb. 2, 2026" in a story of August is another case).
      const opening = s.strong && strongSeen <= OPENING_SENTENCES && m.precision === 'day' && !after && candidates.length === 0 && !FOUR_DIGITS.test(m.text);
      // "shot … a year ago this week" (findDates reads the year back): an anniversary story's own event, however old.
      const counted = ago !== null || YEARS_AGO_IN.test(m.text);
      // "regarding the arrest of Ernesto Ybarra Luján by ICE officers in Tucson, Arizona, on September 18, 2025": a day
      // that closes the event's own phrase dates it, however old (stop 71).
      const phrased = m.precision === 'day' && !after && closesEventPhrase(text.slice(Math.max(s.start, m.start - 140), m.start), true);
      if (anchor && within && !heads && !counted && !opening && !phrased && daysBetween(m.date, anchor) > STALE_DAYS) {
        // "… on the night of Saturday, June 22, 2024, when a CBP Ford Expedition … hit him", in a story of the
        // settlement announced Friday: kept for when nothing but later events is dated.
        // Only the opening's (the lede and the paragraph after it): "a shooting on July 11, 2025" told further on is another case.
        if (s.strong && strongSeen <= OPENING_SENTENCES && s.paragraph <= sentences[0].paragraph + 1 && m.precision === 'day' && !after && !quoted) stale.push({ m, key: [0, m.start] });
        continue;
      }
      candidates.push({ m, key: [period ? within : 0, after, quoted, PRECISION_RANK[m.precision], ...key.slice(2)] });
      // "on Thursday called the arrest …, a day after officers used a Taser on him": the event's day, counted back.
      // Not when the sentence gives the event's own date too ("died Sunday, six days after he was shot … on Sept. 8").
      const back = s.strong && later && m.precision === 'day' && !s.mentions.some((o) => o !== told && o.kind === 'date') ? daysBack(text.slice(m.end, s.end)) : 0;
      if (back > 0) candidates.push({ m: { ...m, date: addDays(m.date, -back) }, key: [period ? within : 0, 0, quoted, PRECISION_RANK[m.precision], ...key.slice(2)] });
    }
  }
  // "On the morning of March 3, Rafael went to do his laundry. … By 7:45 a.m. he was lying on the asphalt with a bullet
  // wound in his back": a force sentence that gives only a time of day takes the day its paragraph opened on (stop 71).
  // Ranked after any day a force sentence gives itself (the largest distance to an event word).
  for (const [i, s] of sentences.entries()) {
    if (!(s.strong || s.weak) || !s.mentions.some((m) => m.kind === 'date' && m.time !== null && m.date === null)) continue;
    const day = paragraphDay(sentences, i, text);
    if (day && (!anchor || day.date! <= anchor) && !candidates.some((c) => c.m === day)) candidates.push({ m: day, key: [period !== null && !day.date!.startsWith(period) ? 1 : 0, 0, 0, PRECISION_RANK[day.precision], s.strong ? 0 : 1, Number.MAX_SAFE_INTEGER, day.start] });
  }
  // Dates only of what came after (a statement the next day) yield to a date that sets the scene.
  const onlyAfter = candidates.length > 0 && candidates.every((c) => c.key[1] === 1);
  const scenes = candidates.length && !onlyAfter ? [] : sceneDates(sentences, anchor);
  const arrests = onlyAfter && !scenes.length ? arrestDates(sentences, anchor, text) : scenes;
  // Every date of the force's sentences dates what came after, and the one day a force sentence gives is old: that day.
  const scene = onlyAfter && !arrests.length ? stale.slice(0, 1) : arrests;
  // "A federal jury on Thursday acquitted …": when every date dates a court's act (and nothing sets the
  // scene), the story dates the case, not the force: no date beats the verdict's day.
  const courtOnly = onlyAfter && !scene.length && candidates.every((c) => datesCourtAct(text, c.m));
  const coarse = courtOnly ? null : pick(candidates.length && !(onlyAfter && scene.length) ? candidates : scene);
  // "All times are on Wednesday, Jan. 14, unless noted": a timeline's own day for the times its entries give.
  const convention = conventionDay(sentences, anchor);
  const best = convention ??
    (coarse && (coarse.precision === 'month' || coarse.precision === 'week')
      ? (dayWithin(sentences, text, coarse) ?? coarse)
      : coarse?.precision === 'year'
        ? (dayWithin(sentences, text, coarse, ARREST_SCENE) ?? coarse)
        : ((coarse && periodBeforeDay(sentences, text, coarse, candidates)) ?? coarse));
  const timeMention = best?.time ? best : (pick(timed.filter((t) => !best || t.m.date === null || t.m.date === best.date)) ?? (best ? sameDayTime(sentences, text, best) : null));
  return Object.freeze({
    date: best?.date ?? null,
    precision: best ? best.precision : 'unknown',
    time: timeMention?.time ?? null,
    dateMention: best ?? null,
    timeMention: timeMention ?? null,
  });
}

/** The first day-precise date of a sentence before the `i`th in its paragraph that dates no later act. */
function paragraphDay(sentences: readonly SentenceInfo[], i: number, text: string): DateMention | null {
  for (let j = i - 1; j >= 0 && sentences[j].paragraph === sentences[i].paragraph; j--) {
    const s = sentences[j];
    const day = s.mentions.find((m): m is DateMention => m.kind === 'date' && m.date !== null && m.precision === 'day' && !datesLaterEvent(text, s, m));
    if (day) return day;
  }
  return null;
}

// A heading over a person's past: "Criminal and immigration history", "Background", "Prior arrests".
const HISTORY_HEADING = /\b(?:history|background|record|prior\s+(?:arrests?|convictions?))\b/iu;

/** The sentences of the sections a history heading heads, up to the next heading. */
function underHistoryHeading(sentences: readonly SentenceInfo[]): Set<SentenceInfo> {
  const out = new Set<SentenceInfo>();
  let inside = false;
  for (const s of sentences) {
    if (s.heading) inside = HISTORY_HEADING.test(s.text);
    else if (inside) out.add(s);
  }
  return out;
}

// A court's act or a step of a trial, within the words around a date: "A federal jury on Thursday acquitted", "sentenced Monday".
const COURT_ACT_BEFORE = /\b(?:jury|jurors|judge|court|trial|verdict|sentencing|hearing)\b[^.;]{0,25}$/iu;
const COURT_ACT_AFTER = /^[\s,]*(?:acquitted|convicted|sentenced|found (?:him|her|them) (?:not )?guilty|returned (?:a|its) verdict|indicted|ruled|dismissed|declared a mistrial)\b/iu;

/** Whether a date dates a court's act or a step of a trial ("A federal jury on Thursday acquitted …"). */
function datesCourtAct(text: string, m: DateMention): boolean {
  return COURT_ACT_BEFORE.test(text.slice(Math.max(0, m.start - 40), m.start)) || COURT_ACT_AFTER.test(text.slice(m.end, m.end + 40));
}

// "… since 2012, when an agent fired through the fence": the date right before a "when" clause.
const BEFORE_WHEN = /^\s*,\s+when\s/iu;

/**
 * "Friday's shooting is the first … since 2012, when an agent fired through the fence and killed a
 * 16-year-old": an account opened by a count that tells the earlier event in its "when" clause is
 * dated by the date the clause hangs on, however old; "Friday's" is the count's, the story's own.
 */
function whenClauseDate(sentences: readonly SentenceInfo[], text: string): DateMention | null {
  const first = sentences[0];
  if (!first?.series) return null;
  return first.mentions.find((m): m is DateMention => m.kind === 'date' && m.date !== null && BEFORE_WHEN.test(text.slice(m.end, m.end + 12))) ?? null;
}

const DAYS_AFTER = /\b(a|one|two|three|four|five|six|\d)\s+days?\s+after\b/iu;
const NUMBER_WORDS: Readonly<Record<string, number>> = { a: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6 };

/** How many days before the date the words after it put the event ("…, a day after agents shot him": 1); 0 when they do not. */
function daysBack(after: string): number {
  const m = DAYS_AFTER.exec(after);
  if (!m) return 0;
  const word = m[1].toLowerCase();
  return NUMBER_WORDS[word] ?? Number(word);
}

/** Whether the date mention dates a statement, a hearing or another event after the incident, as its words around it tell. */
// "who was shot in the leg … at a checkpoint north of Yuma in ": a relative clause telling force, the date closing it.
// "a Tucson man shot by a Border Patrol agent in February called Thursday for …": the same clause reduced, a participle and "by".
const RELATIVE_FORCE_BEFORE = /\b(?:(?:who|that|which)\s+(?:(?:was|were|had been)\s+(?:shot|wounded|killed|struck|hit|tased)|[^,;]{0,40}?\b(?:fired|shot|killed|wounded))|(?:man|woman|teen|teenager|boy|girl|father|mother|driver|worker|student|resident|person)\s+(?:shot|wounded|killed|tased|struck|hit)\s+by)\b[^,;]*$/iu;

function datesLaterEvent(text: string, s: SentenceInfo, m: DateMention): boolean {
  return (
    // "filled the lot … on Friday night, … two weeks after she was struck": the day of what came weeks after.
    SPAN_AFTER.test(text.slice(m.end, s.end)) ||
    LATER_EVENT.test(text.slice(Math.max(s.start, m.start - 60), m.start)) ||
    // Not a date that closes a relative clause of the force: "a 22-year-old who was shot … north of Yuma in November, filed a claim".
    (!RELATIVE_FORCE_BEFORE.test(text.slice(s.start, m.start)) &&
      (REPORTED_AFTER.test(text.slice(m.end, m.end + 30)) || (SENTENCE_OPENING.test(text.slice(s.start, m.start)) && SUBJECT_REPORTED_AFTER.test(text.slice(m.end, m.end + 80))))) ||
    // "Standing on the steps of the courthouse on Thursday, lawyers for a boy who was pepper-sprayed … announced a lawsuit".
    (PARTICIPLE_OPENING.test(text.slice(s.start, m.start)) && SUBJECT_ANNOUNCED_AFTER.test(text.slice(m.end, m.end + 200)))
  );
}

/**
 * "… pepper-sprayed by agents … last November" in the lede, then "was filming agents … on Nov. 17
 * when an agent ordered him to back up": a day the incident's sentences give, within the month (or
 * week) that dated it, dates it more precisely; not a day that dates a statement, a hearing or a
 * vigil, nor one inside quotation marks. The earliest such day.
 */
function dayWithin(sentences: readonly SentenceInfo[], text: string, coarse: DateMention, scene: RegExp | null = null): DateMention | null {
  if (coarse.date === null) return null;
  // A year ("last spring", "in 2024") holds many days: only one in a sentence of the arrest or its officers refines it.
  const period = coarse.precision === 'year' ? coarse.date.slice(0, 4) : coarse.date.slice(0, 7);
  let found: DateMention | null = null;
  for (const s of sentences) {
    if (scene && !scene.test(s.text)) continue;
    // "She said she had given a copy to prosecutors on Monday": a sentence that tells no force, nor of
    // officers or an arrest, nor "what happened", dates something else.
    if (!scene && !s.strong && !s.weak && !ARREST_SCENE.test(s.text) && !WHAT_HAPPENED.test(s.text)) continue;
    for (const m of s.mentions) {
      if (m.kind !== 'date' || m.precision !== 'day' || m.date === null || !m.date.startsWith(period)) continue;
      if (coarse.precision === 'week' && Math.abs(daysBetween(m.date, coarse.date)) > 6) continue;
      if (datesLaterEvent(text, s, m)) continue;
      // "had received neither as of Tuesday", "since Monday": where a span ends or begins.
      if (SPAN_FROM.test(text.slice(Math.max(s.start, m.start - 40), m.start))) continue;
      if (DIED_BEFORE.test(text.slice(Math.max(s.start, m.start - 40), m.start))) continue;
      // "“The government's theory was thin last week, and it's thinner today,” she said": a day in someone's words is when they spoke.
      if (isInside(quoteRangesOf(text), m.start)) continue;
      if (!found || m.date < found.date!) found = m;
    }
  }
  return found;
}

/**
 * "More than 200 people crowded into the council chambers Tuesday night, … a day laborer who was shocked
 * with a Taser … last week", then "Montalvo was detained on the morning of Thursday, April 30": a day
 * whose own sentence puts the incident in an earlier week or month is the day of something after it
 * (a hearing, a meeting), when a day within that period, told elsewhere and dating nothing later,
 * agrees with it. That day, else none.
 */
function periodBeforeDay(sentences: readonly SentenceInfo[], text: string, day: DateMention, candidates: readonly { m: DateMention; key: number[] }[]): DateMention | null {
  if (day.precision !== 'day' || day.date === null) return null;
  const s = sentences.find((t) => t.start <= day.start && day.start < t.end);
  if (!s) return null;
  for (const c of candidates) {
    const m = c.m;
    if (m.start < s.start || m.start >= s.end || m.date === null || (m.precision !== 'week' && m.precision !== 'month') || c.key[1] !== 0) continue;
    const earlier = m.precision === 'month' ? m.date.slice(0, 7) < day.date.slice(0, 7) : daysBetween(m.date, day.date) > 6;
    if (!earlier) continue;
    const within = dayWithin(sentences, text, m);
    if (within && within !== day) return within;
  }
  return null;
}

// Force told in a sentence: the death told in another comes after it.
const FORCE_TOLD = /\b(?:shot|shoot\w*|fired|opened fire|tased|beaten|struck|hit|tackled|pepper[- ]sprayed)\b/iu;

/** A death its sentence tells with no force ("died at a hospital on June 6"), where another sentence tells the force, not one at the scene. */
function diedAlone(s: SentenceInfo, sentences: readonly SentenceInfo[]): boolean {
  // "died at the scene" is the day of the force.
  return !FORCE_TOLD.test(s.text) && !/\b(?:at the scene|on the spot|instantly)\b/iu.test(s.text) && sentences.some((t) => t !== s && t.strong && FORCE_TOLD.test(t.text));
}

const SCENE_REACH = 3;
// How much further an opening paragraph's date reaches: into the paragraph after it.
const OPENING_EXTRA_REACH = 3;
// A filing's paragraph number standing as a sentence of its own: "3.".
const NUMBER_ONLY = /^\s*\d{1,3}\.\s*$/u;
const PRONOUN_OBJECT = /\b(?:him|her|them)\b/iu;

/**
 * "On October 4, 2025, at approximately 9:45 a.m., Border Patrol agents were conducting operations in
 * Brighton Park. … Agent A stated that he fired his weapon": when no sentence that tells the incident
 * is dated, a date in a sentence naming an in-scope actor that sets the scene for it, in its
 * paragraph and at most SCENE_REACH sentences before it, dates it (a filing's numbered paragraph, a
 * story's scene-setting opening); so does the lede's, for force told in the paragraph after it.
 * Never one after the publication date or months before it.
 */
function sceneDates(sentences: readonly SentenceInfo[], anchor: string | null): { m: DateMention; key: number[] }[] {
  const found: { m: DateMention; key: number[] }[] = [];
  const numbered = sentences.filter((t) => NUMBER_ONLY.test(t.text)).length >= 3;
  for (const [i, s] of sentences.entries()) {
    if (s.strong || s.weak) continue;
    // The lede sets the scene too, for the force its next paragraph tells: "Ana Ruiz says she was
    // driving her son to school when two unmarked SUVs boxed in her car on Oct. 21. ⏎ Within seconds, …".
    // Only a lede that names someone the force then befalls, by a pronoun ("pulled her out").
    // Any sentence of the opening paragraph ("I have lived on Alder Street for 31 years. On the morning of
    // May 12, I was watering my roses when two unmarked SUVs boxed in my neighbor Ramón Tellez's pickup").
    const lede = s.paragraph === sentences[0].paragraph && s.mentions.some((m) => m.kind === 'person');
    if (!s.scope && !lede) continue;
    const next = (t: SentenceInfo) => lede && t.paragraph === s.paragraph + 1 && PRONOUN_OBJECT.test(t.text) && !t.mentions.some((m) => m.kind === 'person');
    // A filing numbers its paragraphs ("2. On January 30, … ⏎ 3. According to … ⏎ 4. … fired two rounds"):
    // its next numbered paragraphs go on with the scene its date set.
    // A release's opening paragraph ("On Wednesday, February 18, 2026, at approximately 4:40 p.m., … agents
    // observed a gray Honda Accord …. Agents followed the vehicle …") sets the scene for the force its next
    // paragraph tells ("… the agent discharged his service-issued firearm").
    // Only when an encounter is told on the way (a stop, a pursuit, an approach: a weak sentence after the date's):
    // "On Monday, Border Patrol agents patrolled the park. ⏎ An agent fired his weapon." dates nothing.
    const opening = s.paragraph === sentences[0].paragraph && s.mentions.some((m) => m.kind === 'date' && m.precision === 'day') && sentences.slice(i + 1).some((t) => t.paragraph <= s.paragraph + 1 && t.weak && !t.strong);
    const reach = numbered ? sentences.slice(i + 1).filter((t) => !NUMBER_ONLY.test(t.text)).slice(0, SCENE_REACH) : sentences.slice(i + 1, i + 1 + SCENE_REACH + (opening ? OPENING_EXTRA_REACH : 0));
    const sets = reach.some((t) => (t.paragraph === s.paragraph || next(t) || numbered || (opening && t.paragraph === s.paragraph + 1)) && t.strong);
    if (!sets) continue;
    for (const m of s.mentions) {
      if (m.kind !== 'date' || m.date === null || (anchor && (m.date > anchor || daysBetween(m.date, anchor) > STALE_DAYS))) continue;
      found.push({ m, key: [PRECISION_RANK[m.precision], m.start] });
    }
  }
  return found;
}

// "officers arrived at Quiroga's building … on Wednesday, April 9, 2025", "in the arrest of Kwame Asante-Boateng … on
// Tuesday, Nov. 19, 2024": a sentence of the arrest or of the officers who came, which may give the day a year holds.
const ARREST_SCENE = /\b(?:officers?|agents?|deput(?:y|ies)|troopers?|arrest(?:ed)?|detained)\b/iu;

// "The man, Oleksandr Petrenko, 38, … was arrested on the morning of Thursday, Sept. 11, 2025": the arrest told of the person.
const ARREST_TOLD = /\b(?:was|were|had been)\s+(?:arrested|detained|taken into custody)\b/iu;

/**
 * "Body-camera footage released Tuesday … shows an officer firing a Taser into the back of a man", then
 * "The man … was arrested on the morning of Thursday, Sept. 11, 2025": when every sentence telling the
 * force dates only what came after it, a day given to the arrest dates it (within a scene's age limit).
 */
function arrestDates(sentences: readonly SentenceInfo[], anchor: string | null, text: string): { m: DateMention; key: number[] }[] {
  const found: { m: DateMention; key: number[] }[] = [];
  for (const s of sentences) {
    if (!ARREST_TOLD.test(s.text)) continue;
    for (const m of s.mentions) {
      if (m.kind !== 'date' || m.date === null || m.precision !== 'day' || (anchor && (m.date > anchor || daysBetween(m.date, anchor) > STALE_DAYS))) continue;
      // "In an updated statement Monday, the agency said 106 people were arrested in total": the day of the statement (stop 71).
      if (datesLaterEvent(text, s, m)) continue;
      found.push({ m, key: [0, m.start] });
    }
  }
  return found;
}

const STALE_DAYS = 150;
const YEARS_AGO_BEFORE = /\b(a|one|two) years? ago\s+$/iu;
const QUOTATION_MARK = /["“”]/u;
const YEARS_AGO_IN = /\b(?:a|one|two) years? ago\b/iu;

/** The same day `years` years before (Feb. 29 falls to Feb. 28). */
function yearsBefore(date: string, years: number): string {
  const year = Number(date.slice(0, 4)) - years;
  const day = date.slice(5) === '02-29' ? '02-28' : date.slice(5);
  return `${year}-${day}`;
}
// A dateline's place in capitals, perhaps its state, opening the paragraph; then its agency or dash.
const DATELINE_BEFORE = /(?:^|\n)[ \t]*[A-Z][A-Z .'’-]+,(?:[ \t]+[A-Z][\w.]*(?:[ \t]+[A-Z][\w.]*)?,)?[ \t]*$/u;
const DATELINE_AFTER = /^[ \t]*(?:\([^()\n]{1,30}\)[ \t]*)?[-—–]/u;
const OPENING_SENTENCES = 2;
const FOUR_DIGITS = /\b\d{4}\b/u;
// "the fourth shooting since 2025": a period a count runs from does not date the event.
const SINCE_CLAUSE = /\bsince\s+(?:the\s+)?[\p{L}-]+(?:\s+[\p{L}'’-]+)*\s+$/iu;
const SPAN_FROM = /\b(?:since|from|until|through|as of|before|after)\s+(?:the\s+(?:start|end|beginning)\s+of\s+)?$/iu;

/**
 * The past year or month ("2025", "2025-03") the opening's incident sentences (headline and lede)
 * place the event in, when that is more than STALE_DAYS before publication: "the shooting of a man
 * by an ICE officer during a traffic stop in 2025, according to court records filed Monday".
 */
function retrospectivePeriod(sentences: readonly SentenceInfo[], text: string, anchor: string | null): string | null {
  if (!anchor) return null;
  let seen = 0;
  for (const s of sentences) {
    if (!s.strong) continue;
    if (seen++ === OPENING_SENTENCES) break;
    for (const m of s.mentions) {
      if (m.kind !== 'date' || m.date === null) continue;
      // A day written with its year ("arising from the shooting of … on October 4, 2025") in the first
      // sentence that tells of force places the event in the past as surely: news gives no year to a
      // day of the last months. (Further on, "after a shooting on July 11, 2025" may be another.)
      const yearDay = seen === 1 && m.precision === 'day' && FOUR_DIGITS.test(m.text);
      if (m.precision !== 'year' && m.precision !== 'month' && !yearDay) continue;
      // "had been deported once, more than ten years ago, … “breaking a man's wrist”": a sentence with a
      // quotation and no word of an event, whose force the quotation tells, places no event in that year.
      if (distanceToEvent(s, m) === Number.MAX_SAFE_INTEGER && QUOTATION_MARK.test(s.text)) continue;
      // "The agent who shot a woman in October had been suspended in 2024": another date of the
      // sentence stands nearer its shooting, so the year dates something else.
      // (Not a date of the telling: "who shot a driver in March testified Tuesday that he fired".)
      if (s.mentions.some((o) => o !== m && o.kind === 'date' && o.date !== null && !LATER_EVENT.test(text.slice(Math.max(s.start, o.start - 60), o.start)) && distanceToEvent(s, o) < distanceToEvent(s, m))) continue;
      const before = text.slice(Math.max(s.start, m.start - 60), m.start);
      // "this year" is no past year, however long ago its first day. "the first time … since the
      // administration expanded enforcement operations in the city late last year": a count's "since" clause.
      if (daysBetween(m.date, anchor) <= STALE_DAYS || (m.precision === 'year' && m.date.slice(0, 4) === anchor.slice(0, 4)) || LATER_EVENT.test(before) || SPAN_FROM.test(before) || SINCE_CLAUSE.test(text.slice(s.start, m.start))) continue;
      return m.precision === 'year' ? m.date.slice(0, 4) : m.date.slice(0, 7);
    }
  }
  return null;
}

// A time after these words is when calls came in or help was sent, not when force was used:
// "911 calls about the shooting started at 6:51 p.m.", "officers were dispatched at 2:18 p.m.".
/**
 * "The woman was arrested by Border Patrol agents at about 7:50 a.m. on March 5": with no time in a sentence that
 * tells the incident, the first time of day any sentence gives with the event's own day, unless it dates what came
 * after (a statement, a call answered) or stamps an entry.
 */
function sameDayTime(sentences: readonly SentenceInfo[], text: string, day: DateMention): DateMention | null {
  if (day.precision !== 'day' || day.date === null) return null;
  for (const s of sentences) {
    for (const m of s.mentions) {
      if (m.kind !== 'date' || !m.time || m.date !== day.date || isStamp(text, m) || datesLaterEvent(text, s, m)) continue;
      const lead = text.slice(Math.max(s.start, m.start - 45), m.start);
      if (!RESPONSE_BEFORE.test(lead) && !REPORTED_AT.test(lead)) return withMeridiem(m, s, sentences);
    }
  }
  return null;
}

// "was pronounced dead at North Colorado Medical Center at 8:52 a.m.": the time of a death declared later, not of the force.
const DEATH_AT = /\b(?:pronounced|declared)\s+dead\b[^.;]{0,70}$/iu;
const RESPONSE_BEFORE = /\b(?:calls?|called|dispatch(?:ed)?|sent|responded|arrived)\b[^.;]{0,40}$/iu;
// A time after these words is when someone wrote or spoke of it: "DHS wrote in a post on X shortly
// after 9 a.m.", "in a statement released at 3 p.m." (not "said the shooting happened at 9 a.m.").
const REPORTED_AT =
  /\b(?:wrote|posted|tweeted|published|issued|released)\b[^.;,]{0,35}$|\b(?:post|statement|tweet|news release|press release|news conference|press conference|briefing)(?:\s+on\s+[\p{L}.]+)?\s+(?:(?:shortly|just|about|around|at|before|after)\s+)*$/iu;
// A live blog's stamp, "Update, 2:10 p.m.:", "UPDATED at 4:30 p.m. ET —": when the paragraph was written.
const STAMP_BEFORE = /(?:^|\n)\s*(?:update[ds]?|updated|latest|editor['’]s note)\b[,:]?\s*(?:at\s+)?$/iu;
// A stamp opening its own line ("8:42 p.m. ET", "Jan. 24, 10:15 a.m.:"), or an entry named by its stamp ("the 8:12 p.m. entry").
const LINE_OPENING = /(?:^|\n)[ \t]*$/u;
const STAMP_CLOSE = /^[ \t]*(?:\(?(?:[ECMP][SD]?T|ET|CT|MT|PT)\)?)?[ \t]*(?:[:—–|-]|\n|$)/u;
const ENTRY_AFTER = /^\s*(?:(?:[ECMP][SD]?T|ET|CT|MT|PT)\s+)?(?:entry|update|post)\b/iu;

/** Whether a date mention is a live blog's or an update's stamp, when the words were written, not when anything happened. */
function isStamp(text: string, m: DateMention): boolean {
  const before = text.slice(Math.max(0, m.start - 30), m.start);
  if (STAMP_BEFORE.test(before)) return true;
  const after = text.slice(m.end, m.end + 30);
  return ENTRY_AFTER.test(after) || (m.time !== null && LINE_OPENING.test(before) && STAMP_CLOSE.test(after));
}
const MERIDIEM = /\b(?:[ap]\.?\s?m\b\.?|noon|midnight|morning|afternoon|evening|night)/iu;

/**
 * A time written without a.m./p.m. ("the FBI put it at about 2:15") read in the half of the day of
 * a time stated fully in the same sentence ("2:19 p.m."), or else the last one stated fully before it
 * in its paragraph or the one before ("at about 8 p.m. … ⏎ By 9:30, …"), when that puts the two
 * within two hours.
 */
function withMeridiem(m: DateMention, s: SentenceInfo, sentences: readonly SentenceInfo[]): DateMention {
  if (!m.time || MERIDIEM.test(m.text)) return m;
  const [h, min] = m.time.split(':').map(Number);
  if (h >= 12) return m;
  const own = s.mentions.filter((x): x is DateMention => x.kind === 'date' && x !== m && x.time !== null && MERIDIEM.test(x.text));
  const full = own.length ? own : lastFullTimeBefore(sentences, s, m);
  const shifted = (h + 12) * 60 + min;
  const near = full.some((x) => {
    const [xh, xm] = (x.time ?? '').split(':').map(Number);
    return xh >= 12 && Math.abs(xh * 60 + xm - shifted) <= 120;
  });
  return near ? Object.freeze({ ...m, time: `${String(h + 12).padStart(2, '0')}:${String(min).padStart(2, '0')}` }) : m;
}

/** The last time stated with a.m. or p.m. before `m`, in its paragraph or the one before; none when there is none. */
function lastFullTimeBefore(sentences: readonly SentenceInfo[], s: SentenceInfo, m: DateMention): DateMention[] {
  let found: DateMention | null = null;
  for (const t of sentences) {
    if (t.paragraph < s.paragraph - 1 || t.start > m.start) continue;
    for (const x of t.mentions) if (x.kind === 'date' && x.time !== null && x.end <= m.start && MERIDIEM.test(x.text)) found = x;
  }
  return found ? [found] : [];
}

function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

// "All times are on Wednesday, Jan. 14, unless noted", "All times below are Jan. 14": the day of a timeline's times.
const ALL_TIMES = /\b[Aa]ll times\b[^.;]{0,30}?\b(?:are|were|on)\b/u;

/** The day a timeline says its times are on, when it says so and the day is not after the anchor; else null. */
function conventionDay(sentences: readonly SentenceInfo[], anchor: string | null): DateMention | null {
  for (const s of sentences) {
    if (!ALL_TIMES.test(s.text)) continue;
    const day = s.mentions.find((m): m is DateMention => m.kind === 'date' && m.precision === 'day' && m.date !== null && (anchor === null || m.date <= anchor));
    if (day) return day;
  }
  return null;
}

function pick(list: { m: DateMention; key: number[] }[]): DateMention | null {
  const sorted = [...list].sort((a, b) => compareKeys(a.key, b.key));
  return sorted[0]?.m ?? null;
}

function compareKeys(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) - (b[i] ?? 0);
  return 0;
}

/** Whether the heading at `i` heads force: a sentence that tells it comes before the next heading. */
function headsForce(sentences: readonly SentenceInfo[], i: number): boolean {
  for (let k = i + 1; k < sentences.length && !sentences[k].heading; k++) if (sentences[k].strong) return true;
  return false;
}
