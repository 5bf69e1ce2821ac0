// Words that speak of one's own kin: "my son", "my husband".
const OWN_KIN = /\bmy\s+(?:(?:little|older|younger|big|baby|only)\s+)?(?:son|daughter|husband|wife|brother|sister|father|mother|dad|mom|boy|girl|child|kid|nephew|niece|cousin|grandson|granddaughter|grandchild)\b/iu;

/** Whether words someone says speak of their own kin: "My brother never carried a pipe". */
export function speaksOfOwnKin(words: string): boolean {
  return OWN_KIN.test(words);
}
