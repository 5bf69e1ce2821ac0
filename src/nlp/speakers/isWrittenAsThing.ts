// "Prairie Gold Pork, which employs …": a name the text goes on about with "which".
const WHICH_AFTER = /^,?\s+which\b/u;
// "the Prairie Gold Pork plant": a name before the noun of a place of work, after "the".
const BODY_NOUN_AFTER = /^\s+(?:plant|factory|facility|company|store|restaurant|warehouse|farm|site|campus|hospital|clinic|school|church|center|centre|mall|building)s?\b/u;
const THE_BEFORE = /\bthe\s+$/iu;

/**
 * Whether the text writes `name` (two words or more) as a body somewhere: "NAME, which employs …",
 * "the NAME plant". Such a name is no person, and no pronoun means it.
 */
export function isWrittenAsThing(text: string, name: string): boolean {
  if (!name.includes(' ')) return false;
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
    const after = text.slice(at + name.length, at + name.length + 12);
    if (WHICH_AFTER.test(after) || (BODY_NOUN_AFTER.test(after) && THE_BEFORE.test(text.slice(Math.max(0, at - 5), at)))) return true;
  }
  return false;
}
