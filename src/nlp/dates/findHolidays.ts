import type { DateMention } from '../../domain/analysis.js';
import { addDays, formatYmd } from './dateMath.js';

/** Holidays on a fixed day of the year, as month and day. Floating ones (Thanksgiving) are left out. */
const FIXED: readonly [RegExp, number, number][] = [
  [/^New Year['’]s Eve$/i, 12, 31],
  [/^New Year['’]s(?: Day)?$/i, 1, 1],
  [/^Christmas Eve$/i, 12, 24],
  [/^Christmas(?: Day)?$/i, 12, 25],
  [/^(?:Independence Day|Fourth of July|July Fourth)$/i, 7, 4],
  [/^Halloween$/i, 10, 31],
  [/^Valentine['’]s Day$/i, 2, 14],
];
const HOLIDAY = /\b(?:New Year['’]s(?: Eve| Day)?|Christmas(?: Eve| Day)?|Independence Day|Fourth of July|July Fourth|Halloween|Valentine['’]s Day)\b/gu;

/**
 * Fixed-day holidays ("late on New Year's Eve", "on Christmas Day"): the latest such day on or
 * before the day after the anchor, as news reports the past. Without an anchor the year is
 * unknown: none. `taken` spans (dates already read) are skipped.
 */
export function findHolidays(text: string, anchor: string | null, taken: ReadonlyArray<{ start: number; end: number }>): DateMention[] {
  if (!anchor) return [];
  const out: DateMention[] = [];
  const latest = addDays(anchor, 1);
  HOLIDAY.lastIndex = 0;
  for (let m = HOLIDAY.exec(text); m; m = HOLIDAY.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (taken.some((t) => start < t.end && end > t.start)) continue;
    const fixed = FIXED.find(([re]) => re.test(m![0]));
    if (!fixed) continue;
    const year = Number(anchor.slice(0, 4));
    const thisYear = formatYmd(year, fixed[1], fixed[2]);
    const date = thisYear <= latest ? thisYear : formatYmd(year - 1, fixed[1], fixed[2]);
    out.push(Object.freeze({ kind: 'date', start, end, text: m[0], date, precision: 'day', time: null }));
  }
  return out;
}
