import { MONTH_PATTERN, WEEKDAY_PATTERN, expandYear, formatDay, isValidDay, monthNumber, weekdayNumber, weekdayOf } from './calendar.js';
import { readTimeAt } from './readTimeAt.js';

/** A calendar date read from text, with the time of day when one is written next to it. */
export interface DateMatch {
  /** YYYY-MM-DD, or null when the text gives no year ("Jan. 12"); month and day are still known. */
  readonly date: string | null;
  readonly month: number;
  readonly day: number;
  readonly year: number | null;
  /** HH:MM, 24-hour */
  readonly time: string | null;
  readonly timezone: string | null;
  /** Index one past the last character read. */
  readonly end: number;
}

const ISO = /(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?(?![\d-])/y;
const NUMERIC = /(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2})(?![\d/])/y;
// Case-insensitive so "UPDATE (JAN. 9, 2026)" reads; every caller anchors the match, so "may 5" in prose is never scanned.
const MONTH_FIRST = new RegExp(`(${MONTH_PATTERN})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?(?!\\d)(?:,?\\s+(\\d{4})(?!\\d))?`, 'iy');
const DAY_FIRST = new RegExp(`(\\d{1,2})(?:st|nd|rd|th)?\\s+(${MONTH_PATTERN})\\.?,?\\s+(\\d{4})(?!\\d)`, 'iy');
const WEEKDAY = new RegExp(`(${WEEKDAY_PATTERN})\\.?,?\\s+`, 'iy');
// Between a date and its time: "Nov. 4, 2025, 5:12 p.m.", "Nov. 4, 2025 at 5:12", "2025-11-04 - 17:12".
const DATE_TIME_GAP = /(?:,\s*|\s+at\s+|\s*[-–—|]\s*|\s+)/y;
// Between a leading time and its date: "5:12 p.m. ET Nov. 4, 2025", "5:12 p.m. on Nov. 4".
const TIME_DATE_GAP = /(?:,\s*|\s+on\s+|\s+)/y;

interface CoreDate {
  readonly year: number | null;
  readonly month: number;
  readonly day: number;
  readonly time: string | null;
  readonly timezone: string | null;
  readonly end: number;
}

function execAt(re: RegExp, text: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(text);
}

function readIso(text: string, at: number): CoreDate | null {
  const m = execAt(ISO, text, at);
  if (!m) return null;
  const time = m[4] === undefined ? null : `${m[4]}:${m[5]}`;
  if (time && (Number(m[4]) > 23 || Number(m[5]) > 59)) return null;
  const zone = m[6] === undefined ? null : m[6] === 'Z' ? 'UTC' : m[6];
  return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]), time, timezone: zone, end: at + m[0].length };
}

function readCalendarDay(text: string, at: number): CoreDate | null {
  const iso = readIso(text, at);
  if (iso) return iso;
  const numeric = execAt(NUMERIC, text, at);
  if (numeric) {
    // U.S. order, month first: 11/03/25 is November 3.
    return { year: expandYear(numeric[3]), month: Number(numeric[1]), day: Number(numeric[2]), time: null, timezone: null, end: at + numeric[0].length };
  }
  const monthFirst = execAt(MONTH_FIRST, text, at);
  if (monthFirst) {
    const year = monthFirst[3] === undefined ? null : Number(monthFirst[3]);
    return { year, month: monthNumber(monthFirst[1]) ?? 0, day: Number(monthFirst[2]), time: null, timezone: null, end: at + monthFirst[0].length };
  }
  const dayFirst = execAt(DAY_FIRST, text, at);
  if (dayFirst) {
    return { year: Number(dayFirst[3]), month: monthNumber(dayFirst[2]) ?? 0, day: Number(dayFirst[1]), time: null, timezone: null, end: at + dayFirst[0].length };
  }
  return null;
}

function readDayWithWeekday(text: string, at: number): CoreDate | null {
  const weekday = execAt(WEEKDAY, text, at);
  if (!weekday) return readCalendarDay(text, at);
  const core = readCalendarDay(text, at + weekday[0].length);
  if (!core) return null;
  // A weekday that contradicts the date means one of them is wrong: keep neither.
  if (core.year !== null && isValidDay(core.year, core.month, core.day) && weekdayOf(core.year, core.month, core.day) !== weekdayNumber(weekday[1])) return null;
  return core;
}

function attachTrailingTime(text: string, core: CoreDate): CoreDate {
  if (core.time) return core;
  const gap = execAt(DATE_TIME_GAP, text, core.end);
  const time = readTimeAt(text, gap ? core.end + gap[0].length : core.end);
  return time ? { ...core, time: time.time, timezone: time.timezone, end: time.end } : core;
}

function readLeadingTime(text: string, at: number): CoreDate | null {
  const time = readTimeAt(text, at);
  if (!time) return null;
  const gap = execAt(TIME_DATE_GAP, text, time.end);
  const core = readDayWithWeekday(text, gap ? time.end + gap[0].length : time.end);
  return core ? { ...core, time: time.time, timezone: time.timezone } : null;
}

/**
 * Reads a date starting exactly at `at`: "2025-11-03", "2025-11-03T09:50:00Z", "11/03/25",
 * "Nov. 3, 2025", "Monday, November 3, 2025, 5:12 p.m. ET", "3 November 2025", "5:12 p.m. ET Nov. 4, 2025",
 * or a yearless "Jan. 12". Impossible days (Feb. 30) and contradicting weekdays give null.
 */
export function readDateAt(text: string, at: number): DateMatch | null {
  const core = readLeadingTime(text, at) ?? (() => {
    const day = readDayWithWeekday(text, at);
    return day ? attachTrailingTime(text, day) : null;
  })();
  if (!core) return null;
  if (core.year === null) {
    if (!isValidDay(2024, core.month, core.day)) return null; // 2024 is a leap year: allows Feb. 29
    return Object.freeze({ date: null, month: core.month, day: core.day, year: null, time: core.time, timezone: core.timezone, end: core.end });
  }
  if (!isValidDay(core.year, core.month, core.day)) return null;
  const date = formatDay(core.year, core.month, core.day);
  return Object.freeze({ date, month: core.month, day: core.day, year: core.year, time: core.time, timezone: core.timezone, end: core.end });
}

/**
 * A whole field value read as a date ("Published: Nov. 3, 2025, 5:12 p.m. ET"): the date must fill
 * the value, apart from trailing punctuation, and must carry its year. Anything else gives null,
 * because a wrong publication date would mis-resolve every relative date in the document.
 */
export function parseDateValue(value: string): DateMatch | null {
  const trimmed = value.trim();
  const match = readDateAt(trimmed, 0);
  if (!match || match.date === null) return null;
  return /^[\s.,;]*$/.test(trimmed.slice(match.end)) ? match : null;
}
