// Marks of a quotation inside a quotation: news sets one in single quotes.
const OPENING = new Set(["'", '‘']);
const CLOSING = new Set(["'", '’']);
// A scare-quoted term is a word or a few ("'self-defense'", "'a threat'"), never a clause.
const MAX_WORDS = 3;
// A letter right before the opening mark makes it an apostrophe ("officers' "), no quotation.
const LETTER = /\p{L}/u;

/**
 * "This is what 'self-defense' looks like. He is BACKING UP.": a term set in single quotes inside
 * someone's direct words is a term they hold up to doubt, or someone else's, not what they claim.
 * True when the match text[start, end) is the whole of such a quoted term.
 */
export function isScareQuoted(text: string, start: number, end: number): boolean {
  return OPENING.has(text[start - 1] ?? '') && CLOSING.has(text[end] ?? '') && text.slice(start, end).trim().split(/\s+/u).length <= MAX_WORDS && !LETTER.test(text[start - 2] ?? '');
}
