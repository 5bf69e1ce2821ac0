const ANY_LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
/**
 * Turns what a user typed into a tsquery text (for `to_tsquery('parallax', …)`) that cannot be a
 * syntax error, with the SQLite store's semantics: every word is a quoted term (so `&`, `|`, `!`,
 * `<->`, `:` and parentheses are searched as text), the words are ANDed, and a trailing `*` makes
 * a word a prefix. Returns null when nothing searchable is left.
 */
export function toFtsQuery(input: string): string | null {
  const terms: string[] = [];
  for (const raw of input.split(/\s+/)) {
    const prefix = raw.length > 1 && raw.endsWith('*');
    const word = (prefix ? raw.slice(0, -1) : raw).replace(/\*+$/, '');
    // A word with no letter or digit would make an empty term, which matches nothing.
    if (!ANY_LETTER_OR_DIGIT.test(word)) continue;
    // Inside a quoted tsquery term a quote is doubled and a backslash escapes the next character.
    terms.push(`'${word.replaceAll('\\', '\\\\').replaceAll("'", "''")}'${prefix ? ':*' : ''}`);
  }
  return terms.length ? terms.join(' & ') : null;
}
