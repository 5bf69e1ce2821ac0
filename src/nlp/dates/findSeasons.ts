import type { DateMention } from '../../domain/analysis.js';

// "last summer", "last fall": the season before the anchor's, told by its year only.
const LAST_SEASON = /\blast (spring|summer|fall|autumn)\b/giu;
// The month each season ends in: a season ended before the anchor's month is this year's.
const SEASON_END: Readonly<Record<string, number>> = { spring: 5, summer: 8, fall: 11, autumn: 11 };

/**
 * "during an arrest attempt last summer": the year of the last such season wholly before the anchor
 * (YYYY-MM-DD), at year precision: a season is no month, and no day. "last winter", which spans two
 * years, is left out. Without an anchor, none; `taken` spans (dates already read) are skipped.
 */
export function findSeasons(text: string, anchor: string | null, taken: ReadonlyArray<{ start: number; end: number }>): DateMention[] {
  if (!anchor) return [];
  const year = Number(anchor.slice(0, 4));
  const month = Number(anchor.slice(5, 7));
  const out: DateMention[] = [];
  LAST_SEASON.lastIndex = 0;
  for (let m = LAST_SEASON.exec(text); m; m = LAST_SEASON.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (taken.some((t) => start < t.end && end > t.start)) continue;
    const seasonYear = month > SEASON_END[m[1].toLowerCase()] ? year : year - 1;
    out.push(Object.freeze({ kind: 'date', start, end, text: m[0], date: `${seasonYear}-01-01`, precision: 'year', time: null }));
  }
  return out;
}
