import type { DateMention } from '../../domain/analysis.js';

/** A four-digit year standing alone ("in 2024", "the 2020 election"); not a count, an amount or a statute number. */
const YEAR = /(?<![\p{L}\p{N}$#§.,/-])(?:19[5-9]\d|20\d\d)(?![\p{N}%]|[.,]\d|\/)/gu;
const NOT_A_YEAR_BEFORE = /(?:\bNo\.|\bNos\.|\bSection|\bSec\.|\bTitle|\bCase|\bRule|\bRoom|\bSuite|\bUnit|\bRoute|\bHighway|\bInterstate|\bBox|\bFlight|\bBadge|\bnumber|\bcode)\s*$/i;

/** Bare years chrono does not report; `taken` spans (chrono's results) are skipped. */
export function findBareYears(text: string, taken: ReadonlyArray<{ start: number; end: number }>): DateMention[] {
  const out: DateMention[] = [];
  YEAR.lastIndex = 0;
  for (let m = YEAR.exec(text); m; m = YEAR.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (taken.some((t) => start < t.end && end > t.start)) continue;
    if (NOT_A_YEAR_BEFORE.test(text.slice(Math.max(0, start - 12), start))) continue;
    out.push(Object.freeze({ kind: 'date', start, end, text: m[0], date: `${m[0]}-01-01`, precision: 'year', time: null }));
  }
  return out;
}
