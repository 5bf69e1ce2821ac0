/** How a search reads an incident's vector (migration 007), from PostgreSQL's normalised tsquery. */
export interface SameRowQuery {
  /** Every lexeme at one position, i.e. in one row of the incident (`'a' <0> 'b'`). */
  readonly sameRow: string;
  /** One lexeme (or one prefix): the vector answers exactly, whatever row the word is in. */
  readonly single: boolean;
  /** A typed word became several lexemes that must stand side by side: the vector cannot tell, the rows must. */
  readonly compound: boolean;
}

// A quoted lexeme (quotes doubled inside) with its optional `:*` prefix and weight marks, or an operator.
const TOKEN = /'(?:[^']|'')*'(?::[*A-D]+)?|<->|<\d+>|[&|!()]/g;

/**
 * Rewrites the text of `to_tsquery('parallax', …)` — lexemes joined by `&`, and by `<->` inside a
 * word the parser split (`don't`) — into the same-row query. Returns null for a query that is not
 * such a conjunction (an `|` or `!`, which toFtsQuery never writes): the caller checks rows instead.
 * An empty text (nothing searchable) gives an empty `sameRow`, which matches nothing.
 */
export function toSameRowQuery(normalised: string): SameRowQuery | null {
  const lexemes: string[] = [];
  let compound = false;
  for (const [token] of normalised.matchAll(TOKEN)) {
    if (token.startsWith("'")) lexemes.push(token);
    else if (token === '|' || token === '!') return null;
    else if (token.startsWith('<')) compound = true;
  }
  return Object.freeze({ sameRow: lexemes.join(' <0> '), single: lexemes.length === 1, compound });
}
