import { makeSpan } from '../../lib/spans.js';
import type { AttributionDraft } from './attributionDraft.js';

// "on Monday", "on Thursday evening", "at the time" closing the speaker phrase.
const TRAILING_TIME = /,?\s+(?:on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(?:morning|afternoon|evening|night))?|at\s+the\s+time)$/;
// "a poll released on Monday", "a video posted online on Tuesday", "filings made public at the time": the time dates the thing, after a participle.
const DATED_THING = /\b(?:\w{2,}ed|out|made)\b/i;
// "a voter who lined up on Tuesday": inside a relative clause the time is what the clause tells.
const RELATIVE = /\b(?:who|whom|whose|which|that)\b/i;

// "Last week Albright said", "Earlier this month Sen. Ruiz wrote": a time opening the speaker phrase, before a capital.
const LEADING_TIME = /^(?:(?:[Ll]ast|[Tt]his|[Ee]arlier|[Ll]ater)\s+(?:this\s+|that\s+|last\s+)?(?:week|month|year|weekend|night|morning|afternoon|evening|spring|summer|fall|winter|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|Yesterday|Earlier|Later),?\s+(?=\p{Lu})/u;

/**
 * "The Sanders campaign on Monday also …", "told the Weekly Star on Thursday when asked …", "Trump at
 * the time said …": a day or "at the time" closing the speaker phrase says when, not who (the rules
 * alone, round 24; PolNeAR train leaves it out of the source 58 times against none for a bare noun
 * phrase). After a participle ("a poll released on Monday") it dates the thing, and inside a relative
 * clause ("a voter who lined up on Tuesday") it belongs to the clause: both stay.
 */
export function trimSourceTime(text: string, drafts: readonly AttributionDraft[]): AttributionDraft[] {
  return drafts.map((draft) => {
    if (!draft.source) return draft;
    const leading = LEADING_TIME.exec(text.slice(draft.source.start, draft.source.end));
    const d = leading && leading[0].length < draft.source.end - draft.source.start ? { ...draft, source: makeSpan(text, draft.source.start + leading[0].length, draft.source.end) } : draft;
    if (!d.source) return d;
    const inner = text.slice(d.source.start, d.source.end);
    const time = TRAILING_TIME.exec(inner);
    if (!time || time.index === 0 || DATED_THING.test(inner.slice(0, time.index)) || RELATIVE.test(inner.slice(0, time.index))) return d;
    return { ...d, source: makeSpan(text, d.source.start, d.source.start + time.index) };
  });
}
