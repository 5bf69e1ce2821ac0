import type { Occurrence } from './entity.js';

const POSSESSIVE_END = /['’]s?$/u;
const POSSESSIVE_AFTER = /^['’](?:s\b|\s)/u;

/** Whether the mention is a possessor ("Holloway's interview", "Sanders’ campaign", "the family's account"): it ends on its "'s", or the "'s" follows it. */
export function isPossessor(text: string, o: Pick<Occurrence, 'start' | 'end'>): boolean {
  return POSSESSIVE_END.test(text.slice(o.start, o.end)) || POSSESSIVE_AFTER.test(text.slice(o.end, o.end + 3));
}
