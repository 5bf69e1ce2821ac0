/** Calendar arithmetic on YYYY-MM-DD strings in UTC, so no time zone ever shifts a day. */

export function parseDay(day: string): Date {
  return new Date(`${day}T12:00:00Z`);
}

export function formatDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function addDays(day: string, n: number): string {
  const d = parseDay(day);
  d.setUTCDate(d.getUTCDate() + n);
  return formatDay(d);
}

/** The Monday of the week holding `day` (ISO weeks start on Monday). */
export function mondayOf(day: string): string {
  const dow = parseDay(day).getUTCDay();
  return addDays(day, -((dow + 6) % 7));
}

/** The latest day on or before `anchor` that falls on `weekday` (0 = Sunday). */
export function weekdayOnOrBefore(anchor: string, weekday: number): string {
  const dow = parseDay(anchor).getUTCDay();
  return addDays(anchor, -((dow - weekday + 7) % 7));
}

export function formatYmd(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
