// "a 2022 domestic violence charge", "a prior drug charge", "an unrelated theft case": a charge of the
// past, or of another matter, named by a year or such a word a few words before its noun.
// "a misdemeanor charge from 2019": the year after the noun too.
const PRIOR_CHARGE = /\b(?:(?:19|20)\d\d|prior|previous|earlier|past|old|older|unrelated|separate)\s+(?:[\w-]+\s+){0,3}?(?:charges?|case|cases|indictments?|arrests?)\b|\b(?:charges?|case|cases|indictments?|arrests?)\s+(?:from|in)\s+(?:19|20)\d\d\b/giu;

/**
 * Whether the charge read at [start, end) of `text` is one of the past or of another matter ("The
 * 2022 domestic violence charge was dismissed", "a prior charge against him"), not the one the
 * incident brought: the charge noun the reading holds or opens on named with a year or "prior",
 * "earlier", "unrelated" a few words before it. Such a charge is the person's record, no claim about this case.
 */
export function isPriorCharge(text: string, start: number, end: number): boolean {
  const from = Math.max(0, start - 40);
  const before = text.slice(from, start);
  const cut = Math.max(before.lastIndexOf('.'), before.lastIndexOf(';'), before.lastIndexOf('!'), before.lastIndexOf('?'));
  const clauseStart = from + cut + 1;
  const clause = text.slice(clauseStart, end);
  // Only the noun the reading itself is about: one ending after the reading begins.
  for (const m of clause.matchAll(PRIOR_CHARGE)) if (clauseStart + m.index + m[0].length > start) return true;
  // "had a prior conviction for driving under the influence": the reading is what the past conviction was for;
  // "had been arrested for drunken driving in 2015": a year right after it.
  return PRIOR_CONVICTION_FOR.test(text.slice(clauseStart, start)) || YEAR_AFTER.test(text.slice(end, end + 20));
}

const YEAR_AFTER = /^\s+(?:back\s+)?in\s+(?:19|20)\d\d\b/u;

const PRIOR_CONVICTION_FOR = /\b(?:(?:19|20)\d\d|prior|previous|earlier|past|old|older)\s+(?:[\w-]+\s+){0,2}?(?:convictions?|charges?|arrests?)\s+(?:for|of|on)\s+(?:an?\s+)?$/iu;
