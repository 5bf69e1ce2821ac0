import type { FacetMatch } from './matchFacets.js';

// A value set off after a name: "Luis Amaya, 31,".
const AFTER_NAME = /^(\p{Lu}[\p{L}'’-]+), /u;

/**
 * Whether a match tells of someone other than the person force was used on: a value read right after
 * a name that is not one of the subject's ("Serrano's husband, Luis Amaya, 31,"), or the conduct of a
 * crowd when the subject is one named person ("rioters … assaulted officers", said of a protest where
 * a pastor was hit). With no subject known, or a value not set after a name ("a 29-year-old woman"),
 * it may be theirs; with no one named, the crowd may be the subject.
 */
export function namesAnother(text: string, m: FacetMatch, subject: string | null): boolean {
  if (subject === null) return false;
  if (m.byCrowd) return true;
  const named = AFTER_NAME.exec(text.slice(m.start, m.end));
  return named !== null && !subject.split(/\s+/u).includes(named[1]);
}
