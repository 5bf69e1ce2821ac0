import { runningCase } from '../../nlp/speakers/findCapitalsName.js';

// "Subject: TOVAR MANRIQUE, Ezequiel", "Subject Name: RUIZ, Ana Maria": a record's form field, surname first in capitals.
const SUBJECT_FIELD = /^[ \t]*(?:Subject|Subject Name|Detainee|Detainee Name|Arrestee|Name of Subject)[ \t]*:[ \t]*(\p{Lu}[\p{Lu}'’-]*(?:[ \t]+\p{Lu}[\p{Lu}'’-]*){0,3}),[ \t]*(\p{Lu}[\p{Ll}'’-]+(?:[ \t]+\p{Lu}[\p{Ll}'’-]+){0,2})[ \t]*$/gmu;

/**
 * The people an agency's record names in its subject field ("Subject: TOVAR MANRIQUE, Ezequiel"): the name given
 * name first and in running case ("Ezequiel Tovar Manrique"), then the surnames as the record writes them ("TOVAR
 * MANRIQUE", "TOVAR"). An incident report is about what befell its subject, as a criminal caption is about its
 * defendant. Empty for a text with no such field.
 */
export function findRecordSubjects(body: string): string[] {
  const out: string[] = [];
  for (const m of body.matchAll(SUBJECT_FIELD)) {
    const surname = runningCase(m[1].replace(/[ \t]+/gu, ' '));
    // The record then writes the surname as the field does ("TOVAR MANRIQUE, a Mexican national", "TOVAR stated"):
    // those forms too, for the mentions to be found; the name in running case first, for its display.
    const forms = [`${m[2]} ${surname}`, m[1], m[1].split(/[ \t]+/u)[0]];
    for (const form of forms) if (!out.includes(form)) out.push(form);
  }
  return out;
}
