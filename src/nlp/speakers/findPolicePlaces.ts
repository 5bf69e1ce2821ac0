/**
 * The words before "police" of a text, in order, as
 * `[...text.matchAll(/\b((?:\p{Lu}\p{Ll}+ ){1,2})(?:[Pp]olice)\b/gu)].map((m) => m[1])` gives them
 * ("Dayton " of "Dayton police", "East Ridge " of "East Ridge Police"), without running that
 * pattern at every position of the text: it can only start within the two words before an
 * occurrence of "olice", so it is tried there alone (sticky), every position of that window in
 * order, the window never reaching back past the scan's resume point. Each match the plain scan
 * finds starts at a position so tried, and no position before it succeeds: the result is the same.
 */
export function findPolicePlaces(text: string): string[] {
  const out: string[] = [];
  let resume = 0;
  for (let k = text.indexOf('olice', 1); k > 0; k = text.indexOf('olice', k + 1)) {
    const p = k - 1;
    const c = text.charCodeAt(p);
    if (p < resume || (c !== UPPER_P && c !== LOWER_P)) continue;
    // A match ending here holds two spaces at most (one after each word) before "police".
    for (let s = Math.max(resume, windowStart(text, p)); s <= p; s++) {
      PLACE_BEFORE_POLICE.lastIndex = s;
      const m = PLACE_BEFORE_POLICE.exec(text);
      if (m) {
        out.push(m[1]);
        resume = s + m[0].length;
        break;
      }
    }
  }
  return out;
}

const PLACE_BEFORE_POLICE = /\b((?:\p{Lu}\p{Ll}+ ){1,2})(?:[Pp]olice)\b/uy;
const UPPER_P = 80;
const LOWER_P = 112;
const SPACE = 32;

/** Just after the third space before `at` (or 0): no start of a match ending at `at` lies before it. */
function windowStart(text: string, at: number): number {
  let spaces = 0;
  for (let i = at - 1; i >= 0; i--) if (text.charCodeAt(i) === SPACE && ++spaces === 3) return i + 1;
  return 0;
}
