import type { AttributionDraft } from './attributionDraft.js';
import { DAY_WORDS } from './dayWords.js';

// "that night", "last week", "Monday": a time alone, with determiners before it. Written in lower case
// but for a day's name: "Day said" is Chief Bob Day, "Time announces" the magazine.
const DAYS = DAY_WORDS.map((d) => `[${d[0]}${d[0].toUpperCase()}]${d.slice(1)}`).join('|');
const TIME_ONLY = new RegExp(String.raw`^(?:(?:[Tt]hat|[Tt]his|[Ll]ast|[Tt]he|same|each|every)\s+)*(?:night|morning|afternoon|evening|day|week|weekend|month|year|time|${DAYS})$`, 'u');

// "who in December defended …": a month after a preposition of time is when, never who ("May said" may be Theresa May).
const MONTH_ONLY = /^(?:January|February|March|April|May|June|July|August|September|October|November|December)$/u;
const TIME_PREPOSITION_BEFORE = /\b(?:in|since|until|till|by|during|through|early|late|mid|last)\s+$/iu;

/**
 * "a man who was with his son that night told the family that …": a source that is only a time
 * ("night") says when, never who; the relation would name no speaker the text gives, and is dropped
 * (the rules alone; the speaker phrase the scan missed is a gap, not a guess). So is a month after a
 * preposition of time ("DHS, which in November described him as …").
 */
export function dropTimeSources(text: string, drafts: readonly AttributionDraft[]): AttributionDraft[] {
  return drafts.filter((d) => !d.source || !isTimeOnly(text, d.source.start, d.source.end));
}

function isTimeOnly(text: string, start: number, end: number): boolean {
  const source = text.slice(start, end).trim();
  return TIME_ONLY.test(source) || (MONTH_ONLY.test(source) && TIME_PREPOSITION_BEFORE.test(text.slice(Math.max(0, start - 12), start)));
}
