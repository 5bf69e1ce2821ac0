import { ParallaxError } from '../../lib/errors.js';

/**
 * `text.matchAll(regex)` for a global regex whose matches can only start where `candidate` (a
 * cheap regex, global, ideally without the u flag) matches: the regex is tried, sticky, at those
 * positions only. A unicode-property pattern scanned over a whole article is slow in V8 (no
 * quick pre-scan), while a plain character class is fast; the results are the same matches, in
 * the same order, as long as `candidate` matches at every position where `regex` can start one.
 */
export function scanMatches(regex: RegExp, text: string, candidate: RegExp): RegExpExecArray[] {
  const sticky = stickyOf(regex);
  const found: RegExpExecArray[] = [];
  candidate.lastIndex = 0;
  for (let c = candidate.exec(text); c; c = candidate.exec(text)) {
    const at = c.index;
    // A unicode regex never starts inside a surrogate pair (V8 would step back to the pair's start).
    if (regex.unicode && at > 0 && isLowSurrogate(text.charCodeAt(at)) && isHighSurrogate(text.charCodeAt(at - 1))) {
      candidate.lastIndex = at + 1;
      continue;
    }
    sticky.lastIndex = at;
    const m = sticky.exec(text);
    if (m && m[0].length > 0) {
      found.push(m);
      candidate.lastIndex = at + m[0].length;
    } else {
      // An empty match (none of the patterns this serves has one) would be kept by matchAll; fail loudly rather than differ.
      if (m) throw new ParallaxError('stage_failed', 'scanMatches: the pattern matched the empty string.', { source: regex.source });
      candidate.lastIndex = at + 1;
    }
  }
  return found;
}

const stickies = new WeakMap<RegExp, RegExp>();

function stickyOf(regex: RegExp): RegExp {
  let sticky = stickies.get(regex);
  if (!sticky) {
    sticky = new RegExp(regex.source, `${regex.flags.replace(/[gy]/g, '')}y`);
    stickies.set(regex, sticky);
  }
  return sticky;
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;
