import { isPossessor } from './isPossessor.js';
import type { Entity, Occurrence } from './entity.js';
import type { Gender } from './roleVocab.js';
import type { SpeakerContext } from './speakerContext.js';
import { speaksOfOwnKin } from './speaksOfOwnKin.js';
import { foldName, splitWords } from './words.js';

export interface AnaphorQuery {
  /** Offset of the pronoun or definite description. */
  readonly at: number;
  /** The attribution being resolved: mentions inside its own content are never its speaker. */
  readonly attribution: number;
  readonly accepts: (entity: Entity) => boolean;
  readonly gender: Gender | null;
  /** How many sentences back an antecedent may be. */
  readonly reach: number;
  /** Count mentions inside reported words as full candidates ("his lawyers": he is often who the content is about). */
  readonly includeContent?: boolean;
}

function genderOf(ctx: SpeakerContext, entity: Entity): Gender | null {
  return entity.person ? ctx.persons.genderOf(entity.person) : entity.gender;
}

function compatible(ctx: SpeakerContext, q: AnaphorQuery, entity: Entity): boolean {
  if (!q.accepts(entity)) return false;
  const gender = genderOf(ctx, entity);
  return !q.gender || !gender || gender === q.gender;
}

function insideOwnContent(ctx: SpeakerContext, q: AnaphorQuery, o: Occurrence): boolean {
  if (q.attribution < 0) return false;
  return o.content === q.attribution || ctx.contents.some((c) => c.attribution === q.attribution && o.start >= c.start && o.end <= c.end);
}

const PRONOUN_AGAIN = /^\s*,\s*(she|he)\b/iu;

/**
 * "After the arrest, Ms. Montemayor was taken to the station, where, she says, she was held for 30
 * hours": a person the pronoun may mean, named in the words it reports before it, may be who speaks
 * of herself; one named further back is no surer: no one is chosen.
 */
function namesOneInOwnWords(ctx: SpeakerContext, q: AnaphorQuery, chosen: Occurrence): boolean {
  // Only where the words go on, past the cue, with the pronoun again ("…, she says, she was held").
  const cue = ctx.attributions[q.attribution]?.cue;
  const again = cue ? PRONOUN_AGAIN.exec(ctx.text.slice(cue.end, cue.end + 8)) : null;
  if (!again || ctx.vocab.genderWords.get(again[1].toLowerCase()) !== q.gender) return false;
  return ctx.occurrences.some((o) => o !== chosen && o.start > chosen.end && o.start < q.at && o.entity.person !== null && o.entity.key !== chosen.entity.key && insideOwnContent(ctx, q, o) && compatible(ctx, q, o.entity) && genderOf(ctx, o.entity) === q.gender);
}

/**
 * "PEREIRA: She says her son had his hands up.": inside a transcript turn, whoever takes the turn
 * says "I"; a "she" there is someone else. That turn and its speaker's key, or null.
 */
function enclosingTurn(ctx: SpeakerContext, q: AnaphorQuery): { readonly index: number; readonly key: string | null } | null {
  const index = ctx.attributions.findIndex((a, i) => i !== q.attribution && a.cue?.text === ':' && a.source !== null && a.content.start <= q.at && q.at < a.content.end);
  if (index < 0) return null;
  const source = ctx.attributions[index].source!;
  return { index, key: ctx.occurrences.find((o) => o.speaker && o.start === source.start)?.entity.key ?? null };
}

// "Robert, you heard it.", "Thank you, Robert.": a name spoken to, opening a sentence (or a turn) before "you", or thanked.
const ADDRESSED = /(?:^|[.!?:]["”]?\s+|\n\s*)(?:(?:Mr|Ms|Mrs|Dr)\.\s+)?(\p{Lu}[\p{L}'’-]+),\s+(?:[\p{L}'’]+\s+){0,3}?(?:you|your)\b|\b(?:[Tt]hank you|[Tt]hanks),\s+(?:(?:Mr|Ms|Mrs|Dr)\.\s+)?(\p{Lu}[\p{L}'’-]+)/gu;

/**
 * "And joining me now is the attorney, Robert Ingram. Robert, you heard it. A gun was recovered, he
 * says.": whoever the sentence before a pronoun, or its own, speaks to is "you" there, never the "he"
 * or "she" it goes on about. Their names, folded as a person's words are.
 */
function addressedNames(ctx: SpeakerContext, here: number, at: number): Set<string> {
  const first = ctx.analysis.sentences[Math.max(0, here - 1)];
  const window = ctx.text.slice(first?.start ?? 0, at);
  const names = new Set<string>();
  if (!window.includes(',')) return names;
  for (const m of window.matchAll(ADDRESSED)) names.add(foldName(m[1] ?? m[2]));
  return names;
}

// "3. AURORA, Colo. — The man shot …", "HOUSTON — …": a dateline opening a line, perhaps numbered.
const DATELINE = /(?:^|\n)[ \t]*(?:(?:\d{1,2}|[IVX]{1,4})\.[ \t]+)?[A-Z][A-Z.'’-]+(?:[ \t][A-Z][A-Z.'’-]+){0,3},?(?:[ \t]+[A-Z][\w.]*(?:[ \t]+[A-Z][\w.]*)?)?[ \t]*[—–]/gu;
const datelinesByContext = new WeakMap<SpeakerContext, readonly number[]>();

/**
 * Where the section `at` lies in begins, in a roundup of datelined sections ("3. AURORA, Colo. — …
 * his family says": not the man of the section before); 0 in a text with one dateline or none.
 */
function sectionStart(ctx: SpeakerContext, at: number): number {
  let starts = datelinesByContext.get(ctx);
  if (!starts) {
    starts = [...ctx.text.matchAll(DATELINE)].map((m) => m.index + (m[0].startsWith('\n') ? 1 : 0));
    datelinesByContext.set(ctx, starts);
  }
  if (starts.length < 2) return 0;
  let from = 0;
  for (const start of starts) if (start <= at) from = start;
  return from;
}

const TURN_LABEL = /^[ \t]*(?:\p{Lu}[\p{Lu}.'’-]*[ \t]){0,3}(\p{Lu}[\p{Lu}'’-]+)(?:,[ \t]+[^:\n]{1,60})?[ \t]*:[ \t]/u;

/** The last word of the label ("GILGER", "ABBY PHILLIPS, CNN ANCHOR") opening the line `at` lies on, folded; null for a line with none. */
function turnLabel(text: string, at: number): string | null {
  const line = text.lastIndexOf('\n', at - 1) + 1;
  const m = TURN_LABEL.exec(text.slice(line, Math.min(at, line + 120)));
  return m ? foldName(m[1]) : null;
}

// A cue that takes its listener right after it: "told Navarro", "tells her brother".
const TELLS = /^(?:told|tells|tell|telling|assured|warned|reminded|promised|informed)$/u;

/** The entity a pronoun's cue names as its listener ("he had told Navarro that …"), whose key the pronoun cannot be; null for none. */
function listenerOf(ctx: SpeakerContext, q: AnaphorQuery): string | null {
  const a = q.attribution >= 0 ? ctx.attributions[q.attribution] : undefined;
  if (!a?.cue || !TELLS.test(ctx.text.slice(a.cue.start, a.cue.end).trim().split(/\s+/u).pop() ?? '')) return null;
  const next = ctx.occurrences.find((o) => o.start >= a.cue!.end && o.start <= a.cue!.end + 2);
  return next?.entity.key ?? null;
}

const TURN_LABELS = new RegExp(TURN_LABEL.source, 'gmu');
const labelsByContext = new WeakMap<SpeakerContext, ReadonlySet<string>>();

// "PAUL DANFORTH, HOST:", "ANA-LUISA PEREIRA, BYLINE:": a label of the press, who asks and narrates.
const PRESS_LABEL = /\b(?:HOST|CO-HOST|ANCHOR|REPORTER|CORRESPONDENT|MODERATOR|BYLINE|INTERVIEWER)\b/u;

/**
 * The last word of every press label opening a line of the text ("DANFORTH" of "PAUL DANFORTH, HOST:"), folded: the
 * host who asks is "you" to whoever answers. (A reporter's "she says" may well mean a guest who takes a turn too.)
 */
function allTurnLabels(ctx: SpeakerContext): ReadonlySet<string> {
  let labels = labelsByContext.get(ctx);
  if (!labels) {
    labels = new Set([...ctx.text.matchAll(TURN_LABELS)].filter((m) => PRESS_LABEL.test(m[0])).map((m) => foldName(m[1])));
    labelsByContext.set(ctx, labels);
  }
  return labels;
}

/**
 * The antecedent of a pronoun or a definite description ("she", "the department"): the nearest
 * compatible mention before it. Null when there is none within reach, when another compatible
 * entity stands in the same sentence as the nearest one, or when a compatible mention inside
 * someone's reported words comes closer than anything but a previous speaker: guessing between two
 * people is worse than saying nothing.
 */
export function resolveAnaphor(ctx: SpeakerContext, q: AnaphorQuery): Entity | null {
  // "“I'm alive. They shot me. I was backing up,” he said.": reach counts from where the words the
  // pronoun's attribution reports begin, when they come before it, not from their last sentence.
  const content = q.attribution >= 0 ? ctx.attributions[q.attribution]?.content : undefined;
  const here = ctx.sentenceAt(content && content.start < q.at ? content.start : q.at);
  const turn = enclosingTurn(ctx, q);
  const section = sectionStart(ctx, q.at);
  const asker = askingOpening(ctx.text, q.at);
  const candidates = ctx.occurrences
    // A speaker whose quotation runs on ("…," said X. "…. …. ….") is within reach from where the words end.
    .filter((o) => o.start < asker && o.start >= section && here - Math.max(o.sentence, o.wordsEnd ?? o.sentence) <= q.reach && !insideOwnContent(ctx, q, o) && o.entity.key !== turn?.key && compatible(ctx, q, o.entity))
    .sort((a, b) => b.start - a.start);
  // Whoever the sentence before, or the pronoun's own, speaks to is "you" there, under any of their names.
  const addressed = q.gender ? addressedNames(ctx, here, q.at) : null;
  // "GILGER: … that neighbor, who asked not to be named. She described …": whoever takes the turn (a
  // host's, which is no attribution) says "I", never "she".
  // "DANFORTH: What did he tell you? / VILLASEÑOR ORTIZ: He said he was checking the tire.": nor is the host who asks
  // ("you" to the one who answers).
  const label = q.gender ? turnLabel(ctx.text, q.at) : null;
  const unchosen = label ? new Set([...(addressed ?? []), label, ...allTurnLabels(ctx)]) : addressed;
  // "he had told Navarro that …": the one told is not who told.
  const listener = q.gender ? listenerOf(ctx, q) : null;
  let blocker: Occurrence | null = null;
  let chosen: Occurrence | null = null;
  for (const o of candidates) {
    // Spoken to, they are no one to choose; still a rival to whoever their sentence names with them.
    if (unchosen?.size && o.entity.person?.words.some((w) => unchosen.has(w))) continue;
    if (listener !== null && o.entity.key === listener) continue;
    // Inside a transcript turn, what the turn itself tells is narration, no one's reported words.
    if (o.content >= 0 && o.content !== turn?.index && !q.includeContent) {
      blocker ??= o;
      continue;
    }
    chosen = o;
    break;
  }
  if (!chosen) return null;
  // "Ferreira, appearing on CNN shortly after Holloway's interview, said …. “…,” she said": a possessor
  // in the sentence of one who speaks there is no rival to the speaker, whom the pronoun means.
  const possessor = q.gender && !chosen.speaker && isPossessor(ctx.text, chosen) ? chosen : null;
  if (possessor) chosen = candidates.find((o) => o.speaker && o.content < 0 && o.sentence === possessor.sentence && o.entity.key !== possessor.entity.key) ?? subjectBeforePossessor(ctx, candidates, possessor) ?? chosen;
  // "He has no stake in this and did not know Whitfield. He told me …": the name after a "he" opening
  // its own sentence is not who that "he" was, and the chain of "he" goes on: the pronoun means whom
  // that first one means.
  const opener = q.gender ? openingPronounBefore(ctx, chosen, q.gender) : -1;
  const chained = opener >= 0 ? resolveAnaphor(ctx, { ...q, at: opener, attribution: -1 }) : null;
  if (chained) return chained;
  if (q.gender && namesOneInOwnWords(ctx, q, chosen)) return null;
  const asked = blocker && chosen.speaker ? addresseeAsked(ctx, blocker) : null;
  if (asked) return asked;
  if (chosen.speaker && askedJustBefore(ctx, q, chosen)) return null;
  if (chosen.entity.key.startsWith('ambiguous:')) return null;
  // A speaker within reach only for words that ran on ("…," said X. "…. …."), past a closer mention in reported words, is no surer.
  if (blocker && blocker.entity.key !== chosen.entity.key && (!chosen.speaker || here - chosen.sentence > q.reach)) return null;
  const rival = candidates.find(
    (o) => (o.content < 0 || q.includeContent || (o.content === turn?.index && addressed?.size)) && o.sentence === chosen.sentence && o.entity.key !== chosen.entity.key && !isPossessorOf(ctx, o, chosen) && o !== possessor,
  );
  const kin = kinSpeaking(ctx, q, candidates.filter((o) => o.content < 0 || q.includeContent));
  if (kin) return kin;
  if (rival) return null;
  if (q.gender && possessesNounOfGender(ctx, chosen, q.gender)) return null;
  if (q.gender && unnamedOpensBetween(ctx, chosen, q.at)) return null;
  if (q.gender && genderOf(ctx, chosen.entity) === null && namesOneOfGender(ctx, chosen.end + apposedLength(ctx.text, chosen.end), q.at, q.gender)) return null;
  return chosen.entity;
}

// "Asked by Hollings how long his knee remained on Quiroga's back, he said": an opening "Asked …"
// clause, ending in the comma right before the pronoun.
const ASKED_OPENING = /(?:^|[.!?]["”’]?\s+|\n\s*)((?:When\s+)?Asked\b[^.!?\n"“”]*,\s*)$/u;
const ASKED_REACH = 240;

/**
 * Where the antecedent of a pronoun opening its clause after "Asked by Hollings how long his knee
 * remained on Quiroga's back," must lie: before that clause. The one asked answers; the people the
 * question or its asker name are not who answers. `at` itself when no such clause stands before it.
 */
function askingOpening(text: string, at: number): number {
  const m = ASKED_OPENING.exec(text.slice(Math.max(0, at - ASKED_REACH), at));
  return m ? at - m[1].length : at;
}

const OPENING_PRONOUN = /^\s*(?:["“]\s*)?(He|She)\b/u;

/**
 * The offset of a "he" or "she" of `gender` opening the sentence `chosen` stands in, before it, with
 * no other name before `chosen` in between; -1 when there is none.
 */
function openingPronounBefore(ctx: SpeakerContext, chosen: Occurrence, gender: Gender): number {
  const sentence = ctx.analysis.sentences[chosen.sentence];
  if (!sentence || chosen.start <= sentence.start) return -1;
  const m = OPENING_PRONOUN.exec(ctx.text.slice(sentence.start, chosen.start));
  if (!m || (m[1] === 'He') !== (gender === 'male')) return -1;
  const at = sentence.start + m.index + m[0].length - m[1].length;
  return ctx.occurrences.some((o) => o !== chosen && o.start > at && o.start < chosen.start) ? -1 : at;
}

const ASKING = /^(?:asked|asks|ask)$/iu;
// How far into the words of a question its addressee may stand: "asked the neighbor, Delphine Archer, whether …".
const ADDRESSEE_REACH = 40;

/**
 * "Prosecutor Brendan Foyle asked the neighbor, Delphine Archer, whether she had seen the punch. She
 * said she had not.": the one asked, named first in the words of a question, answers; a pronoun
 * after it is theirs, not the asker's. Null unless the mention opens such words.
 */
function addresseeAsked(ctx: SpeakerContext, o: Occurrence): Entity | null {
  const a = ctx.attributions[o.content];
  if (!a?.cue || !ASKING.test(ctx.text.slice(a.cue.start, a.cue.end)) || !o.entity.person) return null;
  return o.start - a.content.start <= ADDRESSEE_REACH ? o.entity : null;
}

/**
 * "Judge Raymond Esparza asked whether the officer had watched the footage. He said he had not": the
 * one who asked, in reported words, the attribution right before, is not who answers; the answerer
 * unnamed, no one.
 */
function askedJustBefore(ctx: SpeakerContext, q: AnaphorQuery, chosen: Occurrence): boolean {
  if (q.attribution < 1) return false;
  const before = ctx.attributions[q.attribution - 1];
  if (!before?.cue || before.kind === 'direct' || before.source?.start !== chosen.start || !ASKING.test(ctx.text.slice(before.cue.start, before.cue.end))) return false;
  // A question ("asked whether …", "asked the agent how many …"), not a request ("asked that her name not be used").
  return QUESTION_WORDS.test(ctx.text.slice(before.content.start, Math.min(before.content.end, before.content.start + 60)));
}

const QUESTION_WORDS = /^(?!(?:that|to|for|not)\b)[^.;]*?\b(?:whether|if|why|how|what|who|whom|when|where|which)\b/iu;

/**
 * "Reyes's mother, Marisol Maldonado Ibarra, stood beside Achterberg …. She spoke in Spanish;
 * Achterberg's office provided a translation. “My son did not attack anyone,” she said": when the
 * words a pronoun's attribution reports speak of "my son", the one person within reach the text names
 * as someone's kin, though another comes nearer. Null when none or several are.
 */
function kinSpeaking(ctx: SpeakerContext, q: AnaphorQuery, candidates: readonly Occurrence[]): Entity | null {
  const content = q.attribution >= 0 ? ctx.attributions[q.attribution]?.content : undefined;
  if (!content || !speaksOfOwnKin(ctx.text.slice(content.start, content.end))) return null;
  const kin = candidates.filter((o) => o.entity.person?.namedAsRelative === true || o.entity.person?.relation?.role === 'family');
  return new Set(kin.map((o) => o.entity.key)).size === 1 ? kin[0].entity : null;
}

// ", the man's sister,", ", his cousin,": an apposition right after a name, which says who that one is.
const APPOSED_AFTER = /^,\s+(?:the|an?|his|her|their|\p{Lu}[\p{L}'’-]*['’]s?)\s[^,.;:!?"“”]{0,60}?,/u;

/** The length of the apposition right after a name (", the man's sister,"), or 0. */
function apposedLength(text: string, end: number): number {
  return APPOSED_AFTER.exec(text.slice(end, end + 80))?.[0].length ?? 0;
}

/**
 * "… the agent reported … said his mother, who asked that her name not be used. '…,' she said": a
 * noun of the pronoun's gender between an unnamed antecedent of unknown gender ("the agent") and the
 * pronoun ("mother") may be whom it means, though no mention of it was read: no one is chosen.
 */
function namesOneOfGender(ctx: SpeakerContext, from: number, to: number, gender: Gender): boolean {
  return splitWords(ctx.text, from, to).some((w) => !PRONOUNS.has(w.norm) && ctx.vocab.genderWords.get(w.norm) === gender);
}

// "Vallejo's daughter", "Ruiz's older sister": after a possessor, perhaps one word, then the noun it possesses.
const POSSESSED_AFTER_MARK = /^['’]s?\s+(?:([\p{L}-]+)\s+)?([\p{L}-]+)/u;
const POSSESSED_AFTER_NAME = /^\s+(?:([\p{L}-]+)\s+)?([\p{L}-]+)/u;
const POSSESSIVE_END = /['’]s?$/u;

/**
 * "Vallejo's daughter read a statement. “My dad is a good man,” she said": the nearest name possesses
 * a noun of the pronoun's gender; the noun, not its possessor, is whom the pronoun means, and it names
 * no one: no one is chosen.
 */
function possessesNounOfGender(ctx: SpeakerContext, chosen: Occurrence, gender: Gender): boolean {
  const after = ctx.text.slice(chosen.end, chosen.end + 40);
  const m = (POSSESSIVE_END.test(ctx.text.slice(chosen.start, chosen.end)) ? POSSESSED_AFTER_NAME : POSSESSED_AFTER_MARK).exec(after);
  return m !== null && [m[1], m[2]].some((w) => w !== undefined && !PRONOUNS.has(w.toLowerCase()) && ctx.vocab.genderWords.get(w.toLowerCase()) === gender);
}

/**
 * "Dr. Martin Oyelaran, a trauma surgeon who was not involved in Tomás's care, reviewed the records.
 * “…,” he said": a possessor of a thing, after a person named earlier in its sentence, stands in a phrase
 * about that person; the person named first is whom the pronoun means. Not when what is possessed is a
 * person ("Ruiz met Lopez's brother"): that one may be meant, and names no one.
 */
function subjectBeforePossessor(ctx: SpeakerContext, candidates: readonly Occurrence[], possessor: Occurrence): Occurrence | null {
  if (possessesPerson(ctx, possessor)) return null;
  const before = candidates.filter((o) => o.content < 0 && o.sentence === possessor.sentence && o.start < possessor.start && o.entity.kind === 'person' && o.entity.key !== possessor.entity.key && !isPossessor(ctx.text, o));
  return before.length === 1 ? before[0] : null;
}

/** Whether the possessor's noun is a person's: a relation, a title or a gendered noun ("Lopez's brother", "Ruiz's lawyer"). */
function possessesPerson(ctx: SpeakerContext, possessor: Occurrence): boolean {
  const after = ctx.text.slice(possessor.end, possessor.end + 40);
  const m = (POSSESSIVE_END.test(ctx.text.slice(possessor.start, possessor.end)) ? POSSESSED_AFTER_NAME : POSSESSED_AFTER_MARK).exec(after);
  if (m === null) return true;
  return [m[1], m[2]].some((w) => w !== undefined && (ctx.vocab.relationRoles.has(w.toLowerCase()) || ctx.vocab.titleRoles.has(w.toLowerCase()) || ctx.vocab.genderWords.has(w.toLowerCase())));
}

// Gendered words that are pronouns ("his eyes"): they refer back, they name no one new.
const PRONOUNS = new Set(['she', 'her', 'hers', 'herself', 'he', 'him', 'his', 'himself']);

// "Molina's mother, Rosa Molina": between the possessor and the name, a relation noun and a comma.
const POSSESSOR_GAP = /^(?:['’]s?)?\s+(?:[\p{L}-]+\s+)?([\p{L}-]+)\s*,\s*$/u;
const POSSESSIVE = /['’]s?$/u;


/** Whether `o` is the possessor in an apposition that names `chosen` ("Molina's mother, Rosa Molina"): their relative, no rival. */
function isPossessorOf(ctx: SpeakerContext, o: Occurrence, chosen: Occurrence): boolean {
  if (o.end > chosen.start) return false;
  const gap = ctx.text.slice(o.end, chosen.start);
  const m = POSSESSOR_GAP.exec(gap);
  return m !== null && (POSSESSIVE.test(ctx.text.slice(o.start, o.end)) || /^['’]/u.test(gap)) && ctx.vocab.relationRoles.has(m[1].toLowerCase());
}

// "The operator of @LibertyLedgerPA, who identifies himself only as “Dutch,” replied …": a sentence that opens on
// someone the story does not name, by a noun of what they run or where they stand. Not "the man" or "the agent",
// which name back someone named before as often as not; "Another observer, who asked that her name not be used, gave
// a similar account" is someone else than the one named before, whatever the noun.
const UNNAMED_OPENING = /^\s*["“]?(?:(?:Another|A\s+(?:second|third|fourth)|One\s+other)\s+(?:[\p{L}-]+\s+){0,2}?(?:observer|witness|onlooker|passerby|volunteer|protester|woman|man|person|worker|resident|neighbou?r|bystander)\b(?![’']s)[^,.;]{0,40}(?:,\s+who\b|\s+(?:replied|said|says|wrote|told|posted|added|declined|answered|responded|gave|described|recalled)\b)|(?:The|A|An|One)\s+(?:[\p{L}-]+\s+){0,2}?(?:operator|owner|poster|creator|administrator|founder|neighbou?r|bystander|resident|teen|teenager|student|employee|manager|clerk|cashier)\b(?![’']s)[^,.;]{0,40}(?:,\s+who\b|\s+(?:replied|said|says|wrote|told|posted|added|declined|answered|responded)\b))/u;

/**
 * "… Villaseñor …. The operator of @LibertyLedgerPA, who identifies himself only as “Dutch,” replied by
 * direct message. “I stand by it,” he wrote.": someone unnamed, opening a sentence between the nearest
 * name and the pronoun, is whom the pronoun means; no one is chosen.
 */
function unnamedOpensBetween(ctx: SpeakerContext, chosen: Occurrence, at: number): boolean {
  const here = ctx.sentenceAt(at);
  for (let i = chosen.sentence + 1; i <= here; i++) {
    const sentence = ctx.analysis.sentences[i];
    if (!sentence || sentence.start >= at) break;
    const opening = UNNAMED_OPENING.exec(ctx.text.slice(sentence.start, Math.min(sentence.end, at)));
    if (opening && !ctx.occurrences.some((o) => o.start >= sentence.start && o.start < sentence.start + opening[0].length)) return true;
  }
  return false;
}
