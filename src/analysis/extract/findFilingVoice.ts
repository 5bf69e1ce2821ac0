import type { Speaker } from '../../domain/attribution.js';
import { sameName } from '../merge/foldName.js';

// A civil caption at a filing's head: "MARISOL REYES, Plaintiff,⏎v.⏎UNITED STATES …, Defendants."
const PLAINTIFF = /^[ \t]*(\p{Lu}[\p{L}'’.-]*(?:[ \t]+\p{Lu}[\p{L}'’.-]*){1,4}),?[ \t]+(?:Plaintiffs?|PLAINTIFFS?|Petitioners?|PETITIONERS?)\b[^\n]*\n[ \t]*(?:v|vs)\.?[ \t]*\n/mu;
// The pleading's own heading, on a line of its own: what the filing is ("COMPLAINT", "COMPLAINT FOR DAMAGES").
const PLEADING = /^[ \t]*((?:FIRST |SECOND |THIRD )?(?:AMENDED )?(?:COMPLAINT|PETITION)\b[^\n]{0,60})$/mu;
// How far into the body the caption and the heading stand.
const HEAD = 1500;

/**
 * The voice of a civil pleading brought by the person force was used on ("MARISOL REYES, Plaintiff,
 * v. UNITED STATES …" over "COMPLAINT"): its numbered allegations are that person's account, as
 * their counsel pleads it, not an outlet's reporting. Null for any other document, for a criminal
 * complaint (the government's, read through its affiant's attributions) and for a suit brought by
 * someone else (a newspaper's records suit).
 */
export function findFilingVoice(text: string, bodyStart: number, subject: string | null): Speaker | null {
  if (subject === null) return null;
  const head = text.slice(bodyStart, bodyStart + HEAD);
  const caption = PLAINTIFF.exec(head);
  if (!caption || !PLEADING.test(head) || !sameName(caption[1], subject)) return null;
  return Object.freeze({ name: `complaint of ${subject}`, affiliation: `counsel for ${subject}`, role: 'subject_counsel' });
}
