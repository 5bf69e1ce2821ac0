import { loadAgencies } from '../../nlp/mentions/loadAgencies.js';
import { loadPlaces } from '../../nlp/mentions/loadPlaces.js';
import { isPersonName } from './isPersonName.js';

// The prosecuting side of a criminal caption: the government, never a private plaintiff (a civil
// suit "Outlet LLC v. Department …" names no defendant of the incident).
const PROSECUTION = String.raw`(?:United\s+States(?:\s+of\s+America)?|UNITED\s+STATES(?:\s+OF\s+AMERICA)?|(?:The\s+)?People(?:\s+of\s+the\s+State\s+of\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)?|PEOPLE|State(?:\s+of\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)?|STATE(?:\s+OF\s+[A-Z]+(?:\s+[A-Z]+)?)?|Commonwealth(?:\s+of\s+[A-Z][a-z]+)?|COMMONWEALTH(?:\s+OF\s+[A-Z]+)?)`;
// A name: one to five capitalised words (accents, hyphens and apostrophes inside a word allowed).
const NAME = String.raw`\p{Lu}[\p{L}'’-]*\.?(?:[ \t]+\p{Lu}[\p{L}'’-]*\.?){0,4}`;
const CAPTION = new RegExp(String.raw`\b${PROSECUTION}\s*,?\s+(?:v|vs)\.?\s+(${NAME}(?:(?:,\s+|\s+and\s+|\s+AND\s+)${NAME})*)`, 'gu');
const NOT_A_NAME = /^(?:et|al|Case|No|Defendants?|DEFENDANTS?)$/u;
// A government sued by the United States ("United States v. Illinois", "… v. City") is no person.
const PUBLIC_BODY = /^(?:the\s+)?(?:city|county|town|village|state|commonwealth|government|board|district|parish|township)\b/iu;

/**
 * The people a criminal case is brought against, read from its caption ("United States v. Ana
 * Ruiz", "State of Texas v. RUIZ and DIAZ"): the document's title, or a filing's heading where the
 * "v." stands on a line of its own. The person an agency charges after a use of force is almost
 * always the person force was used on, so a caption is strong evidence of who an incident's subject
 * is, even when the filing writes the name in capitals that mention finding does not read as a name.
 * A case cited in running text ("under United States v. Brignoni-Ponce, 422 U.S. 873") is a
 * precedent, not the case at hand, and is never read.
 */
export function findCaptionDefendants(title: string | null, body = ''): string[] {
  const out: string[] = [];
  const read = (text: string, heading: boolean) => {
    for (const m of text.matchAll(CAPTION)) {
      const after = text.slice(m.index + m[0].length, m.index + m[0].length + 8);
      if (/^,?\s*\d/u.test(after)) continue;
      if (heading && !/\n[ \t]*(?:v|vs)\.?[ \t]*\n/u.test(m[0])) continue;
      for (const part of m[1].split(/,\s+|\s+(?:and|AND)\s+/u)) {
        const words = part.split(/\s+/u).filter((w) => !NOT_A_NAME.test(w.replace(/\.$/u, '')));
        const name = words.join(' ').replace(/\.$/u, '');
        if (name.length < 3 || !isDefendantName(name)) continue;
        if (!out.some((n) => n.toLowerCase() === name.toLowerCase())) out.push(name);
      }
    }
  };
  if (title) read(title, false);
  read(body, true);
  return out;
}

/** A caption party that can be a person: not a place, an agency, an organisation or a public body. */
function isDefendantName(name: string): boolean {
  if (!isPersonName(name) || PUBLIC_BODY.test(name) || loadAgencies().findByAlias(name)) return false;
  const place = loadPlaces().matcher.longestAt(name, 0);
  return !(place && place.end >= name.length);
}
