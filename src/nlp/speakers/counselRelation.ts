import { surnameWords, type PersonRecord, type Relation } from './personRegistry.js';
import { readDescription } from './readDescription.js';
import { resolveAnaphor } from './resolveAnaphor.js';
import { resolveTarget } from './resolveTarget.js';
import type { SpeakerContext } from './speakerContext.js';
import { foldName, splitWords, type Word } from './words.js';

/** A lawyer and the person they act for, as `learnFromDescriptors` records a relation. */
export interface Counsel {
  readonly noun: string;
  readonly of: PersonRecord;
}

// Prepositions that open a phrase after the client: "him in an unrelated matter", "her since 2023".
const PHRASE_OPENERS = new Set(['in', 'on', 'at', 'for', 'since', 'during', 'before', 'after', 'until']);
const PRONOUN_GENDER: Readonly<Record<string, 'male' | 'female'>> = { he: 'male', she: 'female', him: 'male', her: 'female' };
const AUXILIARIES = new Set(['has', 'have', 'had', 'is', 'are', 'was', 'were', 'been', 'being', 'also', 'since', 'now']);
// "Good's family has retained the civil rights attorney Antonio Romanucci", "The family is represented
// by lawyer Ana Diaz", "He has hired an attorney, Daniel Okafor": who retains or is represented, then
// the lawyer named last in the clause.
const RETAINED = /(?:^|[\s,;:—–])(retained|hired|(?:is|are|was|were|being)\s+represented\s+by)\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,4}?(?:(attorneys?|lawyers?|counsel),?\s+)?(?:[\p{Lu}][\p{L}'’.-]*\s+){0,3}[\p{Lu}][\p{L}'’-]*$/u;

const RETAINING_WORD = /\b(?:retained|hired|represented\s+by)\b/iu;
// What RETAINING_WORD needs first: the letters of one of its verbs, in any case. A case-insensitive
// search for plain letters (no word boundary, not in Unicode mode) runs several times faster over a
// whole text; 'ſ' is the one character Unicode mode folds to one of these letters ('s').
const RETAINING_LETTERS = /retained|hired|repre[sſ]ented/i;
const retainingTexts = new WeakMap<SpeakerContext, boolean>();

/**
 * Whom a phrase such as "the family", "Good's family", "his parents", "Good" or "the man" means as
 * a lawyer's client: the person a family noun belongs to ("the family": the document's subject), a
 * person the document names, or the subject under a noun that can only mean them; null otherwise
 * ("the district", "Minnesota").
 */
export function clientOf(ctx: SpeakerContext, words: readonly Word[]): PersonRecord | null {
  if (!words.length) return null;
  // "He has hired an attorney": the man the pronoun means, named within two sentences before.
  // "who has represented him in an unrelated matter": the pronoun, a phrase of how or when after it.
  const gender = words.length === 1 || PHRASE_OPENERS.has(words[1].norm) ? PRONOUN_GENDER[words[0].norm] : undefined;
  if (gender) return resolveAnaphor(ctx, { at: words[0].start, attribution: -1, gender, reach: 2, accepts: (e) => e.kind === 'person' && !e.plural, includeContent: true })?.person ?? subjectJustNamed(ctx, words[0].start, gender);
  const d = readDescription(words, ctx.organizations, ctx.vocab);
  if (d.head?.kind === 'relation' && ctx.vocab.relationRoles.get(d.head.norm) === 'family') return resolveTarget(ctx, d, { implicitSubject: d.definite });
  if (d.head) return null;
  const client = resolveTarget(ctx, { ...d, possessivePronoun: null, possessorName: [], complement: words }, { implicitSubject: false });
  return client && sharesSurnameWithKin(ctx, client, words) ? ctx.subject : client;
}

/**
 * "Mariela Araujo, his older sister, … Ana Lucía Ferreira, an immigration attorney representing Araujo",
 * of Tomás Araujo-Villalba: a surname alone that the subject bears too, which the lookup took for the
 * subject's relative, is the subject's, the one a lawyer in the story is most often for.
 */
function sharesSurnameWithKin(ctx: SpeakerContext, client: PersonRecord, words: readonly Word[]): boolean {
  const subject = ctx.subject;
  if (!subject || client === subject || words.length !== 1) return false;
  const kin = client.namedAsRelative || (client.relation?.role === 'family' && client.relation.of === subject);
  return kin && surnameWords(subject).includes(foldName(words[0].text));
}

/**
 * "Villalobos has a cut on his forearm. He has hired an attorney": the subject, when the sentence
 * before names them by their surname alone (a surname a relative shares leaves the pronoun no
 * antecedent of its own) and their gender is not the pronoun's opposite.
 */
function subjectJustNamed(ctx: SpeakerContext, at: number, gender: 'male' | 'female'): PersonRecord | null {
  const subject = ctx.subject;
  const before = ctx.analysis.sentences[ctx.sentenceAt(at) - 1];
  if (!subject || !before) return null;
  const known = ctx.persons.genderOf(subject);
  if (known && known !== gender) return null;
  const surname = subject.name.split(/\s+/u).pop()!;
  return splitWords(ctx.text, before.start, before.end).some((w) => w.text === surname) ? subject : null;
}

/**
 * "Antonio Romanucci, who represents the family": a relative clause of a speaker phrase that makes
 * the person someone's lawyer. Null when the clause says otherwise or the client is no one the
 * document can tell (a lawmaker "who represents the district").
 */
export function representsClause(ctx: SpeakerContext, segment: readonly Word[]): Counsel | null {
  const client = representedWords(segment);
  const of = client ? clientOf(ctx, client) : null;
  return of ? { noun: 'lawyer', of } : null;
}

/** The words after "who represents" (auxiliaries between: "who has represented"); null when the segment opens on no such relative. */
function representedWords(segment: readonly Word[]): readonly Word[] | null {
  if (segment[0]?.norm !== 'who') return null;
  let i = 1;
  while (i < segment.length && AUXILIARIES.has(segment[i].norm)) i++;
  if (!/^represent(?:s|ed|ing)?$/u.test(segment[i]?.norm ?? '')) return null;
  // "who represents the family along with Whitcombe": the co-counsel named after is no client.
  const client = segment.slice(i + 1);
  const co = client.findIndex((w) => CO_COUNSEL_WORDS.has(w.norm));
  return co < 0 ? client : client.slice(0, co);
}

const CO_COUNSEL_WORDS = new Set(['along', 'alongside', 'together', 'with']);

/**
 * "Tom Lee, a lawyer who represents the officer", "who represents Officer Ross" or "the city": a
 * relative that makes the person counsel to one who holds an office, or to a body, whom no client
 * lookup takes for the subject.
 */
export function representsOfficeHolder(ctx: SpeakerContext, segment: readonly Word[]): boolean {
  const client = representedWords(segment);
  if (!client) return false;
  const d = readDescription(client, ctx.organizations, ctx.vocab);
  if (d.organization !== null || (d.head !== null && ctx.vocab.titleRoles.get(d.head.norm) === 'official')) return true;
  // "Officer Dana Ross": a rank before a name.
  const first = client[0]?.norm === 'the' ? client[1] : client[0];
  return first !== undefined && first.capitalized && ctx.vocab.titleRoles.get(first.norm) === 'official';
}

const RETAINED_BY = new Set(['retained', 'hired', 'engaged']);
// What opens the client of "an attorney the family has retained".
const CLIENT_OPENS = new Set(['the', 'his', 'her', 'their']);

/** Where a lawyer's noun stands among a description's first five words ("a civil rights attorney …"), or -1. */
function lawyerNounAt(ctx: SpeakerContext, segment: readonly Word[]): number {
  const at = segment.findIndex((w) => ctx.vocab.relationRoles.get(w.norm) === 'subject_counsel');
  return at > 4 ? -1 : at;
}

/**
 * "an attorney the family has retained", "a lawyer whom his parents hired": a lawyer's noun, then a
 * client and a verb of hiring; the noun and the client's words (auxiliaries dropped). Null otherwise.
 */
function hiredInDescription(ctx: SpeakerContext, segment: readonly Word[]): { noun: string; client: Word[] } | null {
  const at = lawyerNounAt(ctx, segment);
  if (at < 0) return null;
  const opens = segment[at + 1]?.norm === 'whom' ? at + 2 : at + 1;
  if (!CLIENT_OPENS.has(segment[opens]?.norm ?? '')) return null;
  const hiredBy = segment.findIndex((w, i) => i > opens && i <= opens + 4 && RETAINED_BY.has(w.norm));
  if (hiredBy < 0) return null;
  return { noun: segment[at].norm, client: segment.slice(opens, hiredBy).filter((w) => !AUXILIARIES.has(w.norm)) };
}

/**
 * "a civil rights attorney the family has retained", in a story that names no one force was used on:
 * counsel a family hired, whose client the text does not name; the lawyer's noun, or null.
 */
export function hiredByFamily(ctx: SpeakerContext, segment: readonly Word[]): string | null {
  const hired = hiredInDescription(ctx, segment);
  if (!hired || clientOf(ctx, hired.client) !== null) return null;
  return hired.client.some((w) => ctx.vocab.relationRoles.get(w.norm) === 'family') ? hired.noun : null;
}

/**
 * "an attorney who was hired by the city": a lawyer's noun retained by one who is no client the document
 * can tell, and no family; the noun (counsel to that body, no one's in the case), or null.
 */
export function retainedByNoClient(ctx: SpeakerContext, segment: readonly Word[]): string | null {
  const at = lawyerNounAt(ctx, segment);
  if (at < 0) return null;
  const v = relativeVerbAt(segment, at + 1);
  if (!RETAINED_BY.has(segment[v]?.norm ?? '') || segment[v + 1]?.norm !== 'by' || v + 2 >= segment.length) return null;
  const client = segment.slice(v + 2);
  if (client.some((w) => ctx.vocab.relationRoles.get(w.norm) === 'family') || clientOf(ctx, client) !== null) return null;
  return segment[at].norm;
}

/**
 * "a lawyer retained by the family", "an attorney representing Good's parents": a lawyer's noun in a
 * speaker's description, then who retained them or whom they represent (`clientOf`). Null otherwise.
 */
export function retainedInDescription(ctx: SpeakerContext, segment: readonly Word[]): Counsel | null {
  const hired = hiredInDescription(ctx, segment);
  if (hired) {
    const of = clientOf(ctx, hired.client);
    return of ? { noun: hired.noun, of } : null;
  }
  const at = lawyerNounAt(ctx, segment);
  if (at < 0) return null;
  const v = relativeVerbAt(segment, at + 1);
  const verb = segment[v]?.norm ?? '';
  const from = RETAINED_BY.has(verb) && segment[v + 1]?.norm === 'by' ? v + 2 : verb === 'representing' && v === at + 1 ? at + 2 : -1;
  if (from < 0 || from >= segment.length) return null;
  const of = clientOf(ctx, segment.slice(from));
  return of ? { noun: segment[at].norm, of } : null;
}

const SAYS = new Set(['said', 'says']);
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they']);

/**
 * Where the verb of "who said she had been retained by …", "who was hired by …" stands after a
 * lawyer's noun (the relative, the speaker's own "said she", auxiliaries passed); `at` when no
 * relative opens there.
 */
function relativeVerbAt(segment: readonly Word[], at: number): number {
  if (segment[at]?.norm !== 'who') return at;
  let i = at + 1;
  if (SAYS.has(segment[i]?.norm ?? '') && SUBJECT_PRONOUNS.has(segment[i + 1]?.norm ?? '')) i += 2;
  while (i < segment.length && AUXILIARIES.has(segment[i].norm)) i++;
  return i;
}

/**
 * "Good's family has retained the civil rights attorney Antonio Romanucci": a sentence outside any
 * source that makes a person someone's lawyer, read at each place the document names them. The
 * client is the clause's subject, read by `clientOf`; "hired" and "retained" need a lawyer's noun
 * (a family also hires pathologists).
 */
export function retainedCounsel(ctx: SpeakerContext, record: PersonRecord): Counsel | null {
  // Most documents write none of these verbs: one look at the text spares a scan per speaker.
  let mentions = retainingTexts.get(ctx);
  if (mentions === undefined) retainingTexts.set(ctx, (mentions = RETAINING_LETTERS.test(ctx.text) && RETAINING_WORD.test(ctx.text)));
  if (!mentions) return null;
  for (const o of ctx.occurrences) {
    if (o.entity.person !== record || o.speaker) continue;
    const sentence = ctx.analysis.sentences[o.sentence];
    if (!sentence) continue;
    const before = ctx.text.slice(sentence.start, o.end);
    const m = RETAINED.exec(before);
    if (!m) continue;
    const represented = m[1].endsWith('by');
    if (!represented && !m[2]) continue;
    const verbAt = sentence.start + m.index + m[0].indexOf(m[1]);
    const subject = splitWords(ctx.text, sentence.start, verbAt).filter((w) => !AUXILIARIES.has(w.norm));
    const of = clientOf(ctx, subject);
    if (of) return { noun: m[2]?.toLowerCase().replace(/s$/u, '') ?? 'lawyer', of };
  }
  return null;
}

// "Attorney Rebecca Lund represents Yesenia Martín", "Lund, a civil rights lawyer, who has represented her":
// after a lawyer's name, the verb and the client, up to the end of its phrase.
// "Vandenberg, a Seattle civil rights and immigration attorney, was hired by the family of …": so does one hired or retained by the client.
const REPRESENTS_AFTER = /^(?:,\s*(?:an?|the|her|his|their)\s+(?:[\p{L}-]+\s+){0,5}?(attorney|lawyer|counsel),)?\s+(?:who\s+)?(?:(?:also|now|has|had|is|was)\s+)*(?:represents|represented|representing|(?:been\s+)?(?:hired|retained)\s+by)\s+([^,.;:!?()"“”]+)/u;
const LAWYER_TITLE = /\b(?:attorney|lawyer|counsel|public defender)\b/iu;

/**
 * "Attorney Rebecca Lund represents Yesenia Martín, 33, who …": a sentence outside any source in which a
 * lawyer (by title, or by the apposition before the verb) represents someone the document can tell
 * (`clientOf`). A lawmaker "represents the district" is no one's lawyer.
 */
export function representingCounsel(ctx: SpeakerContext, record: PersonRecord): Counsel | null {
  for (const o of ctx.occurrences) {
    if (o.entity.person !== record || o.speaker) continue;
    const sentence = ctx.analysis.sentences[o.sentence];
    if (!sentence || o.end >= sentence.end) continue;
    const m = REPRESENTS_AFTER.exec(ctx.text.slice(o.end, sentence.end));
    if (!m || (!m[1] && !(record.title && LAWYER_TITLE.test(record.title)))) continue;
    const clientAt = o.end + m.index + m[0].length - m[2].length;
    const of = clientOf(ctx, splitWords(ctx.text, clientAt, clientAt + m[2].trimEnd().length));
    if (of && of !== record) return { noun: (m[1] ?? LAWYER_TITLE.exec(record.title ?? '')?.[0] ?? 'lawyer').toLowerCase(), of };
  }
  return null;
}

const CO_COUNSEL = new Set(['co-counsel', 'cocounsel']);

/**
 * "Feeney's co-counsel, Priya Raman": a lawyer beside one the document has made counsel acts for the
 * same client; the relation to record, or null when the possessor is no counsel the text has read.
 */
export function coCounselOf(ctx: SpeakerContext, segment: readonly Word[]): Relation | null {
  const at = segment.findIndex((w) => CO_COUNSEL.has(w.norm));
  if (at < 1 || at > 4 || !segment[at - 1].possessive) return null;
  let from = at - 1;
  while (from > 0 && segment[from - 1].capitalized && !segment[from - 1].possessive) from--;
  if (!segment.slice(from, at).every((w) => w.capitalized)) return null;
  const partner = ctx.persons.lookup(ctx.text.slice(segment[from].start, segment[at - 1].end).replace(/['’]s?$/u, ''));
  if (!partner || partner === 'ambiguous' || partner.relation?.role !== 'subject_counsel') return null;
  return { role: 'subject_counsel', noun: 'co-counsel', of: partner.relation.of };
}
