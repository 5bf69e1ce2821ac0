import type { Token } from '../../domain/analysis.js';
import type { AttributionContext, TokenRange } from './attributionContext.js';
import { findClauseOpening, QUOTE_MARKS, TERMINAL } from './clauseBounds.js';
import { cueVerbAt } from './cueAt.js';
import { findSourceBefore } from './findSourceBefore.js';

const CAPITAL_START = /^\p{Lu}/u;

/** A lead-in's speaker and its cue phrase ("issued the following statement"). */
export interface StatementLead {
  readonly source: TokenRange;
  readonly cue: TokenRange;
}

/** Verbs that put out a statement of the subject's own. */
const ISSUING = new Set(['issue', 'release', 'put', 'send', 'give', 'make', 'deliver', 'provide', 'post', 'share', 'publish', 'offer']);
const STATEMENT_NOUNS = new Set(['statement', 'statements', 'remarks', 'comment', 'comments', 'message', 'response']);
const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'these', 'his', 'her', 'their', 'its', 'our']);
/** Verbs that take in someone else's statement: the subject is not its speaker. */
const RECEIVING = new Set(['receive', 'obtain', 'read', 'get', 'quote']);
const MAX_MODIFIERS = 2;
const MAX_ADVERBIAL_TOKENS = 40;

/**
 * `WASHINGTON — Today, Rep. Ana Ruiz (D-Ohio) issued the following statement after a deputy shot and
 * killed a man near the river on Sunday:` before a quotation: a verb of issuing (ISSUING), a
 * determiner, at most two modifiers and a statement noun, then any adverbial to the colon at `colon`
 * (verbs included: a time or an occasion). The speaker is the clause's subject, at its start or
 * past an opening phrase and its comma (after a dateline); the cue runs from the verb to the noun.
 * 'other' when the statement is someone else's ("received the following statement", "released the
 * following statement from the family"): no speaker for the quotation then. With no statement noun,
 * a verb of saying and its occasion (findSpeechLead). Null when the words before the colon are no
 * such lead (the rules alone).
 */
export function findStatementLead(ctx: AttributionContext, floor: number, colon: number): StatementLead | 'other' | null {
  const { tokens } = ctx;
  for (let n = floor + 2; n < colon; n++) {
    if (!STATEMENT_NOUNS.has(tokens[n].normal) || tokens[n].pos !== 'NOUN') continue;
    const verb = findObjectVerb(tokens, floor, n);
    if (verb < 0) continue;
    // "sent the following statement, attributed to a DHS spokesperson:": its own spokesperson's.
    const after = tokens[n + 1]?.text === ',' && tokens[n + 2]?.normal === 'attributed' ? colon : n + 1;
    if (RECEIVING.has(tokens[verb].lemma) || isOtherVoice(tokens, after, colon)) return 'other';
    if (!ISSUING.has(tokens[verb].lemma) || !isOccasion(tokens, after, colon)) return null;
    const source = findLeadSubject(ctx, floor, verb);
    return source ? { source, cue: { from: verb, to: n + 1 } } : null;
  }
  return findSpeechLead(ctx, floor, colon);
}

const OCCASION_HEADS = new Set(['after', 'when', 'following', 'before', 'during', 'about', 'as', 'on', 'in', 'at', 'while', 'upon']);

/**
 * `Mayor Ana Ruiz said after a deputy shot a man near the river:`: a verb of saying, then an occasion
 * (OCCASION_HEADS) to the colon with no comma, no "that" and no cue of its own (the usual reading of
 * parseHead stops at the first verb before the colon, or twelve tokens back).
 */
function findSpeechLead(ctx: AttributionContext, floor: number, colon: number): StatementLead | null {
  const { tokens, lexicon } = ctx;
  for (let c = floor + 1; c < colon - 2; c++) {
    const verb = cueVerbAt(tokens, c, lexicon);
    if (!verb) continue;
    if (!verb.speech || !OCCASION_HEADS.has(tokens[c + 1].normal) || !isOccasion(tokens, c + 1, colon)) return null;
    for (let j = c + 2; j < colon; j++) if (cueVerbAt(tokens, j, lexicon) || tokens[j].text === ',' || tokens[j].normal === 'that') return null;
    const source = findLeadSubject(ctx, floor, c);
    return source ? { source, cue: { from: c, to: c + 1 } } : null;
  }
  return null;
}

/** The verb whose object is the statement noun at `n`: "issued the following", "put out a brief", "sent reporters a"; -1 when none. */
function findObjectVerb(tokens: readonly Token[], floor: number, n: number): number {
  let j = n - 1;
  let modifiers = 0;
  while (j > floor && (tokens[j].pos === 'ADJ' || tokens[j].normal === 'following') && modifiers < MAX_MODIFIERS) {
    j--;
    modifiers++;
  }
  if (!DETERMINERS.has(tokens[j].normal)) return -1;
  j--;
  // A listener between the verb and its object ("sent reporters the following statement").
  if (j > floor && (tokens[j].pos === 'PROPN' || tokens[j].pos === 'NOUN' || (tokens[j].pos === 'PRON' && tokens[j].normal !== 'it'))) j--;
  if (j > floor && tokens[j].normal === 'out') j--;
  const t = tokens[j];
  return j > floor && t.pos === 'VERB' && !t.normal.endsWith('ing') && !CAPITAL_START.test(t.text) ? j : -1;
}

/** "the following statement from the family", "a statement by her lawyer", "on behalf of": whose words they are. */
function isOtherVoice(tokens: readonly Token[], from: number, colon: number): boolean {
  if (from >= colon) return false;
  const first = tokens[from].normal;
  return first === 'from' || first === 'by' || first === 'attributed' || (first === 'on' && tokens[from + 1]?.normal === 'behalf');
}

// Time words the tagger may read as adjectives: "released a statement overnight".
const TIME_ADJECTIVES = new Set(['overnight', 'late', 'early', 'earlier', 'later', 'shortly']);

/** Whether the words from `from` to the colon are an adverbial of time or occasion (or none). */
function isOccasion(tokens: readonly Token[], from: number, colon: number): boolean {
  if (colon - from > MAX_ADVERBIAL_TOKENS) return false;
  if (from === colon) return true;
  const first = tokens[from];
  if (first.pos !== 'ADP' && first.pos !== 'SCONJ' && first.pos !== 'ADV' && first.pos !== 'PROPN' && first.pos !== 'NOUN' && !TIME_ADJECTIVES.has(first.normal)) return false;
  for (let j = from; j < colon; j++) if (QUOTE_MARKS.test(tokens[j].text) || TERMINAL.test(tokens[j].text) || tokens[j].text === ';') return false;
  return true;
}

/**
 * The subject before the verb at `verb`: at the clause's start (past a dateline), or right after an
 * opening phrase and its comma ("Today,", "When the mayor died in 1998,") that holds no quotation
 * and no cue of its own.
 */
export function findLeadSubject(ctx: AttributionContext, floor: number, verb: number): TokenRange | null {
  const { tokens, lexicon } = ctx;
  const opening = findClauseOpening(ctx, floor, verb);
  const before = findSourceBefore(ctx, verb, opening);
  if (before.kind !== 'source') return null;
  const from = before.range.from;
  if (from === opening) return before.range;
  if (tokens[from - 1].text !== ',') return null;
  for (let j = opening; j < from - 1; j++) if (QUOTE_MARKS.test(tokens[j].text) || cueVerbAt(tokens, j, lexicon)) return null;
  return before.range;
}

// "We are publishing the key section in full:", "Here is the statement:", "Read it below:": the text that follows is shown whole.
const SHOWN_IN_FULL = /\b(?:in full|in its entirety|verbatim)\s*:$|^(?:here(?:'s| is| are)|below is|read (?:it|the statement))\b/iu;

/**
 * `DHS released a statement overnight. We are publishing the key section in full:` before a quotation:
 * a sentence that only shows what follows, after a sentence of the same paragraph that puts out a
 * statement (findStatementLead with its period for the colon). Null otherwise (the rules alone).
 */
export function findLeadBefore(ctx: AttributionContext, sentence: number): StatementLead | null {
  const { tokens, sentences, paragraphOf, text } = ctx;
  const shown = sentences[sentence];
  const before = sentences[sentence - 1];
  if (!before || paragraphOf[sentence - 1] !== paragraphOf[sentence]) return null;
  const words = text.slice(tokens[shown.tokenStart].start, tokens[shown.tokenEnd - 1].end);
  if (!SHOWN_IN_FULL.test(words) || tokens[before.tokenEnd - 1].text !== '.') return null;
  const lead = findStatementLead(ctx, before.tokenStart, before.tokenEnd - 1);
  // A statement put out (its noun in the cue), not a verb of saying whose words the sentence holds.
  return lead && lead !== 'other' && lead.cue.to - lead.cue.from > 1 ? lead : null;
}
