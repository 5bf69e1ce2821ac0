const ANY_LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
/**
 * Turns what a user typed into an FTS5 query that cannot be a syntax error: every word becomes a
 * quoted string (inner `"` doubled), so FTS operators (AND, NEAR, column:, ^, parentheses) are
 * searched as words. The words are ANDed. A trailing `*` keeps its meaning of prefix search.
 * Returns null when nothing searchable is left.
 */
export function toFtsQuery(input: string): string | null {
  const terms: string[] = [];
  for (const raw of input.split(/\s+/)) {
    const prefix = raw.length > 1 && raw.endsWith('*');
    const word = (prefix ? raw.slice(0, -1) : raw).replace(/\*+$/, '');
    // A word with no letter or digit would make an empty phrase, which matches nothing.
    if (!ANY_LETTER_OR_DIGIT.test(word)) continue;
    terms.push(`"${word.replaceAll('"', '""')}"${prefix ? '*' : ''}`);
  }
  return terms.length ? terms.join(' ') : null;
}
