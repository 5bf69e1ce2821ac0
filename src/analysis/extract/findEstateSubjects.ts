import { runningCase } from '../../nlp/speakers/findCapitalsName.js';

// "MARISOL VALDIVIA, individually and as personal representative of the Estate of ERNESTO VALDIVIA RUIZ, deceased,": a
// civil caption's decedent, the name in capitals or in running case.
const ESTATE_OF = /\b(?:[Ee]state|ESTATE)[ \t]+(?:of|OF)[ \t]+(\p{Lu}[\p{L}'’-]*(?:[ \t]+\p{Lu}[\p{L}'’-]*){1,4}),?[ \t]+(?:deceased|DECEASED)\b/gu;

/**
 * The people a civil caption sues for as dead ("… of the Estate of ERNESTO VALDIVIA RUIZ, deceased"): a wrongful-death
 * complaint is about what befell the decedent, not its plaintiff, who brings it for the estate. The names in running
 * case, once each. Empty for any other text.
 */
export function findEstateSubjects(body: string): string[] {
  const out: string[] = [];
  for (const m of body.matchAll(ESTATE_OF)) {
    const name = runningCase(m[1].replace(/[ \t]+/gu, ' '));
    if (!out.includes(name)) out.push(name);
  }
  return out;
}
