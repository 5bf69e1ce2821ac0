import type { AttributionDraft } from './attributionDraft.js';
import { DAY_WORDS } from './dayWords.js';

// "that night", "last week", "Monday": a time alone, with determiners before it. Written in lower case
// but for a day's name: "Day said" is Chief Bob Day, "Time announces" the magazine.
const DAYS = DAY_WORDS.map((d) => `[${d[0]}${d[0].toUpperCase()}]${d.slice(1)}`).join('|');
const TIME_ONLY = new RegExp(String.raw`^(?:(?:[Tt]hat|[Tt]his|[Ll]ast|[Tt]he|same|each|every)\s+)*(?:night|morning|afternoon|evening|day|week|weekend|month|year|time|${DAYS})$`, 'u');

/**
 * "a man who was with his son that night told the family that …": a source that is only a time
 * ("night") says when, never who; the relation would name no speaker the text gives, and is dropped
 * (the rules alone; the speaker phrase the scan missed is a gap, not a guess).
 */
export function dropTimeSources(text: string, drafts: readonly AttributionDraft[]): AttributionDraft[] {
  return drafts.filter((d) => !d.source || !TIME_ONLY.test(text.slice(d.source.start, d.source.end).trim()));
}
