/** Calendar helpers shared by every date reader of the ingest stage. Month names are English, not domain. */

const MONTHS: Readonly<Record<string, number>> = Object.freeze({
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10,
  nov: 11, november: 11, dec: 12, december: 12,
});

const WEEKDAYS: Readonly<Record<string, number>> = Object.freeze({
  sun: 0, sunday: 0, mon: 1, monday: 1, tue: 2, tues: 2, tuesday: 2, wed: 3, wednesday: 3,
  thu: 4, thur: 4, thurs: 4, thursday: 4, fri: 5, friday: 5, sat: 6, saturday: 6,
});

/** Alternation for a month name or AP abbreviation, for use inside a RegExp source. */
export const MONTH_PATTERN =
  'Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?';

export const WEEKDAY_PATTERN =
  'Sun(?:day)?|Mon(?:day)?|Tue(?:s|sday)?|Wed(?:nesday)?|Thu(?:r|rs|rsday)?|Fri(?:day)?|Sat(?:urday)?';

export function monthNumber(name: string): number | null {
  return MONTHS[name.toLowerCase().replace(/\.$/, '')] ?? null;
}

export function weekdayNumber(name: string): number | null {
  return WEEKDAYS[name.toLowerCase().replace(/\.$/, '')] ?? null;
}

/** Two-digit years are read as 20xx: the documents Parallax reads are from this century. */
export function expandYear(year: string): number {
  const n = Number(year);
  return year.length === 2 ? 2000 + n : n;
}

/** A real calendar day in a plausible range; 2025-02-30 and 1066-10-14 are both refused. */
export function isValidDay(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || year < 1900 || year > 2100) return false;
  if (!Number.isInteger(month) || month < 1 || month > 12) return false;
  if (!Number.isInteger(day) || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function formatDay(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function weekdayOf(year: number, month: number, day: number): number {
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay();
}

/** Validates a strict YYYY-MM-DD string; returns it unchanged, or null. */
export function validateIsoDay(value: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return null;
  return isValidDay(Number(m[1]), Number(m[2]), Number(m[3])) ? value : null;
}

/**
 * The first (month, day) on or after `reference` (YYYY-MM-DD): a yearless "Correction, Jan. 12"
 * is written after the article it corrects, so it falls in the year of publication or the next.
 */
export function resolveYearless(month: number, day: number, reference: string | null): string | null {
  if (!reference || !validateIsoDay(reference)) return null;
  const refYear = Number(reference.slice(0, 4));
  for (const year of [refYear, refYear + 1]) {
    if (!isValidDay(year, month, day)) continue;
    const candidate = formatDay(year, month, day);
    if (candidate >= reference) return candidate;
  }
  return null;
}
