// The kin nouns a speaker's own relative goes by, after an optional word of age or rank: "my son", "her late husband".
const KIN = '(?:(?:late|little|older|younger|big|baby|only)\\s+)?(?:son|daughter|husband|wife|brother|sister|father|mother|dad|mom|boy|girl|child|children|kid|nephew|niece|cousin|grandson|granddaughter|grandchild|fianc[eé]e?)\\b';
// Words that speak of one's own kin: "my son", "my husband".
const OWN_KIN = new RegExp(`\\bmy\\s+${KIN}`, 'iu');

// The kin noun after "my": "nephew" of "They put my nephew face down".
const OWN_KIN_NOUN = new RegExp(`\\bmy\\s+(?:(?:late|little|older|younger|big|baby|only)\\s+)?(\\p{L}+)`, 'giu');

const KIN_ALONE = new RegExp(`^${KIN}$`, 'iu');

/** The kin nouns words someone says use of their own kin ("my nephew", "my late husband"), lower-cased. */
export function ownKinNouns(words: string): string[] {
  return [...words.matchAll(OWN_KIN_NOUN)].map((m) => m[1].toLowerCase()).filter((noun) => KIN_ALONE.test(noun));
}

/** Whether words someone says speak of their own kin: "My brother never carried a pipe". */
export function speaksOfOwnKin(words: string): boolean {
  return OWN_KIN.test(words);
}

// "she did not understand why the agents had stopped her husband": reported words whose subject and possessive are one person.
const REPORTED_HER_KIN = new RegExp(`^(?:that\\s+)?she\\b[^.!?]{0,120}?\\bher\\s+${KIN}`, 'iu');
const REPORTED_HIS_KIN = new RegExp(`^(?:that\\s+)?he\\b[^.!?]{0,120}?\\bhis\\s+${KIN}`, 'iu');
// "her husband had been described unfairly": reported words that open on the kin of a speaker of that gender.
const OPENS_ON_HER_KIN = new RegExp(`^(?:that\\s+)?her\\s+${KIN}`, 'iu');
const OPENS_ON_HIS_KIN = new RegExp(`^(?:that\\s+)?his\\s+${KIN}`, 'iu');

/**
 * Whether reported words speak of the speaker's own kin: "she did not understand why the agents had
 * stopped her husband", "he said his son had no gun", whose pronouns agree with the speaker's gender
 * when it is known; or, of a speaker known to be a woman (a man),
 * words that open on "her husband" ("his son"). The quoted kind ("my brother") is speaksOfOwnKin.
 */
export function reportsOwnKin(words: string, gender: 'female' | 'male' | null = null): boolean {
  const text = words.trimStart();
  // "he still crosses the bridge to visit his mother" is no woman's words of her own kin.
  if (gender !== 'male' && REPORTED_HER_KIN.test(text)) return true;
  if (gender !== 'female' && REPORTED_HIS_KIN.test(text)) return true;
  return (gender === 'female' && OPENS_ON_HER_KIN.test(text)) || (gender === 'male' && OPENS_ON_HIS_KIN.test(text));
}
