import { escapeRegExp } from '../../lib/escapeRegExp.js';
import type { PersonRecord } from './personRegistry.js';
import type { Description } from './readDescription.js';
import { isNewsroomVoice } from './isInterviewer.js';
import { resolveAnaphor } from './resolveAnaphor.js';
import type { SpeakerContext } from './speakerContext.js';
import { subjectBySurname } from './subjectBySurname.js';
import { foldName, splitWords, type Word } from './words.js';

const CLAUSE_END = new Set(['who', 'that', 'which', 'whose', 'wounded', 'shot', 'killed', 'during', 'in', 'at', 'on']);

function lookupWords(ctx: SpeakerContext, words: readonly Word[]): PersonRecord | null {
  if (!words.length) return null;
  const found = ctx.persons.lookup(ctx.text.slice(words[0].start, words[words.length - 1].end));
  return found && found !== 'ambiguous' ? found : null;
}

/** The nouns that call the one force was used on: the last words of vocab/roles.json's subjectDescriptors. */
function subjectNouns(ctx: SpeakerContext): Set<string | undefined> {
  return new Set(ctx.vocab.subjectDescriptors.map((d) => d.split(' ').pop()));
}

/** "the man", "the Honduran man wounded …": a description that can only mean the subject. */
export function namesSubject(ctx: SpeakerContext, words: readonly Word[]): boolean {
  const nouns = subjectNouns(ctx);
  const upTo = words.findIndex((w, i) => i > 0 && CLAUSE_END.has(w.norm));
  return words.slice(0, upTo < 0 ? words.length : upTo).some((w) => nouns.has(w.norm));
}

// "A man shot by an immigration agent …", "A woman who was wounded …", "A 47-year-old man who died in
// the custody of …": a sentence that opens on a
// noun (checked against subjectNouns) and how force was used on them. A dateline may come first
// ("LOS ANGELES (AP) — ").
const SUBJECT_OPENING = /^\W*(?:\p{Lu}[\p{L} .,'’()]{1,60}?\s[—–-]{1,2}\s*)?(?:[Aa]n?|[Tt]he)\s+(?:[\p{L}\d.-]+\s+){0,3}?([\p{L}-]+)\s+(?:(?:(?:who\s+)?(?:was|were|had\s+been)\s+)?(?:fatally\s+|critically\s+)?(?:shot|wounded|killed|struck|shocked|tased|beaten|bitten|pinned|tackled)|who\s+(?:has\s+|had\s+)?died)\b/u;

// "A Border Patrol agent who shot a Chicago woman five times …, her attorney said": the one force was
// used on as the object of its verb, before the pronoun; the first of its words that calls the subject is the noun.
// Also "used a Taser on a U.S. citizen and pinned him".
const FORCE_OBJECT = /\b(?:shot|wounded|killed|tased|tackled|dragged|beat|used\s+(?:an?|their|his|her)\s+[\p{L}-]+\s+on)(?:\s+and\s+(?:killed|wounded))?\s+(?:an?|the)\s+((?:[\p{L}\d.-]+\s+){0,3}[\p{L}-]+)/u;

/**
 * "A man shot by an immigration agent has died, his family said.": "his" in a sentence that opens on
 * the person force was used on, whom the story names only later, is that person (the document's
 * subject), when the noun's gender (vocab/roles.json), the pronoun's and the subject's agree.
 */
function opensOnSubject(ctx: SpeakerContext, at: number, gender: 'male' | 'female'): boolean {
  const sentence = ctx.analysis.sentences[ctx.sentenceAt(at)];
  if (!sentence || !ctx.subject) return false;
  const before = ctx.text.slice(sentence.start, at);
  const nouns = subjectNouns(ctx);
  const opening = SUBJECT_OPENING.exec(before)?.[1].toLowerCase();
  // Not "A Border Patrol agent who shot a Chicago woman": the one opening the sentence is the officer.
  const noun = opening !== undefined && nouns.has(opening) ? opening : FORCE_OBJECT.exec(before)?.[1].toLowerCase().split(/\s+/u).find((w) => nouns.has(w));
  if (!noun) return false;
  const nounGender = ctx.vocab.genderWords.get(noun) ?? null;
  const subjectGender = ctx.persons.genderOf(ctx.subject);
  return (!nounGender || nounGender === gender) && (!subjectGender || subjectGender === gender);
}

// A surname opening its sentence as its subject, set off or acting: "Salcedo, a native of Michoacan, …", "Salcedo came …".
const SURNAME_OPENING = /^\W*(\p{Lu}[\p{L}'’-]+)(?:,|\s+\p{Ll})/u;

/**
 * "Salcedo, a native of Michoacan, Mexico, came to the United States in 2014, his wife said", where the
 * subject, Rigoberto Salcedo Ibarra, and his wife, Yesenia Salcedo, share the name: the surname opening
 * the pronoun's own sentence is the subject's when the pronoun's gender is the subject's and the
 * subject bears it.
 */
function opensOnSubjectSurname(ctx: SpeakerContext, at: number, gender: 'male' | 'female'): boolean {
  const sentence = ctx.analysis.sentences[ctx.sentenceAt(at)];
  if (!sentence || !ctx.subject) return false;
  const m = SURNAME_OPENING.exec(ctx.text.slice(sentence.start, at));
  if (!m) return false;
  const subjectGender = ctx.persons.genderOf(ctx.subject);
  return subjectGender === gender && ctx.subject.words.includes(foldName(m[1]));
}

const DETERMINERS = new Set(['the', 'a', 'an', 'that', 'this']);

/**
 * "But the man they put in that SUV on Sunday — his family says his name is …": a "his" after an
 * unnamed man of its own sentence ("the man", "a teenager") is his, not that of a man named in a
 * sentence before. True when such a noun, of the pronoun's gender, stands between them.
 */
function unnamedBetween(ctx: SpeakerContext, person: PersonRecord, at: number, gender: 'male' | 'female'): boolean {
  const sentence = ctx.analysis.sentences[ctx.sentenceAt(at)];
  if (!sentence || ctx.occurrences.some((o) => o.entity.person === person && o.start >= sentence.start && o.start < at)) return false;
  // The first word of the sentence, found by halving: words are in text order.
  let lo = 0;
  let hi = ctx.words.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ctx.words[mid].start < sentence.start) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < ctx.words.length && ctx.words[i].start < at; i++) {
    const w = ctx.words[i];
    if (w.capitalized || ctx.vocab.genderWords.get(w.norm) !== gender) continue;
    if (ctx.vocab.relationRoles.has(w.norm)) continue;
    if ([1, 2, 3].some((k) => i - k >= 0 && ctx.words[i - k].start >= sentence.start && DETERMINERS.has(ctx.words[i - k].norm))) return true;
  }
  return false;
}

/**
 * "An autopsy commissioned by the family found …, according to their attorney": a "their" whose
 * nearest plural antecedent is someone's family means that family; whose family it is, is the answer.
 */
function familyMeant(ctx: SpeakerContext, at: number): PersonRecord | null {
  const antecedent = resolveAnaphor(ctx, { at, attribution: -1, gender: null, reach: 2, accepts: (e) => e.plural, includeContent: true });
  if (!antecedent?.key.startsWith(FAMILY_KEY)) return null;
  const id = Number(antecedent.key.slice(FAMILY_KEY.length));
  return ctx.persons.all().find((r) => r.id === id) ?? null;
}

/** A word before the possessor noun that tells one person from another: "the other man's", "the young man's". */
function setApart(ctx: SpeakerContext, d: Description, possessor: Word): boolean {
  const at = d.words.indexOf(possessor);
  return d.words.slice(0, at).some((w) => ctx.vocab.otherPersonModifiers.has(w.norm));
}

/**
 * "… shot and wounded a 16-year-old boy near Sunland Park on March 2; the boy's uncle said …", in a
 * story of Óscar Delgado Fuentes named before: the sentence brings in a new one of the noun ("a …
 * boy"), and "the boy" is that one, not the subject named further back.
 */
function introducedAnew(ctx: SpeakerContext, noun: Word): boolean {
  const subject = ctx.subject;
  if (!subject) return false;
  const sentence = ctx.analysis.sentences[ctx.sentenceAt(noun.start)];
  if (!sentence) return false;
  const named = ctx.occurrences.some((o) => o.entity.person === subject && o.start < sentence.start);
  if (!named) return false;
  const before = ctx.text.slice(sentence.start, noun.start);
  return new RegExp(`\\b(?:an?|another)\\s+(?:[\\w-]+\\s+){0,3}${escapeRegExp(noun.norm)}\\b`, 'iu').test(before);
}

/** How describeRelation keys the family of a person: `family:<person id>`. */
export const FAMILY_KEY = 'family:';

/** A spokesperson by title ("CBP spokesperson Graham Castellanos"). */
function speaksForBody(ctx: SpeakerContext, record: PersonRecord): boolean {
  return !!record.title && splitWords(record.title).some((w) => ctx.vocab.spokesNouns.has(w.norm));
}

/**
 * Whose lawyers, family or supporters a description speaks of: the possessor ("his", "Alva’s"),
 * the complement ("for Pedro Alva", "for the man"), or, for a bare plural ("Attorneys"), the
 * document's subject. Null when that person cannot be told with confidence.
 */
export function resolveTarget(ctx: SpeakerContext, d: Description, opts: { implicitSubject: boolean }): PersonRecord | null {
  if (d.possessivePronoun) {
    const p = d.possessivePronoun.norm;
    if (p === 'their') return familyMeant(ctx, d.possessivePronoun.start);
    if (p !== 'his' && p !== 'her') return null;
    const gender = p === 'his' ? 'male' : 'female';
    const entity = resolveAnaphor(ctx, {
      at: d.possessivePronoun.start,
      attribution: -1,
      gender,
      reach: 3,
      // "CBP spokesperson Graham Castellanos said … Marisol Alvarenga, his wife, said": someone quoted
      // for a body is no one whose kin or lawyer a story quotes; nor is a lawyer ("Her lawyer, Maria
      // Ortega, said … Her family said": the family is her client's); nor a judge ("Judge Georgia Alexakis
      // granted the motion. Her attorney said": the defendant's).
      // Nor a host or reporter of a transcript ("HOLLOWAY: And the family? ⏎ OKAFOR: I sat with his wife").
      accepts: (e) => e.kind === 'person' && !e.plural && !(e.person && (speaksForBody(ctx, e.person) || e.person.namedAsCounsel || e.person.titleRole === 'court' || isNewsroomVoice(ctx.text, e.person))),
      includeContent: true,
    });
    if (entity?.person && !unnamedBetween(ctx, entity.person, d.possessivePronoun.start, gender)) return entity.person;
    return ctx.subject && (opensOnSubject(ctx, d.possessivePronoun.start, gender) || opensOnSubjectSurname(ctx, d.possessivePronoun.start, gender)) ? ctx.subject : null;
  }
  if (d.possessorName.length) {
    // "the man's brother", "the driver's lawyers": a possessor that can only mean the subject.
    const [only] = d.possessorName;
    // Not "the other man's brother", "the young man's mother" in a story of two men shot: a word that sets him apart.
    if (d.definite && d.possessorName.length === 1 && !only.capitalized && namesSubject(ctx, [only])) return setApart(ctx, d, only) || introducedAnew(ctx, only) ? null : ctx.subject;
    return lookupWords(ctx, d.possessorName) ?? subjectBySurname(ctx, d.possessorName);
  }
  if (d.complement.length) {
    const name: Word[] = [];
    for (const w of d.complement) {
      if (!w.capitalized && !(name.length === 0 && w.norm === 'the')) break;
      if (w.norm !== 'the') name.push(w);
    }
    // "the lawyer for the Paredes family", the subject and his wife both Paredes: the surname the subject shares.
    const person = lookupWords(ctx, name) ?? subjectBySurname(ctx, name);
    if (person) return person;
    return namesSubject(ctx, d.complement) ? ctx.subject : null;
  }
  if (!opts.implicitSubject || ctx.subject === null || d.words.length === 0) return null;
  // "ICE shot Luis Ortega …; relatives said he was unarmed. That afternoon … Ramon Castillo": in a story
  // of two people force was used on, bare "relatives" after the other one was told of are not the
  // subject's: they are that one's in the same paragraph, and nobody's beyond it.
  const at = d.words[0].start;
  const last = lastPlightedBefore(ctx, at);
  if (last === null || last.record === ctx.subject) return ctx.subject;
  return ctx.text.slice(last.start, at).includes('\n') ? null : last.record;
}

/**
 * Of the people the document tells something happened to (two or more, none standing out), the one
 * mentioned last before `at` in the same paragraph, or null: "Agents shot Ana Ruiz … Her lawyer said"
 * in a roundup of several shootings.
 */
export function plightedInParagraph(ctx: SpeakerContext, at: number): PersonRecord | null {
  const last = lastPlightedBefore(ctx, at);
  return last !== null && !ctx.text.slice(last.start, at).includes('\n') ? last.record : null;
}

/** Of the people the document tells something happened to, the one mentioned last before `at`, and where. */
function lastPlightedBefore(ctx: SpeakerContext, at: number): { record: PersonRecord; start: number } | null {
  if (ctx.plighted.length < 2) return null;
  let last: { record: PersonRecord; start: number } | null = null;
  for (const o of ctx.occurrences) {
    const record = o.entity.person;
    // "Serrano's husband, Luis Amaya, was detained, according to the family": kin of the subject is no other subject.
    if (record && o.start < at && (last === null || o.start > last.start) && ctx.plighted.includes(record) && !record.namedAsRelative) last = { record, start: o.start };
  }
  return last;
}
