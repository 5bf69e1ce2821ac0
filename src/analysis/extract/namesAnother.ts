import type { FacetMatch } from './matchFacets.js';

// A value set off after a name: "Luis Amaya, 31,".
const AFTER_NAME = /^(\p{Lu}[\p{L}'’-]+), /u;

/**
 * Whether a value read right after a name ("Serrano's husband, Luis Amaya, 31,") belongs to someone
 * other than the person force was used on: the name is not one of the subject's. With no subject
 * known, or a value not set after a name ("a 29-year-old woman"), it may be theirs.
 */
export function namesAnother(text: string, m: FacetMatch, subject: string | null): boolean {
  if (subject === null) return false;
  const named = AFTER_NAME.exec(text.slice(m.start, m.end));
  return named !== null && !subject.split(/\s+/u).includes(named[1]);
}
