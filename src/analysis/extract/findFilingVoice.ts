import type { Speaker } from '../../domain/attribution.js';
import { sameName } from '../merge/foldName.js';
import { findEstateSubjects } from './findEstateSubjects.js';

// A civil caption at a filing's head: "MARISOL REYES, Plaintiff,⏎v.⏎UNITED STATES …, Defendants."
const PLAINTIFF = /^[ \t]*(\p{Lu}[\p{L}'’.-]*(?:[ \t]+\p{Lu}[\p{L}'’.-]*){1,4}),?[ \t]+(?:Plaintiffs?|PLAINTIFFS?|Petitioners?|PETITIONERS?)\b[^\n]*\n[ \t]*(?:v|vs)\.?[ \t]*\n/mu;
// The same with "Plaintiff," on a line of its own and blank lines between: "MARISOL VALDIVIA, individually and as personal
// representative of the Estate of ERNESTO VALDIVIA RUIZ, deceased,⏎⏎Plaintiff,⏎⏎v.⏎".
const PLAINTIFF_LINES = /^[ \t]*(\p{Lu}[\p{L}'’.-]*(?:[ \t]+\p{Lu}[\p{L}'’.-]*){1,4})(,[^\n]*)?\n(?:[ \t]*\n)*[ \t]*(?:Plaintiffs?|PLAINTIFFS?|Petitioners?|PETITIONERS?),?[ \t]*\n(?:[ \t]*\n)*[ \t]*(?:v|vs)\.?[ \t]*\n/mu;
// The pleading's own heading, on a line of its own: what the filing is ("COMPLAINT", "COMPLAINT FOR DAMAGES").
const PLEADING = /^[ \t]*((?:FIRST |SECOND |THIRD )?(?:AMENDED )?(?:COMPLAINT|PETITION)\b[^\n]{0,60})$/mu;
// A civil caption whose defendant is the United States: "v.⏎⏎UNITED STATES OF AMERICA, et al.,".
const AGAINST_UNITED_STATES = /^[ \t]*(?:v|vs)\.?[ \t]*\n(?:[ \t]*\n)*[ \t]*(?:THE[ \t]+)?UNITED[ \t]+STATES\b/mu;
// The defendants' own filing, on a heading line: "FEDERAL DEFENDANTS' MOTION TO DISMISS …", "UNITED STATES' ANSWER".
const DEFENSE_PLEADING = /^[ \t]*(?:(?:FEDERAL|THE)[ \t]+)?(?:DEFENDANTS?|UNITED[ \t]+STATES|GOVERNMENT)['’]?(?:S['’]?)?[ \t]+(?:(?:PARTIAL|RENEWED|CONSOLIDATED)[ \t]+)?(?:MOTION|ANSWER|REPLY|RESPONSE|OPPOSITION|BRIEF|MEMORANDUM)\b[^\n]{0,120}$/mu;
// How far into the body the caption and the heading stand.
const HEAD = 1500;

const DEFENDANTS_VOICE: Speaker = Object.freeze({ name: 'filing of the United States', affiliation: 'U.S. Department of Justice', role: 'official' });

/**
 * The voice of a civil pleading brought by the person force was used on ("MARISOL REYES, Plaintiff,
 * v. UNITED STATES …" over "COMPLAINT"): its numbered allegations are that person's account, as
 * their counsel pleads it, not an outlet's reporting; so is one a relative brings for their estate ("MARISOL VALDIVIA,
 * individually and as personal representative of the Estate of ERNESTO VALDIVIA RUIZ, deceased, ⏎ Plaintiff, ⏎ v.").
 * A filing the United States makes as a civil defendant ("FEDERAL DEFENDANTS' MOTION TO DISMISS") speaks for the
 * government. Null for any other document, for a criminal
 * complaint (the government's, read through its affiant's attributions) and for a suit brought by
 * someone else (a newspaper's records suit).
 */
export function findFilingVoice(text: string, bodyStart: number, subject: string | null): Speaker | null {
  const head = text.slice(bodyStart, bodyStart + HEAD);
  // "UNITED STATES OF AMERICA, et al., Defendants. ⏎ FEDERAL DEFENDANTS' MOTION TO DISMISS": the government's account, as its counsel argues it.
  if (AGAINST_UNITED_STATES.test(head) && DEFENSE_PLEADING.test(head)) return DEFENDANTS_VOICE;
  if (subject === null) return null;
  const caption = PLAINTIFF.exec(head) ?? PLAINTIFF_LINES.exec(head);
  if (!caption || !PLEADING.test(head)) return null;
  // A wrongful-death suit is brought for the estate of the one force was used on, by a relative.
  // "as personal representative of the Estate of ERNESTO VALDIVIA RUIZ, deceased": whose estate the plaintiff sues for.
  const estates = caption[2] === undefined ? [] : findEstateSubjects(caption[2]);
  if (!sameName(caption[1], subject) && !estates.some((name) => sameName(name, subject))) return null;
  return Object.freeze({ name: `complaint of ${subject}`, affiliation: `counsel for ${subject}`, role: 'subject_counsel' });
}
