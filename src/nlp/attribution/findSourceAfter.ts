import type { Token } from '../../domain/analysis.js';
import type { AttributionContext } from './attributionContext.js';
import { matchPhraseAt } from './attributionContext.js';
import { isNounLike, isNpToken, isSpacedDash, POSSESSIVE, RELATIVE } from './isNpToken.js';
import { finishRange } from './scanNounPhraseBack.js';
import { MAX_SOURCE_TOKENS, NO_SOURCE, type SourceResult } from './sourceResult.js';

/**
 * "said Geoff Garin, a pollster working for Priorities USA, a super PAC supporting …": an appositive
 * after the speaker may go on with a participle up to the sentence end (a relative inside it too:
 * "… working for a group that …"). Returns where it stops: the sentence end when the rest is such a
 * tail (no quotation, no finite verb before a relative), else `j` unchanged. An appositive that goes
 * on with "who" ("a lawyer in Orlando who specializes …") runs to the sentence end too: PolNeAR keeps
 * it in the source, and without it the speaker phrase did not reach the end and the relation was lost.
 */
function extendAppositiveTail(tokens: readonly Token[], j: number, end: number): number {
  const t = tokens[j];
  if (!t || j >= end) return j;
  // "a pollster hired by …", "a group working for …"; not "the guards ignored the warnings" (a past tense with its object).
  const pastWithObject = /(?:ed|en)$/.test(t.normal) && ['DET', 'PRON', 'PROPN', 'NOUN', 'NUM'].includes(tokens[j + 1]?.pos ?? '');
  const participle = t.pos === 'VERB' && /(?:ing|ed|en)$/.test(t.normal) && !pastWithObject;
  const opensRelative = (t.normal === 'who' || t.normal === 'whose') && j > 0 && isNounLike(tokens[j - 1]);
  if (!participle && !opensRelative) return j;
  let relative = opensRelative;
  for (let x = j + 1; x < end; x++) {
    const u = tokens[x];
    if (/^[.!?]$/.test(u.text) && x === end - 1) return x;
    // A relative that the appositive opens ends it at its sentence's end, not at a comma (", citing …").
    if (/^["“”;:]$/.test(u.text) || u.text === "''" || x - j > 25 || (opensRelative && u.text === ',')) return j;
    if (u.normal === 'who') relative = true;
    if (!relative && (u.pos === 'AUX' || (u.pos === 'VERB' && !/(?:ing|ed|en)$/.test(u.normal)))) return j;
  }
  return end;
}

/**
 * "said a neighbor who asked not to be named": a restrictive relative after the speaker's noun may
 * end on any word (a verb, "nearby"); the noun before the pronoun heads the phrase, which runs on to
 * `to` (PolNeAR keeps the relative in the source).
 */
function finishRelative(tokens: readonly Token[], from: number, relative: number, to: number): SourceResult {
  const whole = finishRange(tokens, from, to);
  if (whole.kind === 'source') return whole;
  const noun = finishRange(tokens, from, relative);
  if (noun.kind !== 'source' || noun.range.to !== relative || to - noun.range.from > MAX_SOURCE_TOKENS) return whole;
  return { kind: 'source', range: { from: noun.range.from, to } };
}

const REPORT_PREPOSITIONS = new Set(['in', 'on', 'during', 'via']);
const REPORT_PHRASE_PARTS = new Set(['DET', 'ADJ', 'PROPN', 'NOUN', 'NUM']);

/**
 * "said Tom Hale in a Friday tweet", "… in a written statement", "… during a news conference": a
 * preposition and a short phrase headed by a report noun of the lexicon say how the speaker spoke,
 * whatever words the lexicon's adverbials list; the phrase ends where it meets punctuation or the end.
 */
function isReportPhraseAt(ctx: AttributionContext, i: number, end: number): boolean {
  const { tokens } = ctx;
  if (tokens[i].pos !== 'ADP' || !REPORT_PREPOSITIONS.has(tokens[i].normal)) return false;
  let j = i + 1;
  while (j < end && j <= i + 5 && (REPORT_PHRASE_PARTS.has(tokens[j].pos) || (tokens[j].pos === 'VERB' && tokens[j].normal.endsWith('ed')))) j++;
  if (j === i + 1 || (j < end && tokens[j].pos !== 'PUNCT')) return false;
  return endsOnReportNoun(ctx, j);
}

/** Whether the words ending before token `to` end on a report noun of the lexicon ("statement", "news conference", "tweets"). */
function endsOnReportNoun(ctx: AttributionContext, to: number): boolean {
  const { tokens, lexicon } = ctx;
  const last = tokens[to - 1].normal;
  return lexicon.nouns.has(last) || lexicon.nouns.has(`${tokens[to - 2]?.normal} ${last}`) || lexicon.nouns.has(last.replace(/s$/, ''));
}

/**
 * "at a news conference", "in a statement": an adverbial of the lexicon that names the occasion of a
 * report by a report noun, not a day ("on Monday") or a medium ("on Facebook").
 */
function reportOccasionAt(ctx: AttributionContext, i: number, end: number): boolean {
  const to = matchPhraseAt(ctx.tokens, i, end, ctx.lexicon.adverbials);
  return to > i + 1 && ctx.tokens[i].pos === 'ADP' && endsOnReportNoun(ctx, to);
}

const QUOTE_MARK = /^["“”]$/u;
const FINITE_BE_HAVE = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had']);

/** Whether, in the relative from `relative` to `to`, a noun is followed by a finite "was" or "had" of its own: "who used the spray was laughing". */
function relativeGoesOnAsClause(tokens: readonly Token[], relative: number, to: number): boolean {
  let verb = relative + 1;
  while (verb < to && tokens[verb].pos !== 'VERB' && tokens[verb].pos !== 'AUX') verb++;
  for (let j = verb + 2; j < to; j++) {
    // A quotation mark may open on the verb: "who used the spray “was laughing”".
    const before = QUOTE_MARK.test(tokens[j - 1].text) ? tokens[j - 2] : tokens[j - 1];
    if (tokens[j].pos === 'AUX' && FINITE_BE_HAVE.has(tokens[j].normal) && (before.pos === 'NOUN' || before.pos === 'PROPN')) return true;
  }
  return false;
}

/**
 * The speaker phrase after a cue, from token `k` ("according to his wife, Lucia Ferrand",
 * "said Ana Ruiz, a spokeswoman for the county"). A non-restrictive relative clause (", who
 * spoke with …") is left out; a restrictive one ("witnesses who testified …") is kept.
 */
export function findSourceAfter(ctx: AttributionContext, k: number, end: number, options: { readonly roleToEnd?: boolean } = {}): SourceResult {
  const { tokens, lexicon } = ctx;
  let i = k;
  // Stops before a reporting adverbial: "said Ana Ruiz in a statement".
  while (i < end && isNpToken(tokens, i) && !(tokens[i].pos === 'CCONJ' && tokens[i + 1]?.pos === 'VERB') && matchPhraseAt(tokens, i, end, lexicon.adverbials) < 0 && !(ctx.rulesOnly === true && i > k && isReportPhraseAt(ctx, i, end))) i++;
  // Not after a participle: "…, telling the story of a mother who …" names what is told, not a speaker.
  const afterParticiple = tokens[k - 1]?.pos === 'VERB' && tokens[k - 1].normal.endsWith('ing');
  const relative = i < end && RELATIVE.has(tokens[i].normal) && i > k ? i : -1;
  if (relative > 0) {
    // "witnesses who testified Wednesday — an account that …": a dash ends the relative as a comma would.
    while (i < end && tokens[i].text !== ',' && tokens[i].text !== '—' && !isSpacedDash(tokens, i) && !/^[.!?;:]$/.test(tokens[i].text)) i++;
  }
  // "said the officer who used the spray was laughing": the relative's object goes on with a verb of its
  // own; the words after the cue are a clause, no speaker (the rules alone; PolNeAR train and dev unchanged).
  if (ctx.rulesOnly === true && relative > 0 && relativeGoesOnAsClause(tokens, relative, i)) return NO_SOURCE;
  const head = relative > 0 && !afterParticiple ? finishRelative(tokens, k, relative, i) : finishRange(tokens, k, i);
  if (head.kind !== 'source') return head;
  // An appositive after a comma: ", Lucia Ferrand" or ", a spokeswoman for the county".
  if (i + 1 < end && tokens[i].text === ',' && !RELATIVE.has(tokens[i + 1].normal)) {
    let j = i + 1;
    while (j < end && isNpToken(tokens, j) && !(tokens[j].pos === 'CCONJ' && tokens[j + 1]?.pos === 'VERB')) j++;
    const npEnd = j;
    j = extendAppositiveTail(tokens, j, end);
    const relativeTail = j > npEnd && RELATIVE.has(tokens[npEnd].normal);
    // "said her attorney, Ernesto Bautista Lozano, at a news conference outside …": an adverbial of the
    // report after the appositive's comma closes it (the rules alone).
    const adverbialAfter = ctx.rulesOnly === true && tokens[j]?.text === ',' && j + 1 < end && reportOccasionAt(ctx, j + 1, end);
    const closes = j >= end || /^[.!?;]$/.test(tokens[j].text) || (tokens[j].text === ',' && RELATIVE.has(tokens[j + 1]?.normal ?? '')) || adverbialAfter;
    const roleNoun = tokens[i + 1].pos === 'NOUN' && (tokens[i + 2]?.normal === 'of' || tokens[i + 2]?.normal === 'for' || tokens[i + 2]?.normal === 'at');
    // "the mayor of the town", "his brother"; not "the guards ignored the warnings" (a clause the noun-phrase scan read as a participle).
    const definite = (tokens[i + 1].normal === 'the' || POSSESSIVE.has(tokens[i + 1].normal)) && !tokens.slice(i + 1, j).some((t) => t.pos === 'VERB' || t.pos === 'AUX');
    const startsAppositive = tokens[i + 1].pos === 'PROPN' || tokens[i + 1].normal === 'a' || tokens[i + 1].normal === 'an' || roleNoun || definite;
    if (closes && startsAppositive && j > i + 1) {
      const whole = finishRange(tokens, k, j);
      // A relative may end the appositive on any word ("who moved here decades ago"); the name still heads the phrase.
      return whole.kind === 'source' || !relativeTail ? whole : { kind: 'source', range: { from: head.range.from, to: j } };
    }
    // Only where the content stands before the cue ("…, said X, …."): after "according to X," the content follows.
    const last = options.roleToEnd ? findRoleToSentenceEnd(tokens, i + 1, end, ctx.rulesOnly === true) : -1;
    if (last > 0) return { kind: 'source', range: { from: head.range.from, to: last } };
  }
  return head;
}

const AGE = /^\d{1,3}$/;
const ABBREVIATION = /^\p{Lu}[\p{L}.]{0,4}\.$/u;

/** "…, of Jacksonville, Fla." / "…, adviser to Joseph R. Biden Jr.": the sentence ends on an abbreviation whose period is its own (one token). */
function closesOnAbbreviation(tokens: readonly Token[], x: number, end: number): boolean {
  return x === end - 1 && ABBREVIATION.test(tokens[x].text) && tokens[x].pos === 'PROPN';
}
const AGE_PLACE = new Set(['of', 'from']);
const REPORTING = new Set(['said', 'says', 'say', 'told', 'tells', 'added', 'adds', 'wrote', 'writes']);

/**
 * "…,” said Ida Brandt, 67, a nurse from Mapleton." / "…, 67, of Mapleton, Ohio." / "…, 67, who has
 * lived here since 1980." / "…, 67.": an age, then a role, a place or a relative running to the
 * sentence end (or nothing), describes the speaker named before it (the rules alone, round 24: PolNeAR
 * train keeps such an age and what follows it in the source 25 times against 4 where the source stops at
 * the name). Returns the end of the role (before the final mark), or -1.
 */
function findRoleAfterAge(tokens: readonly Token[], age: number, end: number): number {
  const next = tokens[age + 1];
  if (!next) return -1;
  if (/^[.!?]$/.test(next.text)) return age + 1 === end - 1 ? age + 1 : -1;
  const rest = tokens[age + 2];
  if (next.text !== ',' || !rest) return -1;
  // A place or a relative: to the sentence end, with no quotation or second clause of its own.
  if (AGE_PLACE.has(rest.normal) || RELATIVE.has(rest.normal)) {
    for (let x = age + 3; x < end; x++) {
      const u = tokens[x];
      if (/^[.!?]$/.test(u.text)) return x === end - 1 ? x : -1;
      if (closesOnAbbreviation(tokens, x, end)) return end;
      // "…, 34, of Salem, who said she was hit": a report of its own is a relation of its own, not the speaker's description.
      if (/^["“”;:]$/.test(u.text) || u.text === "''" || isSpacedDash(tokens, x) || x - age > 40 || REPORTING.has(u.normal)) return -1;
      // After a place, a verb or a conjunction opens a clause of its own, unless a relative opened first ("of Ames, who …").
      if (!RELATIVE.has(rest.normal) && (u.pos === 'AUX' || u.pos === 'VERB' || u.pos === 'CCONJ') && !tokens.slice(age + 3, x).some((t) => RELATIVE.has(t.normal))) return -1;
    }
    return -1;
  }
  return findRoleToSentenceEnd(tokens, age + 2, end, true);
}

/**
 * "…,” said Ana Ruiz, senior counsel at the Lane Institute, a legal group." / "…, then pastor at a
 * church in Mapleton, Ohio.": a role running from `from` to the sentence end, with commas, modifying
 * participles and a closing relative in it, describes the speaker named before it (PolNeAR keeps it in
 * the source). No age first (", 59, of …"), no quotation, no finite verb before a relative: that is
 * a clause of its own. Returns the end of the role (before the final mark), or -1.
 *
 * `wide` (the rules alone, round 23): any preposition inside the role ("a lawyer during the Hale
 * administration", "a director under Governor Hale"), unless one follows a comma (", on Monday":
 * from there the narrow reading); "one of …" may open it ("one of several critics at the Star");
 * it may run to 60 tokens; and a participle after a comma ends it (", the county's spokeswoman,
 * echoing …" is the role and then what she did). A verb opens it only before a noun ("managing
 * director"), not "tweeting a link to …".
 */
function findRoleToSentenceEnd(tokens: readonly Token[], from: number, end: number, rulesOnly = false): number {
  const first = tokens[from];
  if (rulesOnly && first && AGE.test(first.text)) return findRoleAfterAge(tokens, from, end);
  let wide = rulesOnly;
  const oneOf = wide && first?.normal === 'one' && tokens[from + 1]?.normal === 'of';
  // "The town lost, said Ruiz, and the port closed.": a conjunction opens a clause of its own, no role (the rules alone).
  if (!first || (first.pos === 'NUM' && !oneOf) || first.pos === 'PRON' || (rulesOnly && first.pos === 'CCONJ') || RELATIVE.has(first.normal) || end - from > (wide ? 60 : 40)) return -1;
  if (wide && first.pos === 'VERB' && !tokens[from + 1]?.pos.startsWith('N')) return -1;
  let relative = false;
  for (let x = from; x < end; x++) {
    const u = tokens[x];
    if (/^[.!?]$/.test(u.text)) return x === end - 1 && x > from ? x : -1;
    if (x > from && closesOnAbbreviation(tokens, x, end)) return end;
    if (wide && !relative && u.text === ',' && x > from + 1 && tokens[x + 1]?.pos === 'VERB' && tokens[x + 1].normal.endsWith('ing')) return x;
    if (u.pos === 'ADP' && tokens[x - 1]?.text === ',') wide = false;
    if (wide && !relative && u.pos === 'ADP' && x > from) continue;
    if (/^["“”;:]$/.test(u.text) || u.text === "''" || isSpacedDash(tokens, x)) return -1;
    // "a group that favors …": "that" after a noun opens a relative too (the rules alone, round 24).
    if (RELATIVE.has(u.normal) || (rulesOnly && u.normal === 'that' && x > from && isNounLike(tokens[x - 1]))) relative = true;
    if (relative) continue;
    if (u.text === ',' || u.pos === 'ADV' || isNpToken(tokens, x)) continue;
    // "a broker based in …"; not "the board voted the plan down" (a past tense with its object).
    const pastWithObject = /(?:ed|en)$/.test(u.normal) && ['DET', 'PRON', 'PROPN', 'NOUN', 'NUM'].includes(tokens[x + 1]?.pos ?? '');
    if (u.pos === 'VERB' && /(?:ing|ed|en)$/.test(u.normal) && !pastWithObject) continue;
    return -1;
  }
  return -1;
}
