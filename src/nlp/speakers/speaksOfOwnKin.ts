// Words that speak of one's own kin: "my son", "my husband".
const OWN_KIN = /\bmy\s+(?:(?:little|older|younger|big|baby|only)\s+)?(?:son|daughter|husband|wife|brother|sister|father|mother|dad|mom|boy|girl|child|kid|nephew|niece|cousin|grandson|granddaughter|grandchild)\b/iu;

/** Whether words someone says speak of their own kin: "My brother never carried a pipe". */
export function speaksOfOwnKin(words: string): boolean {
  return OWN_KIN.test(words);
}

// "she did not understand why the agents had stopped her husband": reported words whose subject and possessive are one person.
const REPORTED_OWN_KIN = /^(?:that\s+)?(?:she\b[^.!?]{0,120}?\bher|he\b[^.!?]{0,120}?\bhis)\s+(?:(?:late|older|younger|only)\s+)?(?:son|daughter|husband|wife|brother|sister|father|mother|child|children|nephew|niece|cousin|grandson|granddaughter|fianc[eé]e?)\b/iu;

/**
 * Whether reported words speak of the speaker's own kin: "she did not understand why the agents had
 * stopped her husband", "he said his son had no gun". The quoted kind ("my brother") is speaksOfOwnKin.
 */
export function reportsOwnKin(words: string): boolean {
  return REPORTED_OWN_KIN.test(words.trimStart());
}
