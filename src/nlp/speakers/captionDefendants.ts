import { foldName } from './words.js';

const CAPITAL_START = /^\p{Lu}/u;

// "United States v. Ana Ruiz", "UNITED STATES OF AMERICA v. ANA RUIZ", "State of Ohio v. Ruiz": the
// government charges the party after "v."; a civil suit between private parties is not read.
const CAPTION =
  /\b(?:United States(?: of America)?|UNITED STATES(?: OF AMERICA)?|People|PEOPLE|State of \p{Lu}\p{Ll}+|STATE OF \p{Lu}+|Commonwealth|COMMONWEALTH)\s*,?\s+(?:v|vs|V|VS)\.?\s+([^\n(,:;]{3,80})(,\s*\d)?/gu;

const cache = new WeakMap<object, ReadonlySet<string>>();

/** The words (folded) of the names a criminal caption of the text charges; a cited precedent ("v. Ruiz, 422 U.S. 1") is not one. */
function captionWords(text: string): ReadonlySet<string> {
  const words = new Set<string>();
  for (const m of text.matchAll(CAPTION)) {
    if (m[2]) continue;
    for (const w of m[1].split(/\s+|\s+(?:and|AND)\s+/)) if (CAPITAL_START.test(w)) words.add(foldName(w));
  }
  return words;
}

/**
 * Whether a person's surname is that of a defendant the document's criminal caption names: after
 * a use of force, the person charged is the person force was used on, so such a speaker speaks as
 * the subject even where no single subject stands out from the text.
 */
export function isCaptionDefendant(owner: object, text: string, words: readonly string[]): boolean {
  let found = cache.get(owner);
  if (!found) {
    found = captionWords(text);
    cache.set(owner, found);
  }
  return words.length > 0 && found.has(words[words.length - 1]);
}
