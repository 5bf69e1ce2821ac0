import { makeEntity, makeSpeaker, type Entity } from './entity.js';
import type { Description } from './readDescription.js';
import type { RoleVocab } from './roleVocab.js';

const DISTRICT = /\b(?:(?:Northern|Southern|Eastern|Western|Central|Middle) )?District of (?:[A-Z][a-z]+)(?: [A-Z][a-z]+)?/g;

/** Court districts named in a text, distinct, in order of first mention. */
export function findDistricts(text: string): string[] {
  // Every match holds "District of ": most texts have none, and the pattern need not scan them.
  if (!text.includes('District of ')) return [];
  return [...new Set([...text.matchAll(DISTRICT)].map((m) => m[0]))];
}

/**
 * A court filing as a speaker: "criminal complaint (Southern District of Ohio)", or what a court
 * issues: "court order (Northern District of Ohio)", role `court`. The district is the one the
 * phrase names, else the only one the document names; none for a paper filed with an agency (a
 * wrongful-death claim), whatever court the story says a suit may go to.
 */
export function filingEntity(
  typeNoun: string,
  opts: { vocab: RoleVocab; criminal: boolean; civil?: boolean; phraseText: string; districts: readonly string[]; issuer: string | null },
): Entity | null {
  const type = opts.vocab.filings.get(typeNoun);
  if (!type) return null;
  // "A criminal complaint filed by …" says so itself, whatever else the document tells; in a story of
  // a suit ("The state sued DHS … The complaint alleges"), a bare complaint is the civil one.
  const criminal = opts.criminal || typeNoun.startsWith('criminal ');
  const typeName = criminal && type.criminalName ? type.criminalName : !criminal && opts.civil && type.civilName ? type.civilName : type.name;
  const own = type.inCourt ? findDistricts(opts.phraseText) : [];
  const district = own[0] ?? (type.inCourt && opts.districts.length === 1 ? opts.districts[0] : null);
  const name = `${opts.issuer ? `${opts.issuer} ` : ''}${typeName}${district ? ` (${district})` : ''}`;
  return makeEntity({
    key: `filing:${name}`,
    kind: 'filing',
    speaker: makeSpeaker(name, district ? `U.S. District Court, ${district}` : null, type.role),
    heads: [typeNoun, ...type.name.split(' ')],
  });
}

export function issuerOf(d: Description): string | null {
  if (!d.organization) return null;
  return d.organization.text.replace(/^the\s+/i, '').replace(/['’]s$/, '');
}
