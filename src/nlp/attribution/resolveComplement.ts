import type { Token } from '../../domain/analysis.js';
import type { AttributionContext, TokenRange } from './attributionContext.js';
import { subordinateClauseEnd } from './subordinateClauseEnd.js';
import { findClauseFloor, findClauseSubject, findEarlierCueSource, findForwardEnd, hasClause, QUOTE_MARKS, TERMINAL } from './clauseBounds.js';
import { coordinatedVerbAt } from './coordinatedVerbAt.js';
import { DAY_WORDS } from './dayWords.js';
import { cueVerbAt } from './cueAt.js';
import type { ComplementFrame } from './cueLexicon.js';
import { findRelativeSpeaker } from './findRelativeSpeaker.js';
import { findSourceBefore } from './findSourceBefore.js';
import { findSubjectPastOpening } from './findSubjectPastOpening.js';
import { isBlow, isPersonNoun } from './isBlow.js';
import { isGerundModifier, PERSONAL } from './isNpToken.js';
import { skipReportingExtras } from './skipReportingExtras.js';
import { widenOverStanceNoun } from './widenOverStanceNoun.js';

export interface ComplementFound {
  readonly source: TokenRange;
  readonly cue: TokenRange;
  readonly content: TokenRange;
}

const NP_OPENERS = new Set(['DET', 'PROPN', 'NOUN', 'PRON', 'NUM', 'ADJ']);
const MAX_CONTENT_TOKENS = 60;

/** A quotation mark at `j`, or the first apostrophe of a doubled one (''), which the tokenizer splits in two. */
function isQuoteMarkAt(tokens: readonly Token[], j: number): boolean {
  const t = tokens[j];
  if (!t) return false;
  if (QUOTE_MARKS.test(t.text)) return true;
  const next = tokens[j + 1];
  return t.text === "'" && next?.text === "'" && next.start === t.end;
}

function opensObject(t: Token): boolean {
  return NP_OPENERS.has(t.pos) || QUOTE_MARKS.test(t.text) || (t.pos === 'VERB' && t.normal.endsWith('ing'));
}

function isInfinitive(tokens: readonly Token[], j: number, end: number): boolean {
  if (tokens[j]?.normal !== 'to' || j + 1 >= end) return false;
  // "vowed to “fix the roads”": the quotation may open on the verb.
  const v = QUOTE_MARKS.test(tokens[j + 1].text) && j + 2 < end ? j + 2 : j + 1;
  const next = tokens[v];
  return next.pos === 'VERB' || next.pos === 'AUX' || (next.pos === 'ADV' && tokens[v + 1]?.pos === 'VERB');
}

/** Whether `word` stands within the first `within` tokens of the content, outside quotation marks. */
function hasWordWithin(tokens: readonly Token[], from: number, to: number, within: number, test: (t: Token, j: number) => boolean): boolean {
  for (let j = from + 1; j < Math.min(to, from + within); j++) if (test(tokens[j], j)) return true;
  return false;
}

const OBJECT_PARTS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);
const POSSESSIVES = new Set(['his', 'her', 'its', 'their', 'our', 'my', 'your']);
// After the object of "slammed", "blasted", "hit": a direction or a state it was put in.
const PHYSICAL_AFTER_OBJECT = new Set(['into', 'onto', 'shut', 'open', 'through', 'across']);
const SUMMONED = new Set(['ambulance', 'ambulances', 'backup', 'back-up', 'help', 'medics', 'paramedics', 'ems', 'assistance', 'reinforcements', 'medic', 'tow', 'helicopter']);
const PERSON_OBJECTS = new Set(['him', 'her', 'them', 'me', 'us']);
const OBJECT_PRONOUNS = new Set(['him', 'her', 'it', 'them', 'me', 'us', 'you', 'himself', 'herself', 'itself', 'themselves', 'this', 'that']);

// What a court or a prosecutor disposes of: "dismissed the charges", "dismissed the case".
const LEGAL_ACTIONS = new Set(['charge', 'charges', 'case', 'cases', 'indictment', 'indictments', 'count', 'counts', 'lawsuit', 'lawsuits', 'suit', 'suits', 'complaint', 'complaints', 'petition', 'appeal', 'motion', 'prosecution']);

/**
 * Whether the object of "dismissed" from `from` is a case or its charges ("assault charges against
 * Luis Quintanilla", "the case"), with no "as" after it: a ruling disposes of it ("dismissed the
 * charges as baseless" is still words).
 */
function disposesOfCase(tokens: readonly Token[], from: number, to: number): boolean {
  const objectEnd = skipObject(tokens, from, to);
  // "assault charges Thursday": a day may close the phrase.
  if (!tokens.slice(from, objectEnd).some((t) => LEGAL_ACTIONS.has(t.normal))) return false;
  for (let j = objectEnd; j < to; j++) if (tokens[j].normal === 'as') return false;
  return true;
}

/**
 * Whether the object from `from` is a person ("him", "the driver", "two teenagers") and "for" follows
 * it: "cited the driver for speeding" hands out a penalty. A thing keeps the report ("cited several
 * factors for the low turnout"), and so does a name ("cited Reagan for …" may quote him).
 */
function isPenalized(tokens: readonly Token[], from: number, to: number, persons: ReadonlySet<string>): boolean {
  if (PERSON_OBJECTS.has(tokens[from].normal)) return tokens[from + 1]?.normal === 'for';
  const objectEnd = skipObject(tokens, from, to);
  if (objectEnd <= from || tokens[objectEnd]?.normal !== 'for') return false;
  return isPersonNoun(tokens[objectEnd - 1], persons);
}

/** One past a plain object noun phrase from `from` ("the DNC's suspension", "him"), or `from` when there is none. */
function skipObject(tokens: readonly Token[], from: number, to: number): number {
  const herNoun = tokens[from].normal === 'her' && (tokens[from + 1]?.pos === 'NOUN' || tokens[from + 1]?.pos === 'ADJ');
  if (OBJECT_PRONOUNS.has(tokens[from].normal) && !herNoun) return from + 1;
  // "his age", "their names": a possessive opens the phrase the tagger calls a pronoun.
  let j = POSSESSIVES.has(tokens[from].normal) ? from + 1 : from;
  while (j < to && j < from + 8 && (OBJECT_PARTS.has(tokens[j].pos) || tokens[j].text === '’s' || tokens[j].text === "'s")) {
    // "called the attack an attempt …": a determiner after a noun opens the second noun phrase.
    if (j > from && tokens[j].pos === 'DET' && (tokens[j - 1].pos === 'NOUN' || tokens[j - 1].pos === 'PROPN')) break;
    j++;
  }
  return j;
}

/** Whether a verb comes within the three tokens from `from`: "gave a speech as protesters gathered" is a time, not a label. */
function opensClause(tokens: readonly Token[], from: number, to: number): boolean {
  for (let j = from; j < Math.min(to, from + 3); j++) if (tokens[j].pos === 'VERB' || tokens[j].pos === 'AUX') return true;
  return false;
}

/** Whether a number stands within the three tokens after `from` ("at about 2:15", "at $1 million", "at 12"). */
function hasNumberNear(tokens: readonly Token[], from: number, to: number): boolean {
  for (let j = from; j < Math.min(to, from + 3); j++) if (tokens[j].pos === 'NUM' || /^\d/.test(tokens[j].text)) return true;
  return false;
}

/**
 * "called the governor's remarks about the judge on Monday “reckless”": an object longer than a plain
 * noun phrase, then the quotation that names it, with no comma or sentence end on the way.
 */
function quoteAfterLongObject(tokens: readonly Token[], from: number, to: number): boolean {
  for (let j = from; j < Math.min(to, from + 12); j++) {
    const t = tokens[j];
    if (isQuoteMarkAt(tokens, j)) return j > from;
    // "called the tip line after the crash to report “a bang”" is a phone call, not a name.
    if (t.text === ',' || t.text === ';' || t.text === ':' || TERMINAL.test(t.text) || isInfinitive(tokens, j, to) || (t.normal === 'to' && QUOTE_MARKS.test(tokens[j + 1]?.text ?? ''))) return false;
  }
  return false;
}

/**
 * Whether the words after the cue fit its frame: "called the plan “a disgrace”" names (an object,
 * then a quotation, "a …" or an adjective: "called the police" is a phone call and "a party called
 * Anti-Prom" a name); "described X as …", "accused X of …"; "vowed to …"; "urged X to …"; "endorsed X".
 */
function fitsFrame(tokens: readonly Token[], from: number, to: number, frame: ComplementFrame): boolean {
  const first = tokens[from];
  // "pointed out that the gate was open": a phrasal cue of saying, only with its complementiser and a clause.
  if (frame === 'that') return tokens[from - 1]?.normal === 'that' && tokens.slice(from, to).some((t) => t.pos === 'VERB' || t.pos === 'AUX');
  if (isInfinitive(tokens, from, to)) return frame === 'to' || frame === 'objectTo';
  if (frame === 'to' || !opensObject(first)) return false;
  if (frame === 'evidence') return first.pos !== 'PRON' || !OBJECT_PRONOUNS.has(first.normal) || first.normal === 'him' || first.normal === 'her' || first.normal === 'them';
  if (frame === 'objectTo') {
    const after = skipObject(tokens, from, to);
    return after > from && isInfinitive(tokens, after, to);
  }
  if (frame === 'as') return hasWordWithin(tokens, from, to, 15, (t) => t.normal === 'as');
  if (frame === 'objectAs' || frame === 'objectAt') {
    // "identified the driver as …", "gave his age as 34"; "put the toll at 12": right after a short object.
    const after = skipObject(tokens, from, to);
    if (after === from || after + 1 >= to) return false;
    return frame === 'objectAs' ? tokens[after].normal === 'as' && !opensClause(tokens, after + 1, to) : tokens[after].normal === 'at' && hasNumberNear(tokens, after + 1, to);
  }
  if (frame === 'of') return hasWordWithin(tokens, from, to, 12, (t) => t.normal === 'of');
  if (frame === 'object') {
    // "slammed his car door into an officer", "blasted the window open": a blow, not words.
    const after = skipObject(tokens, from, to);
    if (after > from && after < to && PHYSICAL_AFTER_OBJECT.has(tokens[after].normal)) return false;
    // "called for an ambulance", "called for backup": a summons, not a demand in words.
    if (tokens[from - 1]?.normal === 'for' && tokens.slice(from, Math.max(after, from + 1)).some((t) => SUMMONED.has(t.normal))) return false;
  }
  if (frame === 'named') {
    // "a charge his attorney called “a cover story written after the fact”", "what Ruiz called “a disgrace”": the object
    // stands before the speaker, and the quotation right after the cue is what they called it (stop 71).
    if (isQuoteMarkAt(tokens, from) && from + 2 < to) return true;
    const after = skipObject(tokens, from, to);
    if (after === from || first.pos === 'NUM') return false;
    // "called the stop unlawful": the object phrase swallowed the adjective that ends the content.
    if (after >= to) return after - from >= 2 && tokens[after - 1].pos === 'ADJ';
    const next = tokens[after];
    // "called him a liar", "called the raid “a disgrace”", "called it her “responsibility gene”".
    if (quoteAfterLongObject(tokens, after, to)) return true;
    return isQuoteMarkAt(tokens, after) || next.normal === 'a' || next.normal === 'an' || (after - from === 1 && OBJECT_PRONOUNS.has(first.normal) && (OBJECT_PARTS.has(next.pos) || next.pos === 'PRON'));
  }
  return true;
}

/**
 * A complement cue often stands inside another report ("voters say they support X"); a source that
 * runs over a reporting verb or a "that" is the scan crossing that report, not a speaker.
 */
function plainSource(ctx: AttributionContext, source: TokenRange, k: number): boolean {
  // "Lee's remaining rivals criticized …": a gerund modifier is no verb in a subject right before the cue.
  const adjacent = source.to === k;
  for (let j = source.from; j < source.to; j++) {
    const t = ctx.tokens[j];
    if (ctx.lexicon.verbs.has(t.normal) || ctx.lexicon.complements.has(t.normal) || t.normal === 'that' || (t.pos === 'VERB' && !(adjacent && isGerundModifier(ctx.tokens, j))) || t.pos === 'AUX') return false;
  }
  return true;
}

const CLAUSE_OPENERS = new Set(['that', 'whether', 'if', 'how', 'what', 'why', 'where', 'when', 'who', 'which']);

/**
 * A 'plain' complement ("dismissed …", "denounced …") reports no clause: in "dismissed claims that
 * he fled" the source asserts nothing of that clause, and a claim read from such a content would
 * put it in their mouth.
 */
function holdsClause(tokens: readonly Token[], from: number, to: number): boolean {
  for (let j = from; j < to; j++) if (CLAUSE_OPENERS.has(tokens[j].normal)) return true;
  return false;
}

const SPEAKER_OPENERS = new Set(['his', 'her', 'their', 'its', 'the']);
const DAY_NAMES: ReadonlySet<string> = new Set(DAY_WORDS);

/** The index after the quotation mark that closes the one opening at `open`, within `to`; -1 when none does. */
function closingQuoteAfter(tokens: readonly Token[], open: number, to: number): number {
  for (let j = open + 1; j < to; j++) if (QUOTE_MARKS.test(tokens[j].text)) return j + 1;
  return -1;
}

/** "a charge his attorney", "the raid DHS": the noun phrase of the source that follows the gapped object's noun, or null. */
function gappedSpeaker(tokens: readonly Token[], source: TokenRange): TokenRange | null {
  for (let j = source.to - 1; j > source.from; j--) {
    const t = tokens[j];
    const before = tokens[j - 1];
    // Not "a video Thursday afternoon from an account": a day is no speaker.
    const speakerWord = SPEAKER_OPENERS.has(t.normal) || (t.pos === 'PROPN' && !DAY_NAMES.has(t.normal)) || PERSONAL.has(t.normal);
    if (speakerWord && before.pos === 'NOUN') return { from: j, to: source.to };
  }
  return null;
}

/** The subject of the cue: right before it, the clause's for a coordinated verb or a participle after a comma. */
function findComplementSource(ctx: AttributionContext, k: number, floor: number): TokenRange | null {
  const { tokens } = ctx;
  const before = findSourceBefore(ctx, k, floor);
  if (before.kind === 'source') return before.range;
  if (before.kind === 'negated' || k <= floor + 1) return null;
  if (tokens[k - 1].normal === 'and') {
    const subject = findClauseSubject(ctx, floor, k);
    return subject && subject.from === floor ? subject : null;
  }
  if (tokens[k - 1].text === ',' && tokens[k].normal.endsWith('ing')) return findEarlierCueSource(ctx, floor, k - 1) ?? findClauseSubject(ctx, floor, k) ?? (ctx.rulesOnly === true ? namedSubjectPastOpening(ctx, floor, k) : null);
  return null;
}

/**
 * "At a rally in Dayton, Ruiz went after Hale, calling him …": past an opening phrase, a subject
 * headed by a name or a personal pronoun ("his staff churned out a video …, deploring …" is the
 * video's), with no cue between it and the participle ("released a statement saying that Hale had
 * …, calling it …" is Hale's, inside the statement). The rules alone.
 */
function namedSubjectPastOpening(ctx: AttributionContext, floor: number, k: number): TokenRange | null {
  const subject = findSubjectPastOpening(ctx, floor, k);
  if (!subject) return null;
  const head = ctx.tokens[subject.to - 1];
  if (!(head.pos === 'PROPN' || (head.pos === 'PRON' && PERSONAL.has(head.normal)))) return null;
  for (let j = subject.to; j < k - 1; j++) if (cueVerbAt(ctx.tokens, j, ctx.lexicon)) return null;
  return subject;
}

/**
 * "endorsed the mayor last week, saying he …": a reporting participle after a comma opens a relation
 * of its own, even when what stands before it is no clause (findForwardEnd asks for one).
 */
function cutAtParticiple(ctx: AttributionContext, start: number, stop: number, cue: Token): number {
  const { tokens, lexicon } = ctx;
  let quoted = false;
  for (let j = start; j < stop - 1; j++) {
    if (QUOTE_MARKS.test(tokens[j].text)) quoted = !quoted;
    if (!quoted && tokens[j].text === ',' && tokens[j + 1].normal.endsWith('ing') && (cueVerbAt(tokens, j + 1, lexicon) || lexicon.complements.has(tokens[j + 1].normal))) return j;
    // "called him reckless and accused him of lying": a second cue of the same subject opens a relation of its own.
    if (!quoted && (tokens[j].normal === 'and' || tokens[j].normal === 'but') && j > start && tokens[j + 1].pos === 'VERB' && (cueVerbAt(tokens, j + 1, lexicon) || lexicon.complements.has(tokens[j + 1].normal))) return tokens[j - 1].text === ',' ? j - 1 : j;
    // "criticized the plan and offered one of her own": any second verb of the same subject, in the cue's form (the rules alone).
    if (!quoted && ctx.rulesOnly === true && tokens[j].normal === 'and' && j > start && isSecondPredicate(tokens, j + 1, cue) && !hasClause(tokens, start, j)) return tokens[j - 1].text === ',' ? j - 1 : j;
  }
  return stop;
}

/**
 * Whether a verb at `v` (past one adverb) in the form of the cue `cue` ("-ed" after "-ed", "-s"
 * after "-s") opens a second predicate of the cue's subject: "criticized the plan and offered …",
 * "questions his ties and has called for …". PolNeAR train (round 25): 6 contents more are exact, one
 * relation more, right.
 */
function isSecondPredicate(tokens: readonly Token[], v: number, cue: Token): boolean {
  const verb = tokens[v]?.pos === 'ADV' ? tokens[v + 1] : tokens[v];
  if (!verb || (verb.pos !== 'VERB' && verb.pos !== 'AUX') || verb.normal.endsWith('ing')) return false;
  if (cue.normal.endsWith('ed')) return verb.normal.endsWith('ed');
  return cue.normal.endsWith('s') && verb.normal.endsWith('s');
}

/**
 * "called his rival “Senator Lee” instead and made no mention …", "called the city “vain,”
 * accusing it of …": the quoted label ends the content when an adverb or a conjunction and a verb,
 * or a comma and a participle, follow its closing mark. `stop` when none does.
 */
function cutAfterLabel(tokens: readonly Token[], start: number, stop: number): number {
  let quoted = false;
  for (let j = start; j < stop; j++) {
    const doubled = tokens[j].text === "'" && tokens[j + 1]?.start === tokens[j].end && tokens[j + 1].text.startsWith("'");
    if (!QUOTE_MARKS.test(tokens[j].text) && !doubled) continue;
    // A doubled apostrophe closing the label is two tokens.
    const after = doubled && tokens[j + 1].text === "'" ? j + 2 : j + 1;
    quoted = !quoted;
    if (doubled && tokens[j + 1].text === "'") j++;
    if (quoted || after >= stop) continue;
    const next = tokens[after];
    // The comma may stand inside the closing mark ("vain,” accusing") or after it.
    const verbAt = next.text === ',' ? after + 1 : after;
    const commaBefore = next.text === ',' || tokens[j - (doubled ? 2 : 1)]?.text === ',';
    const participle = commaBefore && tokens[verbAt]?.pos === 'VERB' && tokens[verbAt].normal.endsWith('ing');
    const joined = (next.pos === 'ADV' || next.pos === 'CCONJ') && (tokens[after + 1]?.pos === 'VERB' || (tokens[after + 1]?.pos === 'CCONJ' && tokens[after + 2]?.pos === 'VERB'));
    return participle || joined ? after : stop;
  }
  return stop;
}

/**
 * "endorsed Ruiz in a recent interview with the Star", "praised him in a fundraising email": a report
 * phrase ending a noun-phrase content (a preposition, then no verb or quotation, a report noun of the
 * lexicon among its first four words) says how it was said, not what (the rules alone). Returns where
 * the content ends before it. A day ("… on Monday") stays: on PolNeAR train it cut more contents wrongly.
 */
function cutTrailingReportPhrase(ctx: AttributionContext, start: number, stop: number): number {
  const { tokens, lexicon } = ctx;
  for (let j = start + 1; j < stop - 2; j++) {
    if (tokens[j].pos !== 'ADP' || (tokens[j].normal !== 'in' && tokens[j].normal !== 'during') || stop - j > 13) continue;
    const rest = tokens.slice(j + 1, stop);
    if (rest.some((u) => u.pos === 'VERB' || u.pos === 'AUX' || QUOTE_MARKS.test(u.text))) continue;
    const head = rest.findIndex((u) => lexicon.nouns.has(u.normal));
    if (head >= 1 && head <= 4) return j;
  }
  return stop;
}

/**
 * Where a complement inside a relative clause ends ("Frey, who called the shooting “reckless,”
 * demanded …"): at the first comma, parenthesis, semicolon, colon or dash outside quotation marks,
 * or right after a quotation closed on a comma. A noun phrase or small clause holds no comma of its
 * own as often as the main clause resumes after one.
 */
function relativeComplementEnd(tokens: readonly Token[], start: number, stop: number): number {
  let quoted = false;
  for (let j = start; j < stop; j++) {
    const t = tokens[j].text;
    if (isQuoteMarkAt(tokens, j)) {
      const doubled = t === "'";
      quoted = !quoted;
      if (doubled) j++;
      if (!quoted && tokens[j - (doubled ? 2 : 1)]?.text === ',') return j + 1;
      continue;
    }
    if (!quoted && /^(?:[,;:)—–]|--)$/.test(t)) return j;
  }
  return stop;
}

/**
 * A cue whose content is a noun phrase, an infinitive or a small clause rather than a reported
 * clause: "Ruiz called the raid “a disgrace”", "The mayor described the pair as reckless",
 * "Lee accused the agency of lying", "The group vowed to sue", "Ruiz urged officers to wait".
 * `wordsEnd` is the token after the cue words ("called for" is two). The content runs to where a
 * reported clause would end (findForwardEnd).
 */
export function resolveComplement(ctx: AttributionContext, k: number, wordsEnd: number, wordsFrame: ComplementFrame, from: number, end: number): ComplementFound | null {
  const { tokens } = ctx;
  // "expressed concern that …": the stance noun joins the cue (the rules alone, round 24).
  const stance = ctx.rulesOnly === true ? widenOverStanceNoun(tokens, k, wordsEnd, end) : null;
  const cueEnd = stance?.cueEnd ?? wordsEnd;
  const frame = stance?.frame ?? wordsFrame;
  const floor = findClauseFloor(ctx, from, k);
  const start = stance?.contentStart ?? skipReportingExtras(ctx, cueEnd, end, null);
  if (start >= end || TERMINAL.test(tokens[start].text)) return null;
  const forward = cutAtParticiple(ctx, start, findForwardEnd(ctx, start, end, floor), tokens[k]);
  let stop = frame === 'named' && ctx.rulesOnly === true ? cutAfterLabel(tokens, start, forward) : forward;
  while (stop > start && /^(?:[,.;:—?!]|\.\.\.|…)$/.test(tokens[stop - 1].text)) stop--;
  if (ctx.rulesOnly === true) stop = cutTrailingReportPhrase(ctx, start, stop);
  // "denied the charges and fired two deputies": a second predicate of the speaker ends the content (the rules alone, round 36).
  const coordinated = ctx.rulesOnly === true && frame === 'object' ? coordinatedVerbAt(tokens, start, stop) : -1;
  if (coordinated > start && cueVerbAt(tokens, tokens[coordinated + 1]?.pos === 'ADV' ? coordinated + 2 : coordinated + 1, ctx.lexicon) === null) {
    stop = coordinated;
    while (stop > start && /^(?:[,;:—–-])$/.test(tokens[stop - 1].text)) stop--;
  }
  if (stop <= start || stop - start > MAX_CONTENT_TOKENS || !fitsFrame(tokens, start, stop, frame)) return null;
  const cueKey = tokens.slice(k, cueEnd).map((t) => t.normal).join(' ');
  if (ctx.lexicon.plainComplements.has(cueKey) && holdsClause(tokens, start, stop)) return null;
  // "The agent slammed her head against the car": a blow, not words (the rules alone, round 36).
  if (ctx.rulesOnly === true && ctx.lexicon.blowComplements.has(cueKey) && isBlow(tokens, start, skipObject(tokens, start, stop), stop, ctx.lexicon.blows, ctx.lexicon.persons)) return null;
  // "Officers cited him for trespassing": a penalty handed to a person, not words (the rules alone, round 36).
  // "Deputies cited the driver for speeding": a noun of a person as the object, too (the rules alone, round 37).
  if (ctx.rulesOnly === true && ctx.lexicon.penaltyComplements.has(cueKey) && isPenalized(tokens, start, stop, ctx.lexicon.persons)) return null;
  // "Agents called for emergency medical services": help summoned, not a demand (the rules alone).
  if (ctx.rulesOnly === true && cueKey.startsWith('call') && summonsHelp(tokens, start, stop)) return null;
  // "A federal judge dismissed assault charges against …": a ruling, not words (the rules alone).
  if (ctx.rulesOnly === true && cueKey.startsWith('dismiss') && disposesOfCase(tokens, start, stop)) return null;
  let source = findComplementSource(ctx, k, floor);
  // "a charge his attorney called “…”": with the object before the speaker, the speaker is the noun phrase after it (stop 71).
  if (source && ctx.rulesOnly === true && frame === 'named' && isQuoteMarkAt(tokens, start)) {
    // Not "a book called “X”", "a film called “Y”": the thing so named, with no speaker after it.
    const speaker = gappedSpeaker(tokens, source) ?? (tokens[source.from - 1]?.normal === 'what' ? source : null);
    if (!speaker) return null;
    source = speaker;
    // What they called it ends with its quotation ("the raid DHS called “targeted” swept up 80 people").
    const close = closingQuoteAfter(tokens, start, stop);
    if (close > start) stop = close;
  }
  // "Frey, who called the shooting “reckless,” demanded …": the relative pronoun, up to where the main clause resumes (the rules alone).
  const relative = source === null && ctx.rulesOnly === true ? findRelativeSpeaker(ctx, k, from) : null;
  if (relative) {
    source = relative;
    stop = relativeComplementEnd(tokens, start, stop);
    while (stop > start && /^(?:[,.;:—?!]|\.\.\.|…)$/.test(tokens[stop - 1].text)) stop--;
    if (stop <= start || !fitsFrame(tokens, start, stop, frame)) return null;
  }
  // "After Ruiz criticized the plan, the board …": the subordinate clause ends at its comma (the rules alone).
  if (source && ctx.rulesOnly === true) {
    const subordinateEnd = subordinateClauseEnd(tokens, floor, source.from, start, stop);
    if (subordinateEnd < stop) {
      stop = subordinateEnd;
      while (stop > start && /^(?:[,.;:—?!]|\.\.\.|…)$/.test(tokens[stop - 1].text)) stop--;
      if (stop <= start || !fitsFrame(tokens, start, stop, frame)) return null;
    }
  }
  // "A poll showed Ruiz with a lead": only what can show without saying ("found the keys" is no report).
  if (source && frame === 'evidence' && !ctx.lexicon.evidenceNouns.has(tokens[source.to - 1].normal)) return null;
  return source && plainSource(ctx, source, k) ? { source, cue: { from: k, to: cueEnd }, content: { from: start, to: stop } } : null;
}

// What is called for when help is summoned to a scene: "called for an ambulance", "called for backup".
const RESPONDERS = new Set(['ambulance', 'ambulances', 'paramedics', 'medics', 'ems', 'backup', 'reinforcements', 'medevac', 'helicopter', 'firefighters']);
// Words that name help only after a word that makes it a scene's: "emergency medical services", "medical assistance".
const SCENE_HELP = new Set(['services', 'assistance', 'aid', 'attention', 'help', 'support']);
const SCENE_MODIFIERS = new Set(['emergency', 'medical', 'air', 'fire']);
const ARTICLES = new Set(['a', 'an', 'more', 'additional', 'immediate']);

/**
 * Whether the object from `start` to `stop` is help summoned: responders ("an ambulance", "backup"),
 * help of a scene ("emergency medical services"), or "help" alone. Not "support for the families".
 */
function summonsHelp(tokens: readonly Token[], start: number, stop: number): boolean {
  let j = start;
  while (j < stop && ARTICLES.has(tokens[j].normal)) j++;
  let scene = false;
  while (j < stop && SCENE_MODIFIERS.has(tokens[j].normal)) {
    scene = true;
    j++;
  }
  if (j >= stop) return false;
  const noun = tokens[j].normal;
  return RESPONDERS.has(noun) || (SCENE_HELP.has(noun) && (scene || (noun === 'help' && j + 1 === stop)));
}
