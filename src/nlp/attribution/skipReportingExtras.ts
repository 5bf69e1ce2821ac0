import type { Token } from '../../domain/analysis.js';
import type { AttributionContext } from './attributionContext.js';
import { matchPhraseAt } from './attributionContext.js';
import type { CueVerb } from './cueLexicon.js';
import { DAY_WORDS } from './dayWords.js';
import { isGerundModifier } from './isNpToken.js';

const CAPITAL_START = /^\p{Lu}/u;
const LETTER_OR_DIGIT_START = /^[\p{L}\d]/u;

const PP_HEADS = new Set(['in', 'on', 'at', 'during', 'with', 'to', 'through', 'via', 'after', 'before', 'from']);
const NP_PARTS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PART']);

function skipNounPhrase(ctx: AttributionContext, k: number, end: number): number {
  const { tokens } = ctx;
  let j = k;
  if (j < end && (tokens[j].pos === 'DET' || tokens[j].normal === 'his' || tokens[j].normal === 'her' || tokens[j].normal === 'their')) j++;
  // "an emailed statement": a participle used as an adjective.
  // "told The Associated Press", "told Verify Desk": a capitalised word the tagger reads as a verb
  // before a proper noun is part of a name (the rules alone).
  const named = (t: (typeof tokens)[number]): boolean => ctx.rulesOnly === true && t.pos === 'VERB' && CAPITAL_START.test(t.text) && tokens[j + 1]?.pos === 'PROPN';
  const isPart = (t: (typeof tokens)[number]): boolean => (NP_PARTS.has(t.pos) && t.pos !== 'DET') || (t.pos === 'VERB' && t.normal.endsWith('ed') && tokens[j + 1]?.pos === 'NOUN') || named(t);
  // "in a 233-page opinion", "in a body-camera clip": a hyphen inside a word joins a modifier (the rules alone).
  const joined = (at: number): boolean => ctx.rulesOnly === true && j > k && at + 1 < end && isJoiningHyphen(tokens, at);
  // "to Sanders’ Senate office": the apostrophe of a possessive in s, written against its word (the rules alone).
  const possessive = (at: number): boolean => ctx.rulesOnly === true && j > k && isPluralPossessive(tokens, at);
  while (j < end && (isPart(tokens[j]) || joined(j) || possessive(j))) j += joined(j) ? 2 : 1;
  return j;
}

/** "Sanders’ office": an apostrophe against a word ending in s, before a noun or an adjective. */
function isPluralPossessive(tokens: readonly Token[], j: number): boolean {
  const t = tokens[j];
  const prev = tokens[j - 1];
  const next = tokens[j + 1];
  return (t.text === '’' || t.text === "'") && prev !== undefined && prev.end === t.start && /s$/i.test(prev.text) && next !== undefined && (next.pos === 'NOUN' || next.pos === 'PROPN' || next.pos === 'ADJ');
}

/** A hyphen with no space on either side ("233-page"), between two words of one modifier. */
function isJoiningHyphen(tokens: readonly Token[], j: number): boolean {
  const t = tokens[j];
  return t.text === '-' && j > 0 && tokens[j - 1].end === t.start && tokens[j + 1]?.start === t.end && LETTER_OR_DIGIT_START.test(tokens[j + 1].text);
}

function isClauseDoor(ctx: AttributionContext, k: number, end: number): boolean {
  if (k >= end) return true;
  const t = ctx.tokens[k];
  return t.normal === 'that' || t.text === ':' || t.text === ',';
}

/**
 * "told The Post and Courier newspaper of Charleston on Saturday that …": a long listener the
 * noun-phrase skip cannot cross (the tagger reads "Associated" as a verb). The "that" ends it when
 * no finite verb stands before it. Returns the token after "that", or -1.
 */
function skipListenerToThat(ctx: AttributionContext, k: number, end: number): number {
  const { tokens } = ctx;
  for (let j = k + 1; j < Math.min(end, k + 16); j++) {
    const t = tokens[j];
    if (isComplementizer(ctx, j)) return j + 1;
    // A hyphen inside a name ("the AFL-CIO council") does not end the listener.
    const hyphen = t.text === '-' && tokens[j - 1].end === t.start && tokens[j + 1]?.start === t.end;
    // "told reporters outside a polling place that …": a gerund between a determiner and its noun is a modifier (the rules alone).
    const gerund = ctx.rulesOnly === true && isGerundModifier(tokens, j);
    // "told CBS's “Face the Nation” on Sunday that …": quotation marks around a title, capitalised inside (the rules alone).
    const titleQuote = ctx.rulesOnly === true && isTitleQuote(tokens, j);
    if (t.pos === 'AUX' || (t.pos === 'PUNCT' && !hyphen && !titleQuote && !isPlaceComma(tokens, j)) || (t.pos === 'VERB' && !gerund && !CAPITAL_START.test(t.text) && !t.normal.endsWith('ed'))) return -1;
  }
  return -1;
}

/** A quotation mark that opens before a capitalised word or closes after one, around a title ("Face the Nation"). */
function isTitleQuote(tokens: readonly Token[], j: number): boolean {
  const t = tokens[j];
  if (!/^["“”]$/u.test(t.text)) return false;
  const opens = t.text === '“' || (t.text === '"' && tokens[j + 1]?.start === t.end);
  return opens ? CAPITAL_START.test(tokens[j + 1]?.text ?? '') : CAPITAL_START.test(tokens[j - 1]?.text ?? '') && tokens[j - 1].end === t.start;
}

/** "in Mapleton, Ohio": a comma between a place and its state, both capitalised. */
function isPlaceComma(tokens: readonly Token[], j: number): boolean {
  return tokens[j].text === ',' && CAPITAL_START.test(tokens[j - 1].text) && CAPITAL_START.test(tokens[j + 1]?.text ?? '');
}

const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i']);

/**
 * "told a crowd in Dayton she will …": a subject pronoun and its verb right after a place or time
 * phrase open the reported clause, as "that" would (the rules alone).
 */
function opensPronounClause(ctx: AttributionContext, k: number, end: number): boolean {
  const { tokens } = ctx;
  const next = tokens[k + 1];
  return ctx.rulesOnly === true && k + 1 < end && SUBJECT_PRONOUNS.has(tokens[k].normal) && tokens[k].pos === 'PRON' && (next.pos === 'AUX' || next.pos === 'VERB');
}

const CLAUSE_SUBJECTS = new Set(['DET', 'PROPN', 'PRON']);
const OPENING_QUOTES = new Set(['“', '"', "''"]);

/**
 * "that" opening a reported clause: the tagger's subordinator, or, after a noun it may read as a
 * relative pronoun ("told reporters after the crash that she …"), a "that" whose next word opens a
 * subject rather than a verb ("the crash that killed him" is a relative clause).
 */
function isComplementizer(ctx: AttributionContext, j: number): boolean {
  const { tokens } = ctx;
  const t = tokens[j];
  if (t.normal !== 'that') return false;
  if (t.pos === 'SCONJ') return true;
  // The rules alone: in 'combined' the tagger reads these itself.
  if (ctx.rulesOnly !== true) return false;
  const next = tokens[j + 1];
  // "that “to be able to …”": an opening quotation mark opens the quoted clause.
  if (next !== undefined && ((CLAUSE_SUBJECTS.has(next.pos) && next.normal !== 'that') || OPENING_QUOTES.has(next.text))) return true;
  // "that agents attempted a vehicle stop": a bare plural and its verb.
  const verb = tokens[j + 2];
  return next !== undefined && next.pos === 'NOUN' && PLURAL.test(next.normal) && verb !== undefined && (verb.pos === 'VERB' || verb.pos === 'AUX');
}

const PLURAL = /[^s']s$/u;

const QUOTES = /["“”‘’']/;
const ADVERBIAL_OPENERS = new Set(['following', 'this', 'last', 'next', 'earlier', 'later', 'after', 'before', 'during', 'since', 'online']);

/**
 * "said earlier this year that …", "said following a vote in 2001 that …": an adverbial the
 * lexicon does not list, then "that". Only a stretch that opens like an adverbial (an adverb, a
 * preposition, a time word) and holds no verb, quotation or clause punctuation: "said the fact that
 * …" opens with a noun phrase and is content. Names and titles inside it are no verbs or quotations
 * ("said on KPTV's ''Night Desk'' that …", isTitleWord), and a noun that takes a clause itself ends it
 * ("wrote to the board about claims that …"). Returns the token after "that", or -1.
 */
function skipAdverbialToThat(ctx: AttributionContext, k: number, end: number): number {
  const { tokens } = ctx;
  const first = tokens[k];
  if (!first || !(first.pos === 'ADV' || first.pos === 'ADP' || ADVERBIAL_OPENERS.has(first.normal))) return -1;
  let quotes = 0;
  for (let j = k + 1; j < Math.min(end, k + 12); j++) {
    const t = tokens[j];
    // "wrote to the board about claims that …": the clause is the noun's, not the cue's.
    // "described publicly as an accident but that several officials privately say …": "but that" joins a second
    // clause to what went before, and no clause is the cue's.
    if (isComplementizer(ctx, j)) return quotes % 2 === 0 && !CLAUSE_NOUNS.has(tokens[j - 1].normal) && tokens[j - 1].pos !== 'CCONJ' ? j + 1 : -1;
    if (isTitleWord(tokens, j)) {
      if (QUOTE_MARK.test(t.text) && !isYearApostrophe(tokens, j)) quotes++;
      continue;
    }
    // "conceded under questioning that …", "… under questioning from Ruiz that …": a gerund a preposition takes as
    // its object, with no object of its own ("said before attending the hearing that …" stays no report).
    if (t.pos === 'VERB' && t.normal.endsWith('ing') && tokens[j - 1].pos === 'ADP' && (tokens[j + 1]?.normal === 'that' || tokens[j + 1]?.pos === 'ADP')) continue;
    if (t.pos === 'AUX' || t.pos === 'VERB' || t.pos === 'SCONJ' || t.pos === 'PRON' || (t.pos === 'PUNCT' && !isPlaceComma(tokens, j)) || QUOTES.test(t.text)) return -1;
  }
  return -1;
}

/** Participles that put out what a statement or a video says ("released", "issued", "posted"). */
const PUBLISHING_PARTICIPLES = new Set(['released', 'issued', 'posted', 'published', 'sent', 'shared', 'distributed', 'provided', 'delivered', 'read', 'given', 'made', 'filed', 'emailed', 'e-mailed', 'tweeted', 'uploaded', 'broadcast', 'aired', 'signed', 'written']);

/**
 * "said in a statement released through her attorney that …", "in a video posted on Facebook that
 * …", "in a letter issued by the union that …": after an adjunct the extras crossed, a participle
 * that puts the statement out, and a phrase with no verb, quotation or clause punctuation of its own
 * (names and titles allowed, isTitleWord), then "that" and a clause. Returns the token after "that", or -1.
 */
function skipParticipleToThat(ctx: AttributionContext, k: number, end: number): number {
  const { tokens } = ctx;
  const prev = tokens[k - 1];
  if (!PUBLISHING_PARTICIPLES.has(tokens[k]?.normal ?? '') || tokens[k].pos !== 'VERB' || (prev.pos !== 'NOUN' && prev.pos !== 'PROPN')) return -1;
  for (let j = k + 1; j < Math.min(end, k + 12); j++) {
    const t = tokens[j];
    if (isComplementizer(ctx, j)) return j > k + 1 ? j + 1 : -1;
    if (isTitleWord(tokens, j) && !QUOTE_MARK.test(t.text)) continue;
    if (t.pos === 'AUX' || t.pos === 'VERB' || t.pos === 'SCONJ' || (t.pos === 'PUNCT' && !isPlaceComma(tokens, j) && !isJoiningHyphen(tokens, j)) || QUOTES.test(t.text)) return -1;
  }
  return -1;
}

/**
 * "said, among other things, that …", "can now say, with the benefit of hindsight, that …": an
 * adverbial between two commas, then "that". The same stretch skipAdverbialToThat crosses (an
 * adverb, a preposition or a time word first; no verb, pronoun, quotation or other punctuation).
 * Returns the token after "that", or -1.
 */
function skipCommaAdverbialToThat(ctx: AttributionContext, k: number, end: number): number {
  const { tokens } = ctx;
  const first = tokens[k + 1];
  if (tokens[k]?.text !== ',' || !first || !(first.pos === 'ADV' || first.pos === 'ADP' || ADVERBIAL_OPENERS.has(first.normal))) return -1;
  for (let j = k + 2; j < Math.min(end - 1, k + 12); j++) {
    const t = tokens[j];
    if (t.text === ',' && isComplementizer(ctx, j + 1)) return j + 2;
    if (isTitleWord(tokens, j) && !QUOTE_MARK.test(t.text)) continue;
    if (t.pos === 'AUX' || t.pos === 'VERB' || t.pos === 'SCONJ' || t.pos === 'PRON' || (t.pos === 'PUNCT' && !isPlaceComma(tokens, j) && !isJoiningHyphen(tokens, j)) || QUOTES.test(t.text)) return -1;
  }
  return -1;
}

/** Nouns that take a clause of their own ("allegations that …", "the fact that …"). */
const CLAUSE_NOUNS = new Set(['allegation', 'allegations', 'claim', 'claims', 'charge', 'charges', 'accusation', 'accusations', 'report', 'reports', 'fact', 'idea', 'notion', 'belief', 'evidence', 'news', 'word', 'suggestion', 'suggestions', 'assertion', 'assertions', 'argument', 'fear', 'fears', 'concern', 'concerns', 'hope', 'hopes', 'rumor', 'rumors', 'speculation', 'warning', 'warnings', 'promise', 'promises', 'assurance', 'assurances', 'sign', 'signs', 'indication', 'indications', 'view', 'position', 'impression', 'theory', 'statement', 'statements']);
const QUOTE_MARK = /^["“”‘’']$/;

/**
 * Inside an adverbial before "that", what names a programme, paper or agency rather than opening a
 * clause: a capitalised word the tagger reads as a verb ("The Associated Students", "Meet the
 * Voters"), a possessive ("on KPTV's show"), a quotation mark beside a capitalised word (a title:
 * "on KPTV's ''Night Desk''") and the apostrophe of a year ("in ‘09").
 */
function isTitleWord(tokens: readonly Token[], j: number): boolean {
  const t = tokens[j];
  if ((t.pos === 'VERB' || t.pos === 'DET') && CAPITAL_START.test(t.text)) return true;
  if (isYearApostrophe(tokens, j) || (t.pos === 'PART' && /^['’]s$/.test(t.normal))) return true;
  if (!QUOTE_MARK.test(t.text)) return false;
  const titled = (u: Token | undefined): boolean => u !== undefined && (CAPITAL_START.test(u.text) || QUOTE_MARK.test(u.text));
  return titled(tokens[j + 1]) || titled(tokens[j - 1]);
}

function isYearApostrophe(tokens: readonly Token[], j: number): boolean {
  return /^[‘’']$/.test(tokens[j].text) && tokens[j + 1]?.pos === 'NUM' && /^\d\d$/.test(tokens[j + 1].text) && tokens[j + 1].start === tokens[j].end;
}

/**
 * "argued in court filings that …": a listed adverbial ("in court") whose noun runs on is the
 * whole phrase when that leads to the clause (the rules alone).
 */
function wholeAdverbial(ctx: AttributionContext, k: number, adverbial: number, end: number): number {
  const { tokens } = ctx;
  // "said on Monday night the agency would …": the part of the day goes with its day.
  // Written in lower case ("said Monday on Morning Joe" names a show), and only where the clause opens
  // right after it, or the sentence ends ("…, the sheriff said Wednesday morning."): "said Wednesday
  // morning on MSNBC's …" is read as before.
  if (adverbial + 1 < end && DAY_PARTS.has(tokens[adverbial].text) && DAY_WORDS.includes(tokens[adverbial - 1].normal)) {
    const next = tokens[adverbial + 1];
    if ((!PP_HEADS.has(next.normal) && next.pos !== 'PUNCT') || (adverbial + 2 === end && SENTENCE_END.test(next.text))) return adverbial + 1;
  }
  if (adverbial >= end || tokens[adverbial].pos !== 'NOUN' || !PP_HEADS.has(tokens[k].normal)) return adverbial;
  const after = skipNounPhrase(ctx, k + 1, end);
  return after > adverbial && (isClauseDoor(ctx, after, end) || opensPronounClause(ctx, after, end)) ? after : adverbial;
}

const DAY_PARTS = new Set(['morning', 'afternoon', 'evening', 'night']);
const SENTENCE_END = /^[.!?]$/;

/**
 * Skips what stands between a cue and its content: a listener ("told reporters"), reporting
 * adverbials ("in a statement", "on Tuesday"), a prepositional phrase that leads to "that",
 * the complementiser "that" itself, and an unlisted adverbial before it. Returns the first token of the content.
 */
export function skipReportingExtras(ctx: AttributionContext, k: number, end: number, verb: CueVerb | null): number {
  const at = skipExtras(ctx, k, end, verb);
  // "…, his mother said, in an arrest that the district called “alarming.”": after a comma, a phrase
  // that is no report ("in a statement that …" is one) runs into a relative "that", not the content's
  // (the rules alone).
  if (ctx.rulesOnly !== true) return at;
  const that = ctx.tokens[at]?.normal === 'that' ? at : at - 1;
  const comma = ctx.tokens.slice(k, that).findIndex((t, i) => t.text === ',' && !isPlaceComma(ctx.tokens, k + i)) + k;
  if (comma < k || that - 1 <= comma || ctx.tokens[that].normal !== 'that' || ctx.tokens[that - 1].text === ',') return at;
  return ctx.tokens.slice(comma + 1, that).some((t) => ctx.lexicon.nouns.has(t.normal)) ? at : comma + 1;
}

function skipExtras(ctx: AttributionContext, k: number, end: number, verb: CueVerb | null): number {
  const { tokens, lexicon } = ctx;
  const start = k;
  if (verb?.object) {
    const afterThat = skipListenerToThat(ctx, k, end);
    if (afterThat > 0) return afterThat;
  }
  let listenerDone = !verb?.object;
  // "wrote back: “…”", "fired back that …": the particle of the verb (the rules alone, round 26).
  if (ctx.rulesOnly === true && tokens[k]?.normal === 'back' && isClauseDoor(ctx, k + 1, end)) k++;
  for (let guard = 0; guard < 8 && k < end; guard++) {
    const adverbial = matchPhraseAt(tokens, k, end, lexicon.adverbials);
    // "said Thursday's speeches were …": a day with a possessive opens the clause's subject (the rules alone).
    const possessive = ctx.rulesOnly === true && adverbial > 0 && /^['’]s$/.test(tokens[adverbial]?.text ?? '');
    if (adverbial > 0 && !possessive) {
      k = ctx.rulesOnly === true ? wholeAdverbial(ctx, k, adverbial, end) : adverbial;
      continue;
    }
    if (!listenerDone) {
      listenerDone = true;
      const listener = matchPhraseAt(tokens, k, end, lexicon.clauseObjects);
      // "told her supporters, “…”": "her" before a noun is a possessive, and the listener runs on (the rules alone).
      const possessive = ctx.rulesOnly === true && listener === k + 1 && tokens[k].normal === 'her' && (tokens[k + 1]?.pos === 'NOUN' || tokens[k + 1]?.pos === 'ADJ');
      const after = listener > 0 && !possessive ? listener : skipNounPhrase(ctx, k, end);
      if (after > k) {
        // "told The Star-Ledger of Newark last week she …": after a listener's name, "of" and the place or outlet after it (the rules alone).
        const of = ctx.rulesOnly === true && tokens[after - 1].pos === 'PROPN' && tokens[after]?.normal === 'of' && tokens[after + 1]?.pos === 'PROPN' ? skipNounPhrase(ctx, after + 1, end) : after;
        k = of;
        continue;
      }
    }
    // "tweeted shortly after the arrest: “…”": an adverb that leads into the phrase (the rules alone).
    const head = ctx.rulesOnly === true && tokens[k].pos === 'ADV' && PP_HEADS.has(tokens[k + 1]?.normal ?? '') ? k + 1 : k;
    if (PP_HEADS.has(tokens[head].normal)) {
      const after = skipNounPhrase(ctx, head + 1, end);
      if (after > k + 1 && (isClauseDoor(ctx, after, end) || opensPronounClause(ctx, after, end))) {
        k = after;
        continue;
      }
    }
    if (tokens[k].text === ',' && k + 1 < end && PP_HEADS.has(tokens[k + 1].normal)) {
      k++;
      continue;
    }
    break;
  }
  if (k < end && tokens[k].normal === 'that' && (tokens[k].pos !== 'PRON' || isComplementizer(ctx, k))) return k + 1;
  const afterParticiple = ctx.rulesOnly === true && k > start ? skipParticipleToThat(ctx, k, end) : -1;
  if (afterParticiple > 0) return afterParticiple;
  const afterThat = ctx.rulesOnly === true ? skipAdverbialToThat(ctx, k, end) : -1;
  if (afterThat > 0) return afterThat;
  const afterCommas = ctx.rulesOnly === true ? skipCommaAdverbialToThat(ctx, k, end) : -1;
  return afterCommas > 0 ? afterCommas : k;
}
