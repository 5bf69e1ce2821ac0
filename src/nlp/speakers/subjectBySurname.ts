import { apposedRelation } from './apposedRelation.js';
import { paternalWord, type PersonRecord } from './personRegistry.js';
import type { SpeakerContext } from './speakerContext.js';
import { ownKinNouns, reportsOwnKin, speaksOfOwnKin } from './speaksOfOwnKin.js';
import { callsByFirstAlone } from './callsByFirstAlone.js';
import { foldName, type Word } from './words.js';

/**
 * "Pretti's family" in a story that names the subject Alex Pretti and his sister Elena Pretti: a
 * lone surname several people of the document share is the subject's when the subject is one of
 * them.
 */
export function subjectBySurname(ctx: SpeakerContext, words: readonly Word[]): PersonRecord | null {
  if (!ctx.subject || words.length !== 1) return null;
  const name = ctx.text.slice(words[0].start, words[0].end);
  if (ctx.persons.lookup(name) !== 'ambiguous') return null;
  if (callsByBothSurnames(ctx, ctx.subject) || callsByFirstAlone(ctx.text, ctx.subject, name)) return null;
  return surnamesOf(ctx, ctx.subject).includes(foldName(name)) ? ctx.subject : null;
}


/**
 * "Escalante Rivas, 29, was not in the courtroom. His sister, Lucía Escalante, …": a story that calls
 * its subject by both surnames alone ("Escalante Rivas") keeps the first alone for another who bears it.
 */
function callsByBothSurnames(ctx: SpeakerContext, subject: PersonRecord): boolean {
  const names = subject.name.split(/\s+/u);
  if (names.length < 3 || !ctx.persons.hasDoubleSurname(subject)) return false;
  const surnames = names.slice(-2).join(' ');
  const given = names.slice(0, -2).join(' ');
  for (let at = ctx.text.indexOf(surnames); at >= 0; at = ctx.text.indexOf(surnames, at + 1)) {
    if (!ctx.text.slice(Math.max(0, at - given.length - 1), at).startsWith(given)) return true;
  }
  return false;
}

/**
 * "Arredondo says" in a story that names the subject Tomás Arredondo and "his wife, Leticia
 * Arredondo": the surname alone as a speaker is the subject's when every other bearer is brought in
 * as a relative ("his wife, X") and the subject is not: news style then names the relatives in full
 * at every mention. A story told through a relative ("Her son, Julián Delgado, was shot …", then
 * "Delgado spoke to the paper") leaves it unclear.
 */
export function subjectSpeakingBySurname(ctx: SpeakerContext, words: readonly Word[]): PersonRecord | null {
  const subject = subjectBySurname(ctx, words);
  if (!subject || isApposedRelative(ctx, subject)) return null;
  const surname = foldName(ctx.text.slice(words[0].start, words[0].end));
  const others = ctx.persons.all().filter((r) => r !== subject && surnamesOf(ctx, r).includes(surname));
  // "Rigoberto Salcido Ibarra … his mother, Hortensia Ibarra": the last of three names may be a second
  // surname, the mother's own; the text not saying so, "Ibarra said" is no one sure.
  if (subject.words.length >= 3 && subject.words[subject.words.length - 1] === surname) return null;
  return others.length > 0 && others.every((r) => isApposedRelative(ctx, r)) ? subject : null;
}

/**
 * "“My brother told me he stopped,” Montes said" in a story of Javier Montes Quiroga and "His sister,
 * Leticia Montes Quiroga"; "Carrillo said her cousin had applied for DACA" beside "Ruelas's cousin,
 * Marisela Carrillo": words that speak of the speaker's own kin ("my brother", "she … her husband",
 * "her cousin" of a woman) are the one bearer of the surname brought in as a relative, not another.
 */
export function relativeSpeakingBySurname(ctx: SpeakerContext, words: readonly Word[], content: string, at: number): PersonRecord | null {
  if (words.length !== 1) return null;
  const surname = foldName(ctx.text.slice(words[0].start, words[0].end));
  // Of those named before the words: "His aunt, Consuelo Ortega, did not speak", further on, is no one who spoke.
  const bearers = ctx.persons.all().filter((r) => surnamesOf(ctx, r).includes(surname) && namedBefore(ctx, r, at));
  if (bearers.length < 2) return null;
  const relatives = bearers.filter((r) => isApposedRelative(ctx, r));
  if (relatives.length !== 1) return null;
  const [relative] = relatives;
  // "“They put my nephew face down,” Hersi said" of "his nephew, Abdirahman Hersi": the nephew is the one
  // spoken of, so the speaker is the other bearer, when there is one.
  const spokenOf = relationNoun(ctx, relative);
  if (spokenOf !== null && ownKinNouns(content).includes(spokenOf)) {
    const others = bearers.filter((r) => r !== relative);
    return others.length === 1 ? others[0] : null;
  }
  return speaksOfOwnKin(content) || reportsOwnKin(content, ctx.persons.genderOf(relative)) ? relative : null;
}

/**
 * "Ibarra said" in a story of Rigoberto Salcido Ibarra and his mother, Hortensia Ibarra: the last
 * word of a Spanish double surname is the mother's own (her first surname is her son's second), and
 * the son is called by his first ("Salcido"). The one other person whose last word it is, when the
 * subject has a double surname and it is his last word.
 */
export function bearerOfSubjectsSecondSurname(ctx: SpeakerContext, words: readonly Word[], at: number): PersonRecord | null {
  const subject = ctx.subject && words.length === 1 && ctx.persons.lookup(ctx.text.slice(words[0].start, words[0].end)) === 'ambiguous' ? ctx.subject : null;
  const surname = words.length === 1 ? foldName(ctx.text.slice(words[0].start, words[0].end)) : '';
  if (!subject || !(ctx.persons.hasDoubleSurname(subject) || callsByFirstAlone(ctx.text, subject, surname))) return null;
  if (foldName(subject.name.split(/\s+/u).pop() ?? '') !== surname) return null;
  // "His mother, María de la Luz Quintana Ríos, … “…,” Quintana, 46, told Reuters": the mother's first surname, of a
  // double one, is her son's second too.
  const others = ctx.persons.all().filter((r) => r !== subject && (foldName(r.name.split(/\s+/u).pop() ?? '') === surname || (ctx.persons.hasDoubleSurname(r) && paternalWord(r.words) === surname)));
  // Named before the words: "His mother, Consuelo Ortega, did not speak", further on, is not who spoke.
  return others.length === 1 && namedBefore(ctx, others[0], at) ? others[0] : null;
}

/**
 * "Escalante described …" in a story that calls its subject "Escalante Rivas" and names "His sister,
 * Lucía Escalante": the first surname alone is the one other person whose last word it is, named before.
 * With no subject found, the one person the story calls by both surnames stands for it.
 */
export function bearerBesideBothSurnames(ctx: SpeakerContext, words: readonly Word[], at: number): PersonRecord | null {
  if (words.length !== 1) return null;
  const surname = foldName(ctx.text.slice(words[0].start, words[0].end));
  // The subject, or with none found the one person the story calls by both surnames ("Benavides Quiroga").
  const called = ctx.persons.all().filter((r) => paternalWord(r.words) === surname && callsByBothSurnames(ctx, r));
  if (called.length !== 1 || (ctx.subject && called[0] !== ctx.subject)) return null;
  const others = ctx.persons.all().filter((r) => r !== called[0] && foldName(r.name.split(/\s+/u).pop() ?? '') === surname);
  return others.length === 1 && namedBefore(ctx, others[0], at) ? others[0] : null;
}

/** The surname a person may be called by alone: the last word, and of three words or more the one before ("Castañeda" of "Ernesto Castañeda Ríos"). */
function surnamesOf(ctx: SpeakerContext, record: PersonRecord): string[] {
  const words = record.name.split(/\s+/u).map(foldName);
  return ctx.persons.hasDoubleSurname(record) ? [paternalWord(words) ?? '', words[words.length - 1]] : words.slice(-1);
}

/** Whether the text names the person in full before `at`. */
function namedBefore(ctx: SpeakerContext, record: PersonRecord, at: number): boolean {
  const first = ctx.text.indexOf(record.name);
  return first >= 0 && first < at;
}

/** The relation noun a relative is brought in by ("nephew" of "his nephew, Abdirahman Hersi"), lower-cased; null when none. */
function relationNoun(ctx: SpeakerContext, record: PersonRecord): string | null {
  for (let at = ctx.text.indexOf(record.name); at >= 0; at = ctx.text.indexOf(record.name, at + 1)) {
    const relation = apposedRelation(ctx.text, at, at + record.name.length, ctx.vocab);
    if (relation) return relation[relation.length - 1].norm;
  }
  return null;
}

/** Whether the document sets a relation before the person's full name somewhere ("his wife, Leticia Arredondo"). */
function isApposedRelative(ctx: SpeakerContext, record: PersonRecord): boolean {
  return relationNoun(ctx, record) !== null;
}

/**
 * "Villalobos said" in a story of "Marcos Villalobos Ortega, 34," and "His sister, Araceli Villalobos":
 * with no subject found, the one bearer of the surname (last word, or the first of a double surname)
 * the text names with an age and brings in as no one's relative, when every other bearer is brought
 * in as a relative; null otherwise.
 */
export function unrelatedBearerWithAge(ctx: SpeakerContext, words: readonly Word[]): PersonRecord | null {
  if (ctx.subject || words.length !== 1) return null;
  const surname = foldName(ctx.text.slice(words[0].start, words[0].end));
  const bearers = ctx.persons.all().filter((r) => surnamesOf(ctx, r).includes(surname));
  const unrelated = bearers.filter((r) => !isApposedRelative(ctx, r));
  if (unrelated.length !== 1 || bearers.length < 2) return null;
  const [one] = unrelated;
  return withAge(ctx.text, one.name) ? one : null;
}

/** Whether the text writes the full name with an age set off after it ("Marcos Villalobos Ortega, 34,"). */
function withAge(text: string, name: string): boolean {
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    if (AGE_AFTER.test(text.slice(at + name.length, at + name.length + 6))) return true;
  }
  return false;
}

const AGE_AFTER = /^,\s\d{1,3},/u;
