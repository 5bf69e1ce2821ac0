import type { OrganizationMention } from '../../domain/analysis.js';
import { scanMatches } from './scanMatches.js';

// Three letters at least: two-letter initials ("BP", "AP") name too many other bodies.
const ACRONYM = /(?<![\p{L}\p{N}’'.-])\p{Lu}{3,6}(?![\p{L}\p{N}-])/gu;
// Where ACRONYM can start: three characters each A-Z or beyond ASCII (every \p{Lu} is one).
const ACRONYM_START = /(?:[A-Z]|[\u0080-\uffff]){3}/g;
const CAPS_BEFORE = /\b\p{Lu}{2,}\s*$/u;
const CAPS_AFTER = /^\s*\p{Lu}{2,}\b/u;
const CAPITALISED_WORD = /^\p{Lu}\p{Ll}/u;

/** The initials an organisation's name can be shortened to: the whole name's, and (three letters or more) those of a tail that drops a leading place. */
function initialsOf(name: string): string[] {
  // "Charlotte-Mecklenburg" gives two initials, as "CMPD" has them.
  const words = name.split(/[\s-]+/).filter((w) => CAPITALISED_WORD.test(w));
  const all = words.map((w) => w[0]).join('');
  const tails: string[] = [all];
  // "Charlotte-Mecklenburg Police" is written "CMPD": a police force named without its "Department".
  if (words.length >= 2 && words[words.length - 1] === 'Police') tails.push(`${all}D`);
  for (let i = 1; i < words.length; i++) {
    const tail = words.slice(i).map((w) => w[0]).join('');
    if (tail.length >= 3) tails.push(tail);
  }
  return tails;
}

/**
 * Initials standing for an organisation the document has already named in full ("the Ohio Bureau
 * of Criminal Records … an OBCR spokesperson", "the Nevada Department of Motor Safety … DMS said"),
 * as mentions of that organisation. Only initials that fit exactly one organisation named before
 * them count; a word in a run of capitals (a heading, a defendant's name in a filing) is no acronym.
 */
export function findAcronymMentions(text: string, organizations: readonly OrganizationMention[]): OrganizationMention[] {
  const found: OrganizationMention[] = [];
  // Each organisation's initials, once: the scan below runs at every run of capitals.
  const initials = organizations.map((o) => initialsOf(o.name));
  for (const m of scanMatches(ACRONYM, text, ACRONYM_START)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    if (organizations.some((o) => o.start < end && o.end > start)) continue;
    if (CAPS_BEFORE.test(text.slice(Math.max(0, start - 12), start)) || CAPS_AFTER.test(text.slice(end, end + 12))) continue;
    const named = new Map<string, OrganizationMention>();
    organizations.forEach((o, k) => {
      if (o.end <= start && initials[k].includes(m[0])) named.set(o.agencyId ?? o.name, o);
    });
    if (named.size !== 1) continue;
    const [org] = named.values();
    found.push(Object.freeze({ kind: 'organization', start, end, text: m[0], name: org.name, agencyId: org.agencyId }));
  }
  return found;
}
