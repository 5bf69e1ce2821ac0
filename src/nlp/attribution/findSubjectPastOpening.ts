import type { AttributionContext, TokenRange } from './attributionContext.js';
import { findClauseSubject, QUOTE_MARKS } from './clauseBounds.js';
import { DAY_WORDS } from './dayWords.js';

/** Openers of a phrase that stands before the subject: "In Dayton,", "On Sunday,", "After the vote,". */
const OPENING_POS = new Set(['ADP', 'ADV']);
const TIME_OPENERS = new Set(['last', 'this', 'earlier', 'later', 'next']);
const MAX_OPENING_TOKENS = 12;

/**
 * "In Dayton, Ana Ruiz endorsed the mayor, saying …": the subject of the clause when an opening
 * phrase (a preposition, an adverb, a participle in -ing or "last week" first, or a short phrase ending in "ago"; no
 * verb of its own, no quotation; at most twelve tokens) and its comma stand before it. Null when there is no such phrase or no subject
 * opens right after its comma. The rules alone (findIndirectAttributions).
 */
export function findSubjectPastOpening(ctx: AttributionContext, floor: number, k: number): TokenRange | null {
  const { tokens } = ctx;
  const first = tokens[floor];
  // "Speaking on CNBC on Monday, Ruiz called …", "Walking to the car, Ruiz said …" (round 27).
  const participle = first?.pos === 'VERB' && first.normal.endsWith('ing');
  // "While celebrating …, Trump mocked …", "As word of the wins rolled in, he gave …": a subordinate clause, verbs and all (the rules alone, round 32).
  const subordinate = ctx.rulesOnly === true && first !== undefined && SUBORDINATE_OPENERS.has(first.normal) ? subordinateOpeningEnd(ctx, floor, k) : -1;
  if (subordinate > 0) {
    const subject = findClauseSubject(ctx, subordinate + 1, k);
    return subject && !hasSecondClause(ctx, subject.to, k) ? subject : null;
  }
  if (!first || !(OPENING_POS.has(first.pos) || TIME_OPENERS.has(first.normal) || endsWithAgo(ctx, floor, k) || participle)) return null;
  // "At a rally in Salem, Ore., on Tuesday, Ruiz endorsed …": the phrase may run on over a place's
  // state and a second phrase; each comma on the way is tried in turn (the rules alone, round 29).
  const limit = ctx.rulesOnly === true ? MAX_LONG_OPENING_TOKENS : MAX_OPENING_TOKENS;
  let comma = floor + 1;
  for (;;) {
    while (comma < k && comma - floor <= limit && tokens[comma].text !== ',') {
      const t = tokens[comma];
      // "Continuing to explain his view, Carson …": an infinitive inside an opening participle's phrase (the rules alone).
      const infinitive = participle && ctx.rulesOnly === true && t.pos === 'VERB' && tokens[comma - 1].normal === 'to';
      // "In a statement released Thursday, Ruiz …": a past participle describing the noun before it (the rules alone).
      const described = !participle && ctx.rulesOnly === true && isDescribingParticiple(ctx, comma);
      if (t.pos === 'AUX' || (t.pos === 'VERB' && !t.normal.endsWith('ing') && !infinitive && !described) || QUOTE_MARKS.test(t.text)) return null;
      comma++;
    }
    if (comma >= k - 1 || tokens[comma].text !== ',') return null;
    const subject = findClauseSubject(ctx, comma + 1, k);
    if (subject) return !hasSecondClause(ctx, subject.to, k) ? subject : null;
    if (ctx.rulesOnly !== true || comma - floor >= limit) return null;
    comma++;
  }
}

const IRREGULAR_PARTICIPLES = new Set(['sent', 'written', 'held', 'given', 'shown', 'taken']);

/** A participle in -ed right after a noun, before a day, a preposition or the phrase's comma ("a statement released Thursday"). */
function isDescribingParticiple(ctx: AttributionContext, j: number): boolean {
  const { tokens } = ctx;
  const t = tokens[j];
  const next = tokens[j + 1];
  if (t.pos !== 'VERB' || !(t.normal.endsWith('ed') || IRREGULAR_PARTICIPLES.has(t.normal)) || tokens[j - 1]?.pos !== 'NOUN' || !next) return false;
  return next.pos === 'ADP' || next.text === ',' || DAY_WORDS.includes(next.normal);
}

const SUBORDINATE_OPENERS = new Set(['as', 'while', 'when', 'after', 'before', 'since', 'once', 'although', 'though', 'because']);
const MAX_SUBORDINATE_TOKENS = 25;

/** The comma that closes an opening subordinate clause at `floor` (no quotation, semicolon or second comma first), or -1. */
function subordinateOpeningEnd(ctx: AttributionContext, floor: number, k: number): number {
  const { tokens } = ctx;
  for (let j = floor + 2; j < k - 1 && j - floor <= MAX_SUBORDINATE_TOKENS; j++) {
    const t = tokens[j];
    if (QUOTE_MARKS.test(t.text) || t.text === ';' || t.text === ':') return -1;
    if (t.text === ',') return j;
  }
  return -1;
}

const MAX_LONG_OPENING_TOKENS = 20;

/** Words that end a short time phrase: "Ten years ago,", "Hours later," and "Two days earlier," (the last two for the rules alone, round 29). */
const TIME_CLOSERS = new Set(['ago', 'later', 'earlier']);

/** "Ten years ago,", "A week ago,", "Hours later,": a short time phrase ending in "ago" (or "later", "earlier") before its comma. */
function endsWithAgo(ctx: AttributionContext, floor: number, k: number): boolean {
  const { tokens } = ctx;
  for (let j = floor + 1; j < Math.min(k, floor + 5); j++) {
    if (tokens[j].text !== ',') continue;
    const last = tokens[j - 1].normal;
    return last === 'ago' || (ctx.rulesOnly === true && TIME_CLOSERS.has(last));
  }
  return false;
}

/** "prosecutors charged the officer and the mayor fired his chief, acknowledging …": "and" opens a clause with a subject of its own. */
function hasSecondClause(ctx: AttributionContext, from: number, k: number): boolean {
  const { tokens } = ctx;
  for (let j = from; j < k - 2; j++) {
    if (tokens[j].normal !== 'and' && tokens[j].normal !== 'but') continue;
    let v = j + 1;
    while (v < k && (tokens[v].pos === 'PROPN' || tokens[v].pos === 'NOUN' || tokens[v].pos === 'DET' || tokens[v].pos === 'ADJ' || tokens[v].pos === 'PRON')) v++;
    if (v > j + 1 && v < k && (tokens[v].pos === 'VERB' || tokens[v].pos === 'AUX')) return true;
  }
  return false;
}
