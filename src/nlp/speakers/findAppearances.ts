import { runningCase } from './findCapitalsName.js';

// "For the Plaintiff: DANA WHITCOMB, Assistant U.S. Attorney" under a transcript's APPEARANCES.
const APPEARANCE = /^[ \t]*For the (Plaintiff|Defendant|Government|United States|Petitioner|Respondent)s?:[ \t]*(\p{Lu}[\p{Lu}.'’ -]*\p{Lu}),[ \t]*([^\n]{2,80}?)[ \t]*$/gmu;
// "UNITED STATES OF AMERICA, ⏎ Plaintiff,": the caption of a prosecution.
const PROSECUTION_CAPTION = /\b(?:UNITED STATES OF AMERICA|THE PEOPLE OF THE STATE OF [A-Z ]+|STATE OF [A-Z ]+),?\s*\n?[ \t]*Plaintiff\b/u;
// "Proceedings before the HONORABLE MARGARET L. HASKINS, Judge, …".
const PRESIDING = /\bbefore the HONORABLE (\p{Lu}[\p{Lu}.'’ -]*\p{Lu}),[ \t]*((?:(?:Chief|Senior|Magistrate|District|U\.S\.)[ \t]+)*Judge)\b/gu;

// "Witness: Douglas Amsel, Executive Associate Director, Enforcement and Removal Operations, U.S. Immigration and Customs
// Enforcement." in a hearing's front matter: the name in running case, then the office and the body.
const HEARING_WITNESS = /^[ \t]*(?:Witness(?:es)?|STATEMENT OF)[ \t]*:?[ \t]+(\p{Lu}[\p{L}'’-]*(?:[ \t]+\p{Lu}[\p{L}.'’-]*){1,3}),[ \t]*([^,\n]{2,80})((?:,[^,\n]{2,80}){0,3})\.?[ \t]*$/gmu;

export interface Appearance {
  readonly start: number;
  /** Where the line that names them ends: the body they serve is named on it. */
  readonly lineEnd: number;
  /** In running case: "Dana Whitcomb". */
  readonly name: string;
  /** As the transcript gives it: "Assistant U.S. Attorney", "Judge". */
  readonly title: string;
}

/**
 * The people a transcript's front matter names, who its labels ("MS. WHITCOMB:", "THE COURT:", "Mr. AMSEL.") then
 * call by surname or office: the counsel a court transcript lists as appearing, the judge the proceedings are before,
 * and the witness a congressional hearing hears, with their office. Empty for any other text.
 */
export function findAppearances(text: string): readonly Appearance[] {
  // Asked once per document when persons are registered, then again at each "THE COURT:" or hearing label: the text's
  // answer is kept, as findCapitalsName keeps its runs.
  if (lastRead?.text !== text) lastRead = { text, found: readAppearances(text) };
  return lastRead.found;
}

let lastRead: { text: string; found: readonly Appearance[] } | null = null;

function readAppearances(text: string): Appearance[] {
  const out: Appearance[] = [];
  // "For the Defendant: LUIS FERRARO, Attorney at Law" in a criminal case: the defense's lawyer, whatever the
  // line calls him (in a civil case the defendant may be the government).
  const criminal = PROSECUTION_CAPTION.test(text);
  for (const m of text.matchAll(APPEARANCE)) out.push({ start: m.index + m[0].indexOf(m[2]), lineEnd: m.index + m[0].length, name: runningCase(m[2]), title: criminal && m[1] === 'Defendant' ? 'Defense attorney' : m[3].trim() });
  for (const m of text.matchAll(PRESIDING)) out.push({ start: m.index + m[0].indexOf(m[1]), lineEnd: m.index + m[0].length, name: runningCase(m[1]), title: m[2] });
  for (const m of text.matchAll(HEARING_WITNESS)) out.push({ start: m.index + m[0].indexOf(m[1]), lineEnd: m.index + m[0].length, name: m[1], title: m[2].trim() });
  return out;
}
