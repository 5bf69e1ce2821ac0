import type { Token } from '../../domain/analysis.js';
import { mistaggedVerbAt } from './hasMistaggedVerb.js';
import { QUOTE_MARKS } from './quoteMarks.js';
import { matchPhraseAt, type AttributionContext, type TokenRange } from './attributionContext.js';
import { cueVerbAt } from './cueAt.js';
import { findSourceAfter } from './findSourceAfter.js';
import { findSourceBefore } from './findSourceBefore.js';
import { isClosingAppositive } from './isClosingAppositive.js';
import { PERSONAL, isSpacedDash } from './isNpToken.js';

/** Where a reported clause starts and ends, and whose it is: shared by the reported-speech passes. */

export { QUOTE_MARKS };

export const TERMINAL = /^[.!?…]+$/;
const CLAUSE_BREAKS = new Set(['while', 'whereas', 'but', 'although', 'and', ';']);

export function hasClause(tokens: readonly Token[], from: number, to: number): boolean {
  // A finite verb: an auxiliary, or a verb that is not an -ing form ("a complaint charging X" is no clause).
  for (let k = from; k < to; k++) if (tokens[k].pos === 'AUX' || (tokens[k].pos === 'VERB' && !tokens[k].normal.endsWith('ing'))) return true;
  return false;
}

/**
 * "said both he and Rubio promised …": the "and" at `j` joins two subjects of the reported clause,
 * not a second attribution: a name or a pronoun right before it, no comma, and no verb or quotation
 * in the content before it.
 */
function isSubjectAnd(tokens: readonly Token[], from: number, j: number): boolean {
  const prev = tokens[j - 1];
  if (tokens[j].normal !== 'and' || (prev.pos !== 'PRON' && prev.pos !== 'PROPN') || hasClause(tokens, from, j)) return false;
  for (let x = from; x < j; x++) if (QUOTE_MARKS.test(tokens[x].text)) return false;
  return true;
}

/**
 * Where content that runs forward from a cue ends: the sentence end, a coordinated verb (", and
 * said …"), another reporting participle (", saying …") or a coordinated second attribution.
 * Nothing inside quotation marks ends it. Contrasts (", but") and other participles cut more
 * PolNeAR train contents wrongly than rightly; a relative (", which …") stays, as the dev gold has it.
 */
/** Subordinators a reporting participle may follow: "while emphasizing", "before claiming", "after noting". */
export const PARTICIPLE_SUBORDINATORS = new Set(['while', 'before', 'after']);

/** Whether token `j` is such a subordinator and a participle of a verb of saying follows it, past one adverb at most. */
export function isParticipleAfterSubordinator(ctx: AttributionContext, j: number, end: number): boolean {
  const { tokens, lexicon } = ctx;
  if (!PARTICIPLE_SUBORDINATORS.has(tokens[j].normal)) return false;
  const v = tokens[j + 1]?.pos === 'ADV' ? j + 2 : j + 1;
  if (v >= end || !tokens[v].normal.endsWith('ing')) return false;
  return cueVerbAt(tokens, v, lexicon)?.speech === true;
}

const ASSERTION_NOUNS = new Set(['claim', 'assertion', 'allegation', 'account', 'characterization', 'characterisation', 'description', 'contention', 'version', 'charge']);

// What a writer calls a report it goes on to judge: "a response that …", "an explanation which …".
const REPORT_BACK_NOUNS = new Set([...ASSERTION_NOUNS, 'response', 'explanation', 'answer', 'statement', 'reply', 'justification']);

/** "a response that …", "a claim which …" at token `i`: an article, at most one adjective, a noun of what was said, then "that" or "which". */
function namesReportBack(tokens: readonly Token[], i: number, end: number): boolean {
  if (i + 2 >= end || (tokens[i].normal !== 'a' && tokens[i].normal !== 'an')) return false;
  const at = tokens[i + 1].pos === 'ADJ' && i + 3 < end ? i + 2 : i + 1;
  return REPORT_BACK_NOUNS.has(tokens[at].normal) && (tokens[at + 1]?.normal === 'that' || tokens[at + 1]?.normal === 'which');
}

/** "a claim …", "an assertion …" at token `i`: an article, at most one adjective, then a noun that names what was said. */
function isAssertionAppositive(tokens: readonly Token[], i: number, end: number): boolean {
  if (i + 1 >= end || (tokens[i].normal !== 'a' && tokens[i].normal !== 'an')) return false;
  const noun = tokens[i + 1].pos === 'ADJ' && i + 2 < end ? tokens[i + 2] : tokens[i + 1];
  return ASSERTION_NOUNS.has(noun.normal);
}

/**
 * Whether the ", and <verb>" at comma `comma` closes a list of verb phrases: an earlier comma in the
 * content is followed by a verb in the same form as the one after "and" ("secure the border,
 * strengthen the army, and improve care"), so the verb is the list's last item, not a second
 * predicate of the speaker.
 */
function closesVerbList(tokens: readonly Token[], from: number, comma: number): boolean {
  const last = tokens[comma + 2];
  const form = (t: Token): string => (t.normal.endsWith('ed') ? 'ed' : t.normal.endsWith('s') ? 's' : t.normal === t.lemma ? 'base' : 'other');
  for (let j = from; j < comma - 1; j++) {
    const t = tokens[j + 1];
    if (tokens[j].text === ',' && t.pos === 'VERB' && !t.normal.endsWith('ing') && form(t) === form(last)) return true;
  }
  return false;
}

const OPENING_PHRASE_PARTS = new Set(['ADJ', 'NOUN', 'PROPN', 'NUM', 'ADP', 'DET']);

/**
 * Whether a source opens the coordinated clause at `at`: right there, or a subject pronoun after a
 * short opening phrase with no verb ("but late Saturday she announced …", "and on Monday he said …").
 */
function opensCoordinate(tokens: readonly Token[], at: number, source: TokenRange): boolean {
  if (source.from === at) return true;
  if (source.to - source.from !== 1 || tokens[source.from].pos !== 'PRON' || !PERSONAL.has(tokens[source.from].normal) || source.from - at > 6) return false;
  // A time or a place only: "and that he …", "but also because he …" open clauses of another kind.
  for (let q = at; q < source.from; q++) if (!OPENING_PHRASE_PARTS.has(tokens[q].pos) || tokens[q].normal === 'that') return false;
  return true;
}

const RECORDINGS = new Set(['video', 'videos', 'footage', 'recording', 'recordings', 'photos', 'photographs', 'images', 'clip', 'clips']);
const SHOWING = new Set(['show', 'shows', 'showed', 'shown', 'appear', 'appears', 'appeared', 'contradict', 'contradicts', 'contradicted']);

/** "without naming Whitfield", "without citing evidence": "without" and a gerund at `k`. */
function opensWithout(tokens: readonly Token[], k: number): boolean {
  return tokens[k]?.normal === 'without' && (tokens[k + 1]?.normal.endsWith('ing') ?? false);
}

const WRITER_CONJUNCTIONS = new Set(['and', 'but', 'so', 'yet']);
// "I" and "we" as written: the subject of a clause in the writer's voice.
const WRITER_SUBJECTS = new Set(['I', 'we']);

// Words that set what follows against or beside the report: "when the video shows …", "but footage shows …".
const CONTRAST_OPENERS = new Set(['when', 'while', 'whereas', 'although', 'though', 'but', 'yet']);

/** "bystander videos show …", "the footage, however, appears to …": a recording and its verb open the clause at `at`. */
function recordingShows(tokens: readonly Token[], at: number, end: number): boolean {
  for (let k = at; k < Math.min(end, at + 5); k++) {
    if (!RECORDINGS.has(tokens[k].normal)) continue;
    for (let v = k + 1; v < Math.min(end, k + 5); v++) if (SHOWING.has(tokens[v].normal)) return true;
    return false;
  }
  return false;
}

const NOUN_PHRASE_PARTS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);

// Subordinators of time or cause: "arrived only after a 911 caller reported …".
const ADVERBIAL_OPENERS = new Set(['after', 'before', 'when', 'because', 'until', 'while']);

/**
 * Whether a verb of saying stands earlier in the sentence than the cue whose content opens at `from`,
 * and the cue stands in an adverbial clause of what that verb reports ("said his deputies arrived only
 * after a 911 caller reported …").
 */
function saidBefore(ctx: AttributionContext, from: number): boolean {
  const sentence = ctx.sentences[ctx.sentenceOfToken[from] ?? -1];
  if (!sentence) return false;
  let said = false;
  for (let k = sentence.tokenStart; k < from - 2; k++) {
    if (cueVerbAt(ctx.tokens, k, ctx.lexicon)?.speech) said = true;
    else if (said && ADVERBIAL_OPENERS.has(ctx.tokens[k].normal) && ctx.tokens[k + 1]?.pos !== 'PUNCT') return true;
  }
  return false;
}

/**
 * "records filed in the case show …", "the video shows …": a record or recording opens the clause at
 * `at` (within its first words), and a verb of showing follows within a short modifier.
 */
function evidenceShows(tokens: readonly Token[], at: number, end: number, evidenceNouns: ReadonlySet<string>): boolean {
  for (let k = at; k < Math.min(end, at + 4); k++) {
    if (!RECORDINGS.has(tokens[k].normal) && !evidenceNouns.has(tokens[k].normal)) {
      if (NOUN_PHRASE_PARTS.has(tokens[k].pos)) continue;
      return false;
    }
    for (let v = k + 1; v < Math.min(end, k + 7); v++) {
      if (SHOWING.has(tokens[v].normal)) return true;
      if (tokens[v].text === ',' || tokens[v].text === ';') return false;
    }
    return false;
  }
  return false;
}

/** "and state leaders, who": "and" or "but", a short noun phrase, a comma and "who" at `at`. */
function opensCoordinateRelative(tokens: readonly Token[], at: number, end: number): boolean {
  if (tokens[at]?.normal !== 'and' && tokens[at]?.normal !== 'but') return false;
  let k = at + 1;
  while (k < end && k - at <= 5 && NOUN_PHRASE_PARTS.has(tokens[k].pos)) k++;
  return k > at + 1 && k + 1 < end && tokens[k].text === ',' && tokens[k + 1].normal === 'who';
}

/**
 * ", which the sheriff's office later confirmed", ", which frankly we see as …": "which", an adverb or
 * two, then a subject of its own (a determiner, a name or a pronoun) and its verb.
 */
function opensObjectRelative(tokens: readonly Token[], at: number, end: number): boolean {
  if (tokens[at]?.normal !== 'which') return false;
  let subject = at + 1;
  while (subject < Math.min(end, at + 3) && tokens[subject].pos === 'ADV') subject++;
  const pos = tokens[subject]?.pos;
  if (!(pos === 'DET' || pos === 'PROPN' || (pos === 'PRON' && OBJECT_RELATIVE_PRONOUNS.has(tokens[subject].normal)))) return false;
  for (let k = subject + 1; k < Math.min(end, subject + 8); k++) {
    const t = tokens[k];
    if (t.pos === 'VERB') return true;
    if (!(NOUN_PHRASE_PARTS.has(t.pos) || t.pos === 'PART' || t.pos === 'ADV' || t.pos === 'AUX' || t.text === "'s" || t.text === '’s')) return false;
  }
  return false;
}

// Pronouns that can be the subject of an object relative: ", which we see as", ", which he later denied".
const OBJECT_RELATIVE_PRONOUNS = new Set(['i', 'we', 'you', 'he', 'she', 'they']);

export function findForwardEnd(ctx: AttributionContext, from: number, end: number, floor: number): number {
  const { tokens, lexicon } = ctx;
  // Content that opens on a quotation mark ("tweeted that “sanctuary politicians” were …") is quoted from its first token (the rules alone).
  let quoted = ctx.rulesOnly === true && (tokens[from]?.text === '“' || tokens[from]?.text === '"');
  for (let j = from + 1; j < end; j++) {
    const t = tokens[j].text;
    if (t === '“') quoted = true;
    else if (t === '”') quoted = false;
    else if (t === '"') quoted = !quoted;
    else if (t === "'" && tokens[j + 1]?.text === "'" && tokens[j + 1].start === tokens[j].end) {
      quoted = !quoted;
      j++;
      continue;
    }
    // "said there is “only one way,” adding that …": a quotation closed on a comma, then a reporting participle (the rules alone).
    if (ctx.rulesOnly === true && !quoted && (t === '”' || t === '"') && tokens[j - 1].text === ',' && j + 1 < end && tokens[j + 1].normal.endsWith('ing') && cueVerbAt(tokens, j + 1, lexicon)) return j + 1;
    // "wrote that she had “viciously ran over the officer,” a claim the videos do not support": a
    // quotation closed on a comma, then the writer's appositive naming it an assertion (the rules alone).
    if (ctx.rulesOnly === true && !quoted && (t === '”' || t === '"') && tokens[j - 1].text === ',' && isAssertionAppositive(tokens, j + 1, end)) return j + 1;
    if (quoted) continue;
    // "have said Good tried to run the officer over; bystander videos show her vehicle turning away": what a
    // recording shows, after a semicolon, is the writer's (the rules alone).
    if (ctx.rulesOnly === true && t === ';' && j > from + 1 && recordingShows(tokens, j + 1, end)) return j;
    // "described the officer as in front of the car when the video shows him to its side": what a recording
    // shows, after a word of time or contrast, is the writer's too (the rules alone).
    if (ctx.rulesOnly === true && j > from + 1 && CONTRAST_OPENERS.has(tokens[j].normal) && recordingShows(tokens, j + 1, end)) return tokens[j - 1].text === ',' ? j - 1 : j;
    // "The sheriff said his deputies arrived after a 911 caller reported shots fired, and that federal agents took
    // charge": a second "that" clause after ", and" goes with the earlier verb of saying, not one in an adverbial
    // clause of what it reports (the rules alone).
    if (ctx.rulesOnly === true && t === ',' && j > from + 1 && tokens[j + 1]?.normal === 'and' && tokens[j + 2]?.normal === 'that' && tokens[from]?.normal !== 'that' && saidBefore(ctx, from)) return j;
    // "told Congress the officer fired in self-defense, a response that lawmakers dismissed as …": the writer's
    // appositive naming the whole report, opened by "that" or "which" (the rules alone).
    if (ctx.rulesOnly === true && t === ',' && j > from + 1 && namesReportBack(tokens, j + 1, end) && hasClause(tokens, from, j)) return j;
    // "testified that the tailgate “clipped” him, and records filed in the case show he did not seek treatment":
    // what records or a recording show, in a clause joined by ", and", is the writer's (the rules alone).
    if (ctx.rulesOnly === true && t === ',' && j > from + 1 && tokens[j + 1]?.normal === 'and' && evidenceShows(tokens, j + 2, end, lexicon.evidenceNouns)) return j;
    // "said she rammed their vehicle; federal prosecutors later dropped the charges": past a semicolon
    // after a whole clause, the writer goes on (the rules alone). PolNeAR train content F1 .51810 to
    // .51823, dev .54583 to .54702; sources, cues and links unchanged.
    if (ctx.rulesOnly === true && t === ';' && j > from + 1 && hasClause(tokens, from, j)) return j;
    // "said the man pulled a knife, which the sheriff's office later confirmed": a relative with a
    // subject of its own tells another's word, the writer's (the rules alone). PolNeAR train unchanged,
    // dev content F1 .54702 to .54762.
    if (ctx.rulesOnly === true && t === ',' && j > from + 1 && hasClause(tokens, from, j) && opensObjectRelative(tokens, j + 1, end)) return j;
    // "tweeted that officers were in danger, without naming Whitfield": the writer's note on how it was said (the rules alone).
    if (ctx.rulesOnly === true && !quoted && t === ',' && j > from + 1 && opensWithout(tokens, j + 1) && hasClause(tokens, from, j)) return j;
    if (ctx.rulesOnly === true && !quoted && (t === '”' || t === '"') && tokens[j - 1].text === ',' && opensWithout(tokens, j + 1)) return j + 1;
    // "had told me what I was supposed to see, and I wanted to know …", "said the agent fired, and we see no
    // reason to doubt it": a clause the writer opens in the first person, outside quotation marks, after a
    // comma and a conjunction; reported words put the source in the third person (the rules alone).
    if (ctx.rulesOnly === true && t === ',' && j > from + 1 && WRITER_CONJUNCTIONS.has(tokens[j + 1]?.normal ?? '') && WRITER_SUBJECTS.has(tokens[j + 2]?.text ?? '') && (tokens[j + 3]?.pos === 'VERB' || tokens[j + 3]?.pos === 'AUX')) return j;
    // "said the count was wrong, a claim that the clerk disputes.": the writer's closing appositive (the rules alone).
    if (ctx.rulesOnly === true && t === ',' && j > from + 1 && isClosingAppositive(tokens, from, j, end)) return j;
    // "have said they would back him, while emphasizing …": a time or contrast before a reporting participle (the rules alone).
    if (ctx.rulesOnly === true && j > from + 1 && isParticipleAfterSubordinator(ctx, j, end)) return tokens[j - 1].text === ',' ? j - 1 : j;
    // "federal officials, who said the man tried to run the officer over, and state leaders, who
    // demanded …": a second party set beside the speaker, with its own relative clause, is the writer's (the rules alone).
    if (ctx.rulesOnly === true && t === ',' && hasClause(tokens, from, j) && opensCoordinateRelative(tokens, j + 1, end)) return j;
    // Only where the content so far is a clause: "said the car, which was stolen, hit him" runs on.
    if (t === ',' && j + 1 < end && hasClause(tokens, from, j)) {
      const next = tokens[j + 1];
      // Not the last item of a list of verb phrases ("to invest in roads, expand benefits, and enable …", the rules alone).
      if (next.normal === 'and' && tokens[j + 2]?.pos === 'VERB' && !tokens[j + 2].normal.endsWith('ing') && j + 2 < end && !(ctx.rulesOnly === true && closesVerbList(tokens, from, j))) return j;
      if (next.normal.endsWith('ing') && cueVerbAt(tokens, j + 1, lexicon)) return j;
    }
    // "said the plan was dead and called it …", "admitted X, but said Y": a second reporting verb of the same subject ends the first content.
    if ((tokens[j].normal === 'and' ? tokens[j - 1].text !== ',' : tokens[j].normal === 'but') && j + 1 < end && tokens[j + 1].pos === 'VERB' && cueVerbAt(tokens, j + 1, lexicon) && hasClause(tokens, from, j)) return tokens[j - 1].text === ',' ? j - 1 : j;
    if (!CLAUSE_BREAKS.has(tokens[j].normal)) continue;
    // "said both he and Rubio promised …": a coordinated subject, not a second attribution (the rules alone).
    if (ctx.rulesOnly === true && isSubjectAnd(tokens, from, j)) continue;
    for (let v = j + 2; v < Math.min(end, j + 16); v++) {
      if (!cueVerbAt(tokens, v, lexicon)) continue;
      const src = findSourceBefore(ctx, v, Math.max(floor, j + 1));
      // "said that no knife was found and that surveillance video shows …": after a content opened by
      // "that", "and that" opens its second clause, not a source "that video" (the rules alone).
      const parallel = ctx.rulesOnly === true && tokens[j + 1].normal === 'that' && tokens[from - 1]?.normal === 'that';
      if (src.kind === 'source' && opensCoordinate(tokens, j + 1, src.range) && !parallel) return tokens[j - 1].text === ',' ? j - 1 : j;
      break;
    }
  }
  return end;
}

const CAPITAL_START = /^\p{Lu}/u;
const ALL_CAPITALS = /^\p{Lu}[\p{Lu}.'’-]*\p{Lu}\.?$/u;
const DATELINE_PART = /^(?:\p{Lu}|\d|[,.]$)/u;

/**
 * The token after a dateline opening the paragraph at `from` ("SPRINGFIELD, Ill., Jan. 4 (UPI) — "),
 * or `from`: an upper-case place, then only capitalised words, numbers, commas, periods and a
 * parenthesised agency before a dash. A dateline is where the story was filed, never what was said;
 * a live blog's time stamp ("4:02 p.m. — ") is when the entry was posted.
 */
function skipDateline(ctx: AttributionContext, from: number): number {
  const { tokens, text } = ctx;
  const first = tokens[from];
  if (!first || (from > 0 && !text.slice(tokens[from - 1].start, first.start).includes('\n'))) return from;
  if (isDigit(first.text)) return skipTimeStamp(ctx, from);
  if (!CAPITAL_START.test(first.text)) return from;
  // "New York (AFP) –": a place in capitals and lower case needs the agency to be a dateline.
  const capitals = ALL_CAPITALS.test(first.text);
  let inParens = false;
  let agency = false;
  for (let j = from + 1; j < Math.min(tokens.length, from + 16); j++) {
    const t = tokens[j].text;
    // A hyphen inside a word ("U.S. Rep. Sylvia Garza-Bentley said") is no dateline's dash.
    if (DATELINE_DASHES.has(t) && (t !== '-' || isSpacedDash(tokens, j))) return tokens[j + 1] && !inParens && (capitals || agency) ? j + 1 : from;
    if (t === '(') inParens = agency = true;
    else if (t === ')') inParens = false;
    else if (!inParens && !DATELINE_PART.test(t)) return from;
  }
  return from;
}

const DATELINE_DASHES = new Set(['—', '–', '-', '--']);

function isDigit(t: string): boolean {
  const c = t.charCodeAt(0);
  return c >= 48 && c <= 57;
}

// "4:02 p.m. — ", "11:15 a.m. ET – ": the time stamp of a live blog's entry, before a dash.
const TIME_STAMP = /^\d{1,2}:\d{2}\s*(?:[ap]\.?m\.?|[AP]M)?(?:\s+[A-Z]{2,4})?\s*[—–-]{1,2}\s*/u;

/** The token after a live blog's time stamp opening the paragraph at `from`, or `from`: when the entry was posted, never what was said. */
function skipTimeStamp(ctx: AttributionContext, from: number): number {
  const { tokens, text } = ctx;
  const stamp = TIME_STAMP.exec(text.slice(tokens[from].start, tokens[from].start + 24));
  if (!stamp) return from;
  const end = tokens[from].start + stamp[0].length;
  let j = from;
  while (j < tokens.length && tokens[j].start < end) j++;
  return j < tokens.length ? j : from;
}

const BARE_CONNECTIVES = new Set(['but', 'and', 'yet']);

/**
 * The token after a connective opening a clause at `from` ("But …", "Still, …", "In fact, …"):
 * it joins the sentence to the one before and is the writer's, not the speaker's. Only "but",
 * "and" and "yet" may stand without a comma ("So far, …" keeps its "So").
 */
function skipConnective(ctx: AttributionContext, from: number, k: number): number {
  const { tokens } = ctx;
  const end = matchPhraseAt(tokens, from, k, ctx.lexicon.connectives);
  if (end < 0 || end >= k) return from;
  if (tokens[end].text === ',') return end + 1 < k ? end + 1 : from;
  return end === from + 1 && BARE_CONNECTIVES.has(tokens[from].normal) ? end : from;
}

/**
 * Where the clause of the cue at `k` opens: after a dateline, a semicolon or a colon before the cue.
 * Datelines only for the rules alone, like the connectives of findClauseFloor: in 'combined' and
 * 'confident' the tagger, trained on PolNeAR, reads both itself (PolNeAR train, combined: overlap
 * content F1 -.0001 with them).
 */
export function findClauseOpening(ctx: AttributionContext, from: number, k: number): number {
  const { tokens } = ctx;
  let floor = ctx.rulesOnly === true ? skipDateline(ctx, from) : from;
  for (let j = from; j < k; j++) if (tokens[j].text === ';' || (tokens[j].text === ':' && j < k - 1)) floor = j + 1;
  return floor;
}

/** The clause's opening past a connective: where a source or a content before the cue may start. */
export function findClauseFloor(ctx: AttributionContext, from: number, k: number): number {
  const floor = findClauseOpening(ctx, from, k);
  return ctx.rulesOnly === true ? skipConnective(ctx, floor, k) : floor;
}

/**
 * The subject at the start of a clause: "ICE declined to comment, saying …" → "ICE"; "Ana Ruiz, a
 * founder of the group, endorsed Cruz, saying …" → "Ana Ruiz, a founder of the group"; adverbs may
 * stand between subject and verb ("Clinton immediately posted …").
 */
export function findClauseSubject(ctx: AttributionContext, floor: number, k: number): TokenRange | null {
  const { tokens } = ctx;
  let j = floor;
  while (j < k && j < floor + 40 && tokens[j].pos !== 'VERB' && tokens[j].pos !== 'AUX' && !QUOTE_MARKS.test(tokens[j].text)) j++;
  // "The family disputes that account and says …": a first verb the tagger read as a noun (the rules alone).
  if (j >= k && ctx.rulesOnly === true && tokens[k - 1]?.normal === 'and') j = mistaggedVerbAt(tokens, floor, k - 1);
  if (j <= floor || j >= k || tokens[j].pos === 'PUNCT') return null;
  const src = findSourceBefore(ctx, j, floor);
  if (src.kind === 'source' && src.range.from === floor) return src.range;
  // "Even Obama tried to help, noting …": a focusing adverb before the subject (the rules alone, round 32).
  if (ctx.rulesOnly === true && src.kind === 'source' && src.range.from === floor + 1 && FOCUS_ADVERBS.has(tokens[floor].normal)) return src.range;
  // "House Democrats, looking for a way out, seized the floor and said …": the first verb stood in an
  // aside or a relative clause; a later one may have the clause's subject before it (the rules alone).
  return ctx.rulesOnly === true ? findLaterVerbSubject(ctx, floor, j + 1, k) : null;
}

// "Then Trump went on the attack, saying …": a time adverb opening the clause without a comma (round 33).
const FOCUS_ADVERBS = new Set(['even', 'only', 'just', 'also', 'then', 'later', 'now', 'finally', 'eventually']);

function findLaterVerbSubject(ctx: AttributionContext, floor: number, from: number, k: number): TokenRange | null {
  const { tokens } = ctx;
  for (let j = from; j < k && j < floor + 40; j++) {
    const t = tokens[j];
    if (QUOTE_MARKS.test(t.text) || t.text === ';') return null;
    if (t.pos !== 'VERB' && t.pos !== 'AUX') continue;
    const src = findSourceBefore(ctx, j, floor);
    if (src.kind === 'source' && src.range.from === floor) return src.range;
  }
  return null;
}

/**
 * "…,” Ruiz said, adding …" / "…, said Ruiz, adding …": the source of the cue just before the comma at
 * `comma`. When that cue is a belief inside a report ("Byrne wrote the agents knew to brace for it,
 * saying …"), a verb of saying further back speaks again, or the clause's subject; the belief's
 * holder only when neither has a speaker (the rules alone).
 */
/**
 * When token `close` closes a quotation (a curly closing mark, or a straight one after punctuation),
 * the index of the mark that opens it, at or after `floor`; else -1.
 */
function openingMarkBefore(tokens: readonly Token[], close: number, floor: number): number {
  const t = tokens[close].text;
  const closing = t === '”' || (t === '"' && close > floor && /^[,.!?…]$/u.test(tokens[close - 1].text));
  if (!closing) return -1;
  for (let j = close - 1; j >= floor; j--) if (tokens[j].text === (t === '”' ? '“' : '"')) return j;
  return -1;
}

export function findEarlierCueSource(ctx: AttributionContext, floor: number, comma: number): TokenRange | null {
  const nearest = earlierCueSource(ctx, floor, comma, false);
  if (ctx.rulesOnly !== true || nearest.speech) return nearest.range;
  return earlierCueSource(ctx, floor, comma, true).range ?? findClauseSubject(ctx, floor, comma + 1) ?? nearest.range;
}

/** Whether tokens `from` to `to` (exclusive, at least one) are all adverbs or auxiliaries. */
function onlyGroupAdverbs(tokens: readonly Token[], from: number, to: number): boolean {
  if (from >= to) return false;
  for (let j = from; j < to; j++) if (tokens[j].pos !== 'ADV' && tokens[j].pos !== 'AUX') return false;
  return true;
}

function earlierCueSource(ctx: AttributionContext, floor: number, comma: number, speechOnly: boolean): { range: TokenRange | null; speech: boolean } {
  const { tokens, lexicon } = ctx;
  const low = Math.max(floor, comma - 12);
  // The token at `comma` may itself close the quotation (",” adding …").
  for (let c = ctx.rulesOnly === true ? comma : comma - 1; c >= low; c--) {
    // "she stated, “… which I think …,” adding …": a cue inside the quotation is the quoted speaker's
    // own words; the scan skips to its opening mark, within the same reach (the rules alone).
    const opening = ctx.rulesOnly === true ? openingMarkBefore(tokens, c, floor) : -1;
    if (opening >= 0) {
      c = opening;
      continue;
    }
    const verb = cueVerbAt(tokens, c, lexicon);
    if (!verb || (speechOnly && !verb.speech)) continue;
    const speech = verb.speech === true;
    const before = findSourceBefore(ctx, c, floor);
    // "… disputed that Ibarra was 31, as his family says, noting …": the speaker of an "as" aside
    // set off by commas is not the one who goes on; the scan goes past it (the rules alone).
    if (ctx.rulesOnly === true && before.kind === 'source' && before.range.from >= 2 && tokens[before.range.from - 1].normal === 'as' && tokens[before.range.from - 2].text === ',') continue;
    // "… that county leaders strongly denied, noting …": adverbs of the verb group may stand between (the rules alone).
    if (before.kind === 'source' && (before.range.to === c || (ctx.rulesOnly === true && onlyGroupAdverbs(tokens, before.range.to, c)))) return { range: before.range, speech };
    // "Ruiz, the clinic's director, denied the report, saying …": the comma before the cue closes the
    // subject's aside; the subject opens the clause, and the phrase after the cue is the verb's object (the rules alone).
    if (ctx.rulesOnly === true && before.kind === 'source' && tokens[c - 1]?.text === ',' && before.range.to === c - 1 && before.range.from === floor) return { range: before.range, speech };
    // A speaker after the cue only in an inverted tag ("…, said Ruiz, adding"): in "tried to explain
    // her vote, saying …" the phrase after the verb is its object, not who speaks.
    if (ctx.rulesOnly === true && !(c > floor && (tokens[c - 1].text === ',' || QUOTE_MARKS.test(tokens[c - 1].text) || tokens[c - 1].text === "'"))) return { range: null, speech };
    const after = findSourceAfter(ctx, c + 1, comma);
    return { range: after.kind === 'source' && after.range.to === comma ? after.range : null, speech };
  }
  return { range: null, speech: true };
}
