import type { DateMention } from '../../domain/analysis.js';
import { mondayOf, weekdayOnOrBefore } from './dateMath.js';

// "shot over the weekend", "during the weekend": the weekend just past, which chrono does not read.
const PAST_WEEKEND = /\b(?:over|during|on)\s+the\s+weekend\b/giu;
const SATURDAY = 6;

/**
 * "the Allentown painter shot by an ICE officer over the weekend", in a story of Monday: the weekend
 * on or before the anchor (YYYY-MM-DD), as a week, dated by its Monday as "last weekend" is. Without
 * an anchor, none; `taken` spans (dates already read) are skipped.
 */
export function findWeekends(text: string, anchor: string | null, taken: ReadonlyArray<{ start: number; end: number }>): DateMention[] {
  if (!anchor) return [];
  const out: DateMention[] = [];
  PAST_WEEKEND.lastIndex = 0;
  for (let m = PAST_WEEKEND.exec(text); m; m = PAST_WEEKEND.exec(text)) {
    const start = m.index + m[0].length - 'the weekend'.length;
    const end = m.index + m[0].length;
    if (taken.some((t) => start < t.end && end > t.start)) continue;
    out.push(Object.freeze({ kind: 'date', start, end, text: text.slice(start, end), date: mondayOf(weekdayOnOrBefore(anchor, SATURDAY)), precision: 'week', time: null }));
  }
  return out;
}
