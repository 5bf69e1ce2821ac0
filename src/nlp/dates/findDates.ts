import * as chrono from 'chrono-node';
import type { DateMention, DatePrecision } from '../../domain/analysis.js';
import { addDays, formatYmd, mondayOf, parseDay, weekdayOnOrBefore } from './dateMath.js';
import { findBareYears } from './findBareYears.js';
import { findHolidays } from './findHolidays.js';
import { findSeasons } from './findSeasons.js';
import { findWeekends } from './findWeekends.js';
import { narrativeOffset } from './narrativeOffset.js';
import { screenEndOfPeriod } from './screenEndOfPeriod.js';
import { screenParsers } from './screenParsers.js';

/** A bare month name that is also a verb or a name ("may", "March") is a month only after one of these. */
const MONTH_PREPOSITION = /\b(?:in|since|during|until|till|by|early|late|mid|last|next|this|of|through|from|before|after|between|and|or|to|each|every)[\s-]+$/i;
const MONTH_ONLY = /^(?:jan(?:uary|\.)?|feb(?:ruary|\.)?|mar(?:ch|\.)?|apr(?:il|\.)?|may|june?|july?|aug(?:ust|\.)?|sept?(?:ember|\.)?|oct(?:ober|\.)?|nov(?:ember|\.)?|dec(?:ember|\.)?)$/i;
/** …or as a noun's modifier after a determiner: "the September shooting", "that July raid", "a September arrest" (not "the March on …"). */
const MONTH_DETERMINER = /\b(?:the|that|this|its|their|his|her|a|an)\s+$/i;
const MONTH_MODIFIES = /^\s+(?!(?:and|or|of|on|for|to|in|at|by|with|from|is|was|were|are)\b)[a-z]{3,}\b/;
/** Relative to another event, not to the publication date: "two days later". */
const NARRATIVE_RELATIVE = /\b(?:later|earlier|after|before|prior)\b|\b(?:next|following|previous)\s+(?:day|morning|afternoon|evening|night)\b/i;
/** Durations ("for a month", "within a day", "the past years") are not points in time. */
const DURATION = /^(?:for|within|over|nearly|almost)\s|^(?:the\s+)?(?:past|recent|coming)\s+(?:days|weeks|months|years)$|^in\s+(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|a few|\d+)\s+(?:days?|weeks?|months?|years?)$/i;
/** "Case No. 3:26-mj": a docket number, not a clock time. */
const NUMBER_LABEL = /\bNos?\.\s*$/;
/** Spans of minutes or hours ("within an hour") are relative to an unknown moment; a lone lower-case word ("sun", "night") is not a date. */
// A weekday written short, alone ("Sun", "Sat"), and a capitalised word touching it on either side.
const WEEKDAY_SHORT = /^(?:Sun|Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat)$/u;
const NAME_BEFORE = /\b\p{Lu}\p{Ll}+\s$/u;
const NAME_AFTER = /^\s\p{Lu}/u;
const IGNORED = /^(?:now|now that)$|\b(?:seconds?|minutes?|hours?)\b/i;
const LOWER_WORD = /^[a-z]+$/;
const CASUAL_DAYS = /^(?:today|yesterday|tomorrow|tonight)$/;
/** A clock time needs a clock mark; "Interstate 17 this week" is not 17:00. */
const CLOCK_MARK = /:\d|\b[ap]\.?m\b|\bnoon\b|\bmidnight\b|o'clock/i;
const LEADING_NUMBER = /^\d{1,2}\s+(?=(?:this|last|next|on|in|at)\b)/i;
// "At 0:19, he fires", "at the 1:05 mark", "2:40 into the video": minutes and seconds of a recording.
const ZERO_HOUR = /^0:\d{2}$/;
const INTO_RECORDING = /^\s*(?:mark\b|into\s+(?:the\s+)?(?:video|footage|clip|recording)\b|(?:in|of)\s+the\s+(?:video|footage|clip|recording)\b)/i;

/** Whether the clock-like span is a time into a recording, not a time of day. */
function isRecordingTime(text: string, start: number, end: number): boolean {
  return ZERO_HOUR.test(text.slice(start, end)) || INTO_RECORDING.test(text.slice(end, end + 24));
}

/** chrono keeps a leading "at" or "on" in some matches and not others; spans are the date alone. */
const LEADING_PREPOSITION = /^(?:at|on)\s+/i;
const TRAILING_PUNCT = /[\s,;:]+$/;

type Component = 'year' | 'month' | 'day' | 'weekday' | 'hour' | 'minute';

/** A part of a day named from the anchor ("this morning", "last night"): the day is known. */
const PART_OF_DAY = /^(?:this (?:morning|afternoon|evening)|tonight|last night)$/i;

function precisionOf(result: chrono.ParsedResult): DatePrecision {
  const s = result.start;
  if (PART_OF_DAY.test(result.text.replace(TRAILING_PUNCT, ''))) return 'day';
  if (/\bweek(?:s|ends?)?\b/i.test(result.text)) return 'week';
  if (/\bmonths?\b/i.test(result.text)) return s.isCertain('day') && !/\b(?:this|last|next)\s+month\b/i.test(result.text) ? 'day' : 'month';
  if (/\byears?\b/i.test(result.text) && !s.isCertain('month')) return 'year';
  if (s.isCertain('day') || s.isCertain('weekday')) return 'day';
  if (s.isCertain('month')) return 'month';
  if (s.isCertain('year')) return 'year';
  return 'unknown';
}

function timeOf(result: chrono.ParsedResult): string | null {
  const s = result.start;
  if (!s.isCertain('hour') || !CLOCK_MARK.test(result.text)) return null;
  const get = (c: Component) => s.get(c) ?? 0;
  return `${String(get('hour')).padStart(2, '0')}:${String(get('minute')).padStart(2, '0')}`;
}

/** chrono calls the year of "last week" certain; here a year counts only when the text writes it. */
function isYearStated(result: chrono.ParsedResult): boolean {
  const year = result.start.get('year');
  if (!result.start.isCertain('year') || year === null) return false;
  return result.text.includes(String(year)) || /\d[/.-]\d{2}\b|['\u2019]\d{2}\b/.test(result.text);
}

const YEARS_AGO = /\b(a|one|two|three|four|five)\s+years?\s+ago\b/i;
const YEAR_COUNTS: Readonly<Record<string, number>> = { a: 1, one: 1, two: 2, three: 3, four: 4, five: 5 };

/** The day chrono resolved, moved to the news reading: past weekdays, past months, the week's Monday. */
function resolveDay(result: chrono.ParsedResult, precision: DatePrecision, anchor: string | null): string | null {
  const s = result.start;
  if (precision === 'unknown') return null;
  const yearStated = isYearStated(result);
  if (!anchor && !yearStated) return null;
  if (NARRATIVE_RELATIVE.test(result.text)) return null;
  const get = (c: Component) => s.get(c) ?? 1;
  let day = formatYmd(get('year'), get('month'), precision === 'month' ? 1 : precision === 'year' ? 1 : get('day'));
  if (precision === 'year') day = `${get('year')}-01-01`;
  if (anchor && s.isCertain('weekday') && !s.isCertain('day') && !/\b(?:next|last|this coming)\b/i.test(result.text)) {
    day = weekdayOnOrBefore(anchor, get('weekday') % 7);
  }
  // News reports the past: a month-day with no year that lands after the anchor is last year's.
  if (anchor && !yearStated && !/\bnext\b/i.test(result.text) && parseDay(day) > parseDay(addDays(anchor, 1))) {
    day = formatYmd(Number(day.slice(0, 4)) - 1, Number(day.slice(5, 7)), Number(day.slice(8, 10)));
  }
  // "a year ago this week": this week of that year.
  if (anchor && /\bthis\s+week\b/i.test(result.text)) {
    const ago = YEARS_AGO.exec(result.text);
    day = ago ? formatYmd(Number(anchor.slice(0, 4)) - (YEAR_COUNTS[ago[1].toLowerCase()] ?? 1), Number(anchor.slice(5, 7)), Number(anchor.slice(8, 10))) : anchor;
  }
  if (precision === 'week') day = mondayOf(day);
  return day;
}

// Without an anchor nothing relative resolves (resolveDay), but chrono still reads the text against
// some day: a fixed one, never the clock, so a document read again another day (or by another
// worker) gives the same mentions. A leap year, so "February 29" is a date whatever year it is now.
const NO_ANCHOR_REFERENCE = new Date(Date.UTC(2024, 6, 1, 12));

/**
 * chrono's casual English parser, with its end-of-period refiner screened (screenEndOfPeriod says
 * why) and its "3 days ago" / "two weeks later" / "end of the month" parsers run only on a text
 * that holds such a phrase (screenParsers).
 */
const CASUAL = screenParsers(screenEndOfPeriod(chrono.casual.clone()));

/**
 * Dates and times, resolved against the document's anchor date (noon UTC of that day, so no
 * time zone shifts the day). Without an anchor only dates that state their year resolve.
 */
export function findDates(text: string, anchorDate: string | null): DateMention[] {
  const reference = { instant: anchorDate ? parseDay(anchorDate) : NO_ANCHOR_REFERENCE, timezone: 0 };
  const out: DateMention[] = [];
  for (const { result, index } of parseSentenceWise(text, reference)) {
    let start = index;
    let span = result.text.replace(TRAILING_PUNCT, '');
    const lead = LEADING_NUMBER.exec(span);
    if (lead && !CLOCK_MARK.test(span)) {
      start += lead[0].length;
      span = span.slice(lead[0].length);
    }
    const preposition = LEADING_PREPOSITION.exec(span);
    if (preposition) {
      start += preposition[0].length;
      span = span.slice(preposition[0].length);
    }
    if (IGNORED.test(span) || DURATION.test(span) || (LOWER_WORD.test(span) && !CASUAL_DAYS.test(span))) continue;
    if (NUMBER_LABEL.test(text.slice(Math.max(0, start - 6), start))) continue;
    // "Desert Sun Courier", "the Sun Valley": a weekday's short form inside a name is no day.
    if (WEEKDAY_SHORT.test(span) && (NAME_BEFORE.test(text.slice(Math.max(0, start - 14), start)) || NAME_AFTER.test(text.slice(start + span.length, start + span.length + 3)))) continue;
    if (MONTH_ONLY.test(span) && !MONTH_PREPOSITION.test(text.slice(Math.max(0, start - 16), start)) && !isMonthModifier(text, start, start + span.length)) continue;
    const precision = precisionOf(result);
    const time = isRecordingTime(text, start, start + span.length) ? null : timeOf(result);
    if (precision === 'unknown' && time === null) continue;
    const resolved = resolveDay(result, precision, anchorDate);
    // "On Monday, … Two days later, …": counted from the day told just before it.
    const told = resolved === null && NARRATIVE_RELATIVE.test(span) ? fromDateBefore(out, span) : null;
    const date = told?.date ?? resolved;
    // "the day after" points at an event we cannot see: it carries nothing a reader could use.
    if (date === null && time === null && NARRATIVE_RELATIVE.test(span)) continue;
    out.push(Object.freeze({ kind: 'date', start, end: start + span.length, text: span, date, precision: told?.precision ?? precision, time }));
  }
  sameWeekday(out);
  if (anchorDate) weeksAgoToday(out, text, anchorDate);
  const holidays = findHolidays(text, anchorDate, out);
  const seasons = findSeasons(text, anchorDate, [...out, ...holidays]);
  const weekends = findWeekends(text, anchorDate, [...out, ...holidays, ...seasons]);
  const read = [...out, ...holidays, ...seasons, ...weekends];
  return [...read, ...findBareYears(text, read)].sort((a, b) => a.start - b.start);
}

const WEEKS_AGO = /^(a|one|two|three|four)\s+weeks?\s+ago$/iu;
const TODAY_AFTER = /^\s+today\b/iu;
const WEEK_COUNTS: Readonly<Record<string, number>> = { a: 1, one: 1, two: 2, three: 3, four: 4 };

/**
 * "what happened … a week ago today": the same weekday that many weeks before the anchor, one day mention over
 * both words (stop 71). Changes `dates` in place.
 */
function weeksAgoToday(dates: DateMention[], text: string, anchor: string): void {
  for (let i = 0; i < dates.length; i++) {
    const m = WEEKS_AGO.exec(dates[i].text);
    const today = m ? TODAY_AFTER.exec(text.slice(dates[i].end)) : null;
    if (!m || !today) continue;
    const end = dates[i].end + today[0].length;
    dates[i] = Object.freeze({ ...dates[i], end, text: text.slice(dates[i].start, end), date: addDays(anchor, -7 * (WEEK_COUNTS[m[1].toLowerCase()] ?? 1)), precision: 'day' as const });
    const next = dates.findIndex((d) => d.start >= dates[i].start + m[0].length && d.end <= end);
    if (next > i) dates.splice(next, 1);
  }
}

const WEEKDAY_ALONE = /^(?:on\s+)?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:['’]s)?$/iu;
const WEEKDAY_DATED = /\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\s+\p{L}/iu;

/**
 * "On Tuesday, Feb. 10, an officer shot …" then "the officer in Tuesday's shooting": a weekday alone
 * is the day the text gave that weekday with its date, within the week before, rather than the
 * weekday read from the publication date. Changes `dates` in place.
 */
function sameWeekday(dates: DateMention[]): void {
  const dated = dates.filter((m) => m.date !== null && m.precision === 'day' && WEEKDAY_DATED.test(m.text));
  if (dated.length === 0) return;
  dates.forEach((m, i) => {
    const alone = m.date !== null && m.precision === 'day' ? WEEKDAY_ALONE.exec(m.text) : null;
    if (!alone) return;
    const days = new Set(dated.filter((d) => d.text.toLowerCase().startsWith(alone[1].toLowerCase()) && d.date! < m.date! && parseDay(m.date!).getTime() - parseDay(d.date!).getTime() <= 7 * 86_400_000).map((d) => d.date!));
    if (days.size === 1) dates[i] = Object.freeze({ ...m, date: [...days][0] });
  });
}

/** The day a narrative offset ("two days later") lands on from the last day-precise date before it. */
function fromDateBefore(before: readonly DateMention[], span: string): { date: string; precision: DatePrecision } | null {
  const offset = narrativeOffset(span);
  const last = before[before.length - 1];
  if (!offset || !last || last.date === null || last.precision !== 'day') return null;
  const day = addDays(last.date, offset.days);
  return offset.week ? { date: mondayOf(day), precision: 'week' } : { date: day, precision: 'day' };
}

// A sentence's end inside one result: a word of four lower-case letters or more ("evening", not
// "p.m." or "Sept."), its full stop, then a capital.
const SENTENCE_BREAK = /\p{Ll}{4}[.!?]["”’)]?\s+(?=\p{Lu})/u;

/**
 * chrono's results, none of them across a sentence's end: "Good evening. This afternoon a man was
 * shot" gave one result "evening. This afternoon", which no date survives; the words after the
 * break are read again on their own ("This afternoon").
 */
const PART_OF_DAY_OF = /^(?:early |late )?(?:morning|afternoon|evening|night)\s+of\s+/iu;

function parseSentenceWise(text: string, reference: { instant: Date; timezone: number }): { result: chrono.ParsedResult; index: number }[] {
  const out: { result: chrono.ParsedResult; index: number }[] = [];
  for (const r of CASUAL.parse(text, reference, { forwardDate: false })) {
    // "the morning of June 12": chrono reads the part of the day and the date as one result that knows
    // neither; the date after "of" is read alone.
    const partOf = PART_OF_DAY_OF.exec(r.text);
    if (partOf && !r.start.isCertain('day') && !r.start.isCertain('month')) {
      const from = r.index + partOf[0].length;
      for (const date of CASUAL.parse(text.slice(from, r.index + r.text.length), reference, { forwardDate: false })) out.push({ result: date, index: from + date.index });
      continue;
    }
    const cut = SENTENCE_BREAK.exec(r.text);
    if (!cut) {
      out.push({ result: r, index: r.index });
      continue;
    }
    const from = r.index + cut.index + cut[0].length;
    for (const tail of CASUAL.parse(text.slice(from, r.index + r.text.length), reference, { forwardDate: false })) out.push({ result: tail, index: from + tail.index });
  }
  return out;
}

function isMonthModifier(text: string, start: number, end: number): boolean {
  return MONTH_DETERMINER.test(text.slice(Math.max(0, start - 8), start)) && MONTH_MODIFIES.test(text.slice(end, end + 24));
}
