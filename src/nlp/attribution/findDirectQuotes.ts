import type { Token } from '../../domain/analysis.js';
import { makeSpan, type Span } from '../../lib/spans.js';
import type { AttributionContext, TokenRange } from './attributionContext.js';
import { tokenAtOrAfter } from './attributionContext.js';
import type { AttributionDraft } from './attributionDraft.js';
import type { CueVerb } from './cueLexicon.js';
import { cueVerbAt } from './cueAt.js';
import { findSourceAfter } from './findSourceAfter.js';
import { findSourceBefore } from './findSourceBefore.js';
import { findSubjectPastOpening } from './findSubjectPastOpening.js';
import type { Quote } from './findQuotes.js';
import { skipReportingExtras } from './skipReportingExtras.js';
import { widenCueGroup } from './widenCueGroup.js';
import { widenCueAdverb } from './widenCueAdverb.js';
import { widenCueStatement } from './widenCueStatement.js';
import { isWorkTitleAt } from './isWorkTitleAt.js';
import { findNameColonSpeaker } from './findNameColonSpeaker.js';
import { findBulletLeadIn } from './findBulletLeadIn.js';
import { findLeadBefore, findStatementLead } from './findStatementLead.js';
import { finishRange } from './scanNounPhraseBack.js';
import { findClauseSubject, findEarlierCueSource } from './clauseBounds.js';
import { datelineLength } from '../mentions/findDatelines.js';

const CAPITAL_START = /^\p{Lu}/u;
const NEW_SENTENCE_AHEAD = /^[.!?]?\s+[“"\p{Lu}]/u;
const FIRST_LETTER_LOWER = /^[^\p{L}]*\p{Ll}/u;

interface Speech {
  readonly cue: number;
  readonly source: TokenRange;
  /** The cue's end when it is a phrase ("issued the following statement"); one token otherwise. */
  readonly cueTo?: number;
}

const MAX_TAIL_TOKENS = 40;
const TERMINAL = /^[.!?…]+$/;
const QUOTE = /["“”]/;

function rangeSpan(ctx: AttributionContext, r: TokenRange): Span {
  return makeSpan(ctx.text, ctx.tokens[r.from].start, ctx.tokens[r.to - 1].end);
}

/**
 * `“…,” the judge exclaimed.` / `“…?” she wondered, “…”`: a quotation that ends on a comma, a
 * question or an exclamation mark, then a subject and one verb that ends the sentence or leads to
 * the next part of the quotation, is a speech tag whatever the verb.
 */
function tagAfterQuote(ctx: AttributionContext, closeAt: number, c: number, k: number, end: number): boolean {
  const { tokens, text } = ctx;
  if (!/[,?!]/.test(charBeforeMark(text, closeAt)) || tokens[c].normal.endsWith('ing') || c === k) return false;
  const next = tokens[c + 1];
  if (!next || c + 1 >= end || !(TERMINAL.test(next.text) || (next.text === ',' && (c + 2 >= end || QUOTE.test(tokens[c + 2].text))))) return false;
  for (let j = k; j < c; j++) if (tokens[j].pos === 'VERB' || tokens[j].pos === 'AUX') return false;
  return true;
}

/**
 * The character before the closing mark whose last character is at `closeAt`: for a doubled
 * apostrophe (`''Can we win?'' Ruiz asked.`) the one before both apostrophes.
 */
function charBeforeMark(text: string, closeAt: number): string {
  const first = text[closeAt] === "'" && text[closeAt - 1] === "'" ? closeAt - 1 : closeAt;
  return text[first - 1] ?? '';
}

/** `"…," Ruiz said.` / `"…," said Ruiz, a spokeswoman.`: the attribution right after a closing mark. */
function parseTail(ctx: AttributionContext, closeAt: number): Speech | null {
  const { tokens, sentences, sentenceOfToken, lexicon } = ctx;
  let k = tokenAtOrAfter(tokens, closeAt + 1);
  let s = sentenceOfToken[k - 1];
  let ownSentence = false;
  // `“We will win.” Ruiz said.`: after a full stop, only a tag that is its whole sentence (`Ruiz said
  // the vote was close.` after a quotation is a statement of its own).
  let wholeSentence = false;
  if (k >= tokens.length || s < 0) return null;
  // `“They just grabbed him.” ⏎ — Lucia Herrera, who was waiting for her car`: a credit after a dash (the rules alone).
  if (ctx.rulesOnly === true) {
    const credit = parseDashCredit(ctx, k);
    if (credit) return credit;
  }
  // `“Is it over?” Ruiz asked.`: after a question or exclamation the splitter starts the tag's own sentence.
  if (sentenceOfToken[k] !== s) {
    const mark = charBeforeMark(ctx.text, closeAt);
    if (!/[?!.]/.test(mark) || ctx.text.slice(closeAt + 1, tokens[k].start).includes('\n')) return null;
    s = sentenceOfToken[k];
    // `''Why now?'' Ruiz asked, repeating the charge that …`: a long sentence is still a tag when its first comma ends the tag (the rules alone).
    if (s < 0 || sentences[s].tokenStart !== k || (ctx.rulesOnly === true ? tagPartEnd(tokens, k, sentences[s].tokenEnd) : sentences[s].tokenEnd) - k > 12) return null;
    ownSentence = true;
    wholeSentence = mark === '.';
  } else if (ctx.rulesOnly === true && /\.['’]$/u.test(ctx.text.slice(closeAt - 2, closeAt))) {
    // `"He said, 'Tell them I am not running.'" ICE has said Sediqi ignored orders.`: a quotation inside one closed at
    // its full stop, which the splitter leaves in one sentence with what follows; the tag must be the rest of it too (the rules alone).
    wholeSentence = true;
  }
  const end = sentences[s].tokenEnd;
  // The tag ends the sentence: only its closing mark follows the token at `last`.
  const endsAt = (last: number): boolean => !wholeSentence || (last + 2 === end && TERMINAL.test(tokens[last + 1].text));
  while (k < end && tokens[k].text === ',') k++;
  if (k >= end) return null;
  if (cueVerbAt(tokens, k, lexicon)) {
    const after = findSourceAfter(ctx, k + 1, end, { roleToEnd: true });
    // The speaker follows the cue at once ("said Ana Ruiz"), not after a preposition ("said at a rally").
    return after.kind === 'source' && after.range.from === k + 1 && endsAt(after.range.to - 1) ? { cue: k, source: after.range } : null;
  }
  const tag = parseTagBeforeCue(ctx, closeAt, k, end, ownSentence, endsAt);
  // `“…,” Tom Hale, 30, of Dover, who was there, said.`: an aside too long or too rich for the scan back (the rules alone).
  return tag ?? (ctx.rulesOnly === true && !ownSentence ? parseAsideTail(ctx, k, end) : null);
}

/** Where the tag that opens the sentence from `k` ends: its first comma, or the sentence end `end`. */
function tagPartEnd(tokens: readonly Token[], k: number, end: number): number {
  for (let j = k + 1; j < end; j++) if (tokens[j].text === ',') return j;
  return end;
}

const CREDIT_DASHES = new Set(['—', '–', '--', '―']);
const MAX_CREDIT_TOKENS = 24;
// ", in an email to the Inland Review": how the words came, no part of who said them.
const CHANNEL_AFTER = new Set(['in', 'on', 'via', 'through', 'during', 'at', 'to']);

/**
 * `“…” ⏎ — Lucia Herrera, who was waiting for her car`, `“…” — DHS spokesperson, in an email`: a
 * dash right after the closing mark, then a capitalised phrase that is the rest of its sentence,
 * credits the quotation to that phrase (without a trailing ", in an email …"). The dash is the cue.
 */
function parseDashCredit(ctx: AttributionContext, at: number): Speech | null {
  const { tokens, sentences, sentenceOfToken } = ctx;
  let k = at;
  while (k < tokens.length && tokens[k].pos === 'SPACE') k++;
  // `“…” — said Ana Ruiz, the men's sister.`: a verb of saying after the dash, its speaker after it.
  if (k + 2 < tokens.length && CREDIT_DASHES.has(tokens[k].text) && cueVerbAt(tokens, k + 1, ctx.lexicon)?.speech === true && sentenceOfToken[k + 1] >= 0) {
    const end = sentences[sentenceOfToken[k + 1]].tokenEnd;
    const after = findSourceAfter(ctx, k + 2, end, { roleToEnd: true });
    return after.kind === 'source' && after.range.from === k + 2 && (after.range.to === end || TERMINAL.test(tokens[after.range.to].text)) ? { cue: k + 1, source: after.range } : null;
  }
  if (k >= tokens.length || !CREDIT_DASHES.has(tokens[k].text) || k + 1 >= tokens.length || !CAPITAL_START.test(tokens[k + 1].text)) return null;
  const s = sentenceOfToken[k + 1];
  if (s < 0) return null;
  let end = sentences[s].tokenEnd;
  // The credit's own line at most: a blank line between starts something else.
  if (end - k > MAX_CREDIT_TOKENS || /\n\s*\n/u.test(ctx.text.slice(tokens[at - 1].end, tokens[k].start))) return null;
  while (end > k + 1 && TERMINAL.test(tokens[end - 1].text)) end--;
  for (let j = k + 2; j < end; j++) {
    if (QUOTE.test(tokens[j].text)) return null;
    if (tokens[j].text === ',' && CHANNEL_AFTER.has(tokens[j + 1]?.normal ?? '')) {
      end = j;
      break;
    }
  }
  return end > k + 1 ? { cue: k, source: { from: k + 1, to: end } } : null;
}

/** `"…," Ruiz said.`: the subject and verb of a tag from token `k` (parseTail). */
function parseTagBeforeCue(ctx: AttributionContext, closeAt: number, k: number, end: number, ownSentence: boolean, endsAt: (last: number) => boolean): Speech | null {
  const { tokens, lexicon } = ctx;
  for (let c = k + 1; c < Math.min(end, k + MAX_TAIL_TOKENS); c++) {
    if (TERMINAL.test(tokens[c].text) || tokens[c].text === '"' || tokens[c].text === '“') return null;
    // A lexicon form the tagger read as a noun ("Ruiz notes.") is a verb in the tag position too.
    const tagVerb = tokens[c].pos === 'VERB' || lexicon.verbs.has(tokens[c].normal);
    // A tag in a sentence of its own needs a reporting verb: `“Is it over?” The crowd left.` is no tag.
    if (!cueVerbAt(tokens, c, lexicon) && !(tagVerb && !ownSentence && tagAfterQuote(ctx, closeAt, c, k, end))) {
      if (tokens[c].pos === 'VERB' && !/(?:ed|en)$/.test(tokens[c].normal)) return null;
      continue;
    }
    const before = findSourceBefore(ctx, c, k);
    return before.kind === 'source' && before.range.from === k && endsAt(c) ? { cue: c, source: before.range } : null;
  }
  return null;
}

const MAX_NAME_TOKENS = 6;

/**
 * `“…,” Tom Hale, 30, of Dover, Del., who lives near the pier, said in an interview.`, `“…,” Ana
 * Ruiz, wearing a red hat and “Ruiz” pins, said.`: after a quotation and its comma, a name (or a
 * short noun phrase) and its comma, then any aside (verbs and a quoted word included, no verb of
 * saying, no sentence end) up to a comma and a verb of saying that ends the tag (only a full stop,
 * a comma or a modifier after it: `said by phone`, not `said the plan failed`). The source runs
 * from the name to the aside's end. Null when the words after the closing mark are no such tag.
 */
function parseAsideTail(ctx: AttributionContext, k: number, end: number): Speech | null {
  const { tokens, lexicon } = ctx;
  let c1 = k;
  while (c1 < end && c1 - k <= MAX_NAME_TOKENS && tokens[c1].text !== ',') c1++;
  if (c1 >= end || tokens[c1].text !== ',' || c1 === k) return null;
  const name = finishRange(tokens, k, c1);
  const head = tokens[c1 - 1];
  if (name.kind !== 'source' || name.range.from !== k || !(head.pos === 'PROPN' || head.pos === 'NOUN')) return null;
  let quoted = false;
  for (let c = c1 + 2; c < Math.min(end, k + MAX_TAIL_TOKENS); c++) {
    const t = tokens[c];
    if (TERMINAL.test(t.text) || t.text === ';' || t.text === ':') return null;
    if (QUOTE.test(t.text)) quoted = !quoted;
    const verb = quoted ? null : cueVerbAt(tokens, c, lexicon);
    if (!verb) continue;
    if (!verb.speech || tokens[c - 1].text !== ',') return null;
    const next = tokens[c + 1];
    const ends = !next || c + 1 >= end || TERMINAL.test(next.text) || next.text === ',' || next.pos === 'ADP' || next.pos === 'ADV';
    return ends ? { cue: c, source: { from: k, to: c - 1 } } : null;
  }
  return null;
}

/** Whether only closing punctuation follows the closing mark before the paragraph or sentence ends. */
function closesSentence(ctx: AttributionContext, quote: Quote): boolean {
  if (quote.closeAt === null) return true;
  const rest = ctx.text.slice(quote.closeAt + 1);
  return /^[\s.!?,;)]*(?:\n|$)/.test(rest) || NEW_SENTENCE_AHEAD.test(rest);
}

/**
 * `Ruiz continued: "…"`, `The sign read: "…"`, `The mayor released a statement: "…"`: a colon
 * before a quotation introduces it whatever the verb, when the clause before the colon is only a
 * subject at the sentence start, the verb and its object (no second verb, no quotation mark).
 */
function colonLeadIn(ctx: AttributionContext, c: number, floor: number, colon: number): Speech | null {
  const { tokens } = ctx;
  const t = tokens[c];
  if (t.normal.endsWith('ing') || CAPITAL_START.test(t.text)) return null;
  // `… in a statement released Thursday:`: a participle putting out the statement is no second verb (the rules alone).
  const putOut = (j: number) => ctx.rulesOnly === true && PUT_OUT.has(tokens[j].normal) && ctx.lexicon.nouns.has(tokens[j - 1].normal);
  for (let j = c + 1; j < colon; j++) if ((tokens[j].pos === 'VERB' && !putOut(j)) || tokens[j].pos === 'AUX' || QUOTE.test(tokens[j].text) || tokens[j].pos === 'SCONJ') return null;
  const before = findSourceBefore(ctx, c, floor);
  if (before.kind !== 'source') return null;
  // `In a letter to the court, Herrera described the shooting:`: past an opening phrase and its comma (the rules alone).
  // `Asked whether any officer was hit, Lyall answered, “…”`: past the question put to the speaker too.
  const opened = ctx.rulesOnly === true && before.range.from > floor + 1 && tokens[before.range.from - 1].text === ',' && (tokens[floor].pos === 'ADP' || opensOnQuestion(tokens, floor));
  return before.range.from === floor || opened ? { cue: c, source: before.range } : null;
}

/** "Asked whether …", "When asked about …", "Pressed on …": a clause of the question put to the speaker, opening at `floor`. */
function opensOnQuestion(tokens: readonly Token[], floor: number): boolean {
  const first = tokens[floor].normal === 'when' ? floor + 1 : floor;
  return /^(?:asked|pressed|questioned)$/u.test(tokens[first]?.normal ?? '');
}

const FREE_RELATIVES = new Set(['what', 'how']);
// Lead verbs whose object names what the quotation then gives: "described the encounter in a statement:".
const OBJECT_LEADS = new Set(['describe', 'explain', 'recount', 'detail', 'summarize', 'characterize']);
const OBJECT_PARTS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'PART']);
const TAIL_PARTS = new Set(['NOUN', 'PROPN', 'NUM', 'ADV', 'DET', 'ADP']);

/**
 * Where the extras after a lead's cue at `c` end before the colon at `stop`: the listener and
 * adverbials (skipReportingExtras), for a verb of OBJECT_LEADS first its object ("described the
 * encounter"), and then a participle putting out the statement with its time ("in a statement
 * released Thursday afternoon:"). The rules alone.
 */
function leadExtrasEnd(ctx: AttributionContext, c: number, stop: number, verb: CueVerb): number {
  const { tokens } = ctx;
  let from = c + 1;
  if (tokens[stop].text === ':' && OBJECT_LEADS.has(verb.lemma)) {
    while (from < stop && (OBJECT_PARTS.has(tokens[from].pos) || tokens[from].normal === 'his' || tokens[from].normal === 'her' || tokens[from].normal === 'their') && !PREPOSITIONS.has(tokens[from].normal)) from++;
  }
  const end = skipReportingExtras(ctx, from, stop, from === c + 1 ? verb : null);
  // `told WCLT by phone: “…”`: the means the words came by.
  if (tokens[stop].text === ':' && end + 2 === stop && tokens[end].normal === 'by' && BY_MEANS.has(tokens[end + 1].normal)) return stop;
  if (end >= stop || tokens[stop].text !== ':' || !PUT_OUT.has(tokens[end].normal) || stop - end > 5) return end;
  for (let j = end + 1; j < stop; j++) if (!TAIL_PARTS.has(tokens[j].pos) || QUOTE.test(tokens[j].text)) return end;
  return stop;
}
const PREPOSITIONS = new Set(['in', 'on', 'at', 'during', 'with', 'to', 'through', 'via', 'after', 'before', 'from', 'for', 'of', 'about']);
const BY_MEANS = new Set(['phone', 'telephone', 'text', 'email', 'e-mail', 'video', 'videoconference', 'zoom']);
const PUT_OUT = new Set(['released', 'issued', 'posted', 'published', 'sent', 'shared', 'emailed']);

/**
 * `His wife, Ana Ramos, described what she saw:` then the quotation: a lead verb whose object is a
 * clause opened by "what" or "how" (a short one: no quotation, no other clause) introduces the words
 * after the colon; its subject opening the sentence is the source (the rules alone).
 */
function whatLeadIn(ctx: AttributionContext, floor: number, colon: number): Speech | null {
  const { tokens } = ctx;
  let j = floor + 2;
  while (j < colon - 1 && !FREE_RELATIVES.has(tokens[j].normal)) j++;
  if (j >= colon - 1 || colon - j > 8 || tokens[j - 1].pos !== 'VERB') return null;
  for (let k = j + 1; k < colon; k++) if (QUOTE.test(tokens[k].text) || tokens[k].pos === 'SCONJ' || tokens[k].text === ',') return null;
  return colonLeadIn(ctx, j - 1, floor, j);
}

/**
 * `Ruiz said of the council: “…”`, `Ruiz said in a column for the Gazette, “…”`: what was said of,
 * or where, a preposition of TOPIC_HEADS and a short noun phrase (no verb, punctuation or quotation
 * mark) up to the colon or comma before the quotation, after a verb of saying in TOPIC_VERBS
 * ("warned of the storm:" and "when asked about the audit:" name no topic; the rules alone).
 */
const TOPIC_VERBS = new Set(['say', 'write', 'add', 'tell', 'state', 'tweet', 'post']);
const TOPIC_HEADS = new Set(['of', 'about', 'in', 'on', 'at', 'during']);

function isTopicPhrase(tokens: readonly Token[], from: number, stop: number): boolean {
  // `she said on KPTV's “Night Desk.”`: a title closing the sentence is no quotation introduced by the phrase.
  if (!TOPIC_HEADS.has(tokens[from].normal) || (tokens[stop].text !== ':' && tokens[stop].text !== ',')) return false;
  if (stop - from < 2 || stop - from > 12) return false;
  for (let j = from + 1; j < stop; j++) {
    const t = tokens[j];
    if (t.pos === 'AUX' || t.pos === 'SCONJ' || (t.pos === 'VERB' && !CAPITAL_START.test(t.text)) || (t.pos === 'PUNCT' && t.text !== '-') || QUOTE.test(t.text)) return false;
  }
  return true;
}

const CHANNEL_OPENERS = new Set(['in', 'on', 'during', 'at', 'via', 'through']);

/** `, in a statement Monday` between a speaker at `from` and the colon at `stop`: a comma, a preposition, then no verb or quotation. */
function isChannelTail(tokens: AttributionContext['tokens'], from: number, stop: number): boolean {
  if (tokens[from]?.text !== ',' || !CHANNEL_OPENERS.has(tokens[from + 1]?.normal ?? '')) return false;
  for (let k = from + 2; k < stop; k++) if (tokens[k].pos === 'VERB' || tokens[k].pos === 'AUX' || QUOTE.test(tokens[k].text) || tokens[k].text === ',') return false;
  return stop - from <= 8;
}

/** `Ruiz said: "…"` / `Ruiz told Newsweek, "…"`, or a colon lead-in on the line before the quote. */
function parseHead(ctx: AttributionContext, quote: Quote): Speech | null {
  const { tokens, sentences, sentenceOfToken, paragraphOf, lexicon } = ctx;
  const o = tokenAtOrAfter(tokens, quote.openAt);
  let s = sentenceOfToken[o];
  if (s < 0) return null;
  let last = o - 1;
  if (o === sentences[s].tokenStart) {
    const prev = s - 1;
    if (prev < 0 || paragraphOf[prev] === paragraphOf[s] || tokens[sentences[prev].tokenEnd - 1].text !== ':') return null;
    s = prev;
    last = sentences[prev].tokenEnd - 1;
  } else if (tokens[last].text !== ':' && tokens[last].text !== ',' && !closesSentence(ctx, quote)) {
    return null;
  }
  const floor = sentences[s].tokenStart;
  const stop = tokens[last].text === ':' || tokens[last].text === ',' ? last : last + 1;
  // `she wrote in her memoir, “Hard Water.”`: the title of a work, no quotation (the rules alone).
  if (ctx.rulesOnly === true && isWorkTitleAt(tokens, stop, sentences[s].tokenEnd)) return null;
  // `Pew Research: “…”`: a name and a colon before the quotation (the rules alone).
  const named = ctx.rulesOnly === true && tokens[stop].text === ':' ? findNameColonSpeaker(tokens, floor, stop, (normal) => lexicon.verbs.has(normal)) : null;
  if (named) return { cue: stop, source: named };
  // `- Benjamin Achterberg, Quintero's attorney: “…”`: a list item's lead-in (the rules alone).
  const bullet = ctx.rulesOnly === true && tokens[stop].text === ':' ? findBulletLeadIn(tokens, floor, stop, (normal) => lexicon.verbs.has(normal)) : null;
  if (bullet) return { cue: stop, source: bullet };
  // `Today, Rep. Ana Ruiz issued the following statement after …:`: a statement put out, whatever the occasion after it (the rules alone).
  const lead = ctx.rulesOnly === true && tokens[stop].text === ':' ? findStatementLead(ctx, floor, stop) : null;
  if (lead === 'other') return null;
  if (lead) return { cue: lead.cue.from, cueTo: lead.cue.to, source: lead.source };
  // `DHS released a statement overnight. We are publishing it in full:` (the rules alone).
  const leadBefore = ctx.rulesOnly === true && tokens[stop].text === ':' ? findLeadBefore(ctx, s) : null;
  if (leadBefore) return { cue: leadBefore.cue.from, cueTo: leadBefore.cue.to, source: leadBefore.source };
  for (let c = stop - 1; c >= Math.max(floor, stop - 12); c--) {
    const verb = cueVerbAt(tokens, c, lexicon);
    // `said in a statement posted Friday:`: a participle after the statement's noun describes it; the
    // lead's verb stands before (the rules alone).
    if (ctx.rulesOnly === true && tokens[stop].text === ':' && PUT_OUT.has(tokens[c].normal) && c > floor && lexicon.nouns.has(tokens[c - 1].normal)) continue;
    if (!verb) {
      if (tokens[c].pos === 'VERB' && tokens[stop].text === ':') return colonLeadIn(ctx, c, floor, stop) ?? (ctx.rulesOnly === true ? whatLeadIn(ctx, floor, stop) : null);
      // `He continued, “…”`: a comma right after the verb introduces the quotation the same way.
      if (tokens[c].pos === 'VERB' && tokens[stop].text === ',' && c === stop - 1) return colonLeadIn(ctx, c, floor, stop);
      if (tokens[c].pos === 'VERB' || tokens[c].pos === 'AUX' || TERMINAL.test(tokens[c].text)) return null;
      continue;
    }
    // `Said Ana Ruiz, “…”`, `Said Mayor Ana Ruiz, in a statement Monday:` then the quotation: a verb of
    // saying opens the sentence and its speaker follows (the rules alone).
    const inverted = ctx.rulesOnly === true && c === floor && verb.speech ? findSourceAfter(ctx, c + 1, stop) : null;
    if (inverted?.kind === 'source' && inverted.range.from === c + 1 && (inverted.range.to === stop || (tokens[stop].text === ':' && isChannelTail(tokens, inverted.range.to, stop)))) {
      return { cue: c, source: inverted.range };
    }
    const extrasEnd = ctx.rulesOnly === true ? leadExtrasEnd(ctx, c, stop, verb) : skipReportingExtras(ctx, c + 1, stop, verb);
    if (extrasEnd < stop && !(ctx.rulesOnly === true && TOPIC_VERBS.has(verb.lemma) && isTopicPhrase(tokens, extrasEnd, stop))) return null;
    const before = findSourceBefore(ctx, c, floor);
    if (before.kind === 'source') return { cue: c, source: before.range };
    // `Ruiz pressed the clerk, saying, “…”`: a participle of saying after a comma takes the earlier tag's speaker or the clause's subject,
    // past an opening phrase (`Before the vote, Ruiz pressed …, saying, “…”`); after "by" or "upon" the clause's subject (the rules alone).
    const gerund = ctx.rulesOnly === true && verb.speech && tokens[c].normal.endsWith('ing') && c > floor + 1;
    const participle = gerund && tokens[c - 1].text === ',';
    const byGerund = gerund && (tokens[c - 1].normal === 'by' || tokens[c - 1].normal === 'upon');
    const subject = participle ? (findEarlierCueSource(ctx, floor, c - 1) ?? findClauseSubject(ctx, floor, c) ?? findSubjectPastOpening(ctx, floor, c)) : byGerund ? byGerundSubject(ctx, floor, c) : null;
    if (subject) return { cue: c, source: subject };
    // `Ruiz shook her head and said, “No.”`: a verb of saying after "and" shares the subject of the verb before it (the rules alone).
    // A cue opening the text has no word before it ("Adding, “…”" as a whole document).
    const and = c === 0 ? -1 : tokens[c - 1].normal === 'and' ? c - 1 : tokens[c - 1].normal === 'then' && tokens[c - 2]?.normal === 'and' ? c - 2 : -1;
    const shared = ctx.rulesOnly === true && verb.speech && and > floor ? findCoordinatedSubject(ctx, floor, and) : null;
    return shared ? { cue: c, source: shared } : null;
  }
  return null;
}

/**
 * `Ruiz shook her head and said, “…”`, `When asked, he laughed and said, “…”`: the subject of the
 * verb that "and" at `and` coordinates with the cue: the speaker of a verb of saying before it with
 * no comma between (`Ruiz said she would run and added, “…”`), else of the nearest verb before "and" (no
 * comma, quotation or other "and" on the way), found as that verb's own speaker phrase. Null when
 * there is none.
 */
function findCoordinatedSubject(ctx: AttributionContext, floor: number, and: number): TokenRange | null {
  const { tokens, lexicon } = ctx;
  // `Ruiz said she would run and added, “…”`: a verb of saying before speaks again, not the subject inside its content.
  for (let v = and - 1; v > floor; v--) {
    if (QUOTE.test(tokens[v].text) || tokens[v].text === ',') break;
    if (cueVerbAt(tokens, v, lexicon)?.speech !== true) continue;
    const before = findSourceBefore(ctx, v, floor);
    if (before.kind === 'source' && before.range.to === v) return before.range;
    break;
  }
  for (let v = and - 1; v > floor; v--) {
    const t = tokens[v];
    if (t.text === ',' || QUOTE.test(t.text) || t.normal === 'and') return null;
    if (t.pos !== 'VERB') continue;
    const before = findSourceBefore(ctx, v, floor);
    return before.kind === 'source' && before.range.to === v ? before.range : null;
  }
  return null;
}

/**
 * `Ruiz ended her speech by saying, “…”`: the subject of the clause, past an opening phrase, when no
 * cue of its own stands between it and the participle (`Ruiz explained the vote by saying: “…”` is
 * one report, whose cue is "explained"). The rules alone.
 */
function byGerundSubject(ctx: AttributionContext, floor: number, c: number): TokenRange | null {
  const subject = findClauseSubject(ctx, floor, c) ?? findSubjectPastOpening(ctx, floor, c);
  if (!subject) return null;
  for (let j = subject.to; j < c - 1; j++) if (cueVerbAt(ctx.tokens, j, ctx.lexicon) || (ctx.tokens[j].pos === 'VERB' && ctx.lexicon.complements.has(ctx.tokens[j].normal))) return null;
  return subject;
}

/**
 * `If the river rises, Ruiz said, “the town will flood.”`: the words that open the sentence before a
 * tag set off by commas are the first part of what was said when the quotation carries on their
 * sentence in lower case, as PolNeAR has them (the rules alone).
 */
function headBeforeTag(ctx: AttributionContext, speech: Speech, quote: Quote): TokenRange | null {
  const { tokens, sentences, sentenceOfToken } = ctx;
  const comma = speech.source.from - 1;
  const open = tokenAtOrAfter(tokens, quote.openAt);
  const s = sentenceOfToken[speech.cue];
  if (comma < 0 || tokens[comma].text !== ',' || sentenceOfToken[open] !== s || sentenceOfToken[comma] !== s || tokens[open - 1]?.text !== ',') return null;
  const floor = sentences[s].tokenStart;
  if (comma <= floor) return null;
  // A quotation that opens a sentence of its own (`In a statement, Ruiz said, “We will …”`) stands alone.
  if (!FIRST_LETTER_LOWER.test(ctx.text.slice(quote.start, quote.end))) return null;
  // A head with a cue of its own (`As Lee noted, turnout fell, Ruiz said, “…”`) is left to that cue.
  for (let j = floor; j < comma; j++) if (QUOTE.test(tokens[j].text) || TERMINAL.test(tokens[j].text) || tokens[j].text === "'" || cueVerbAt(tokens, j, ctx.lexicon)) return null;
  return { from: floor, to: comma };
}

/** `“A,” the judge exclaimed, “B.”`: the next quotation opens right after the tag and its comma, in the same sentence. */
function reopensAfterTag(ctx: AttributionContext, speech: Speech, next: Quote): boolean {
  const tagEnd = Math.max(speech.cue, speech.source.to - 1) + 1;
  const open = tokenAtOrAfter(ctx.tokens, next.openAt);
  if (open <= tagEnd || ctx.sentenceOfToken[open] !== ctx.sentenceOfToken[speech.cue]) return false;
  if (ctx.tokens[open - 1].text !== ',') return false;
  // `“A,” he said of the two men, “B.”`: a phrase with no verb may stand between the tag and its comma.
  for (let j = tagEnd; j < open; j++) {
    const t = ctx.tokens[j];
    if (t.pos === 'VERB' || t.pos === 'AUX' || TERMINAL.test(t.text) || QUOTE.test(t.text) || t.text === ';') return false;
  }
  return true;
}

/**
 * Whether sentence `at` may carry on the quotation of sentence `prev`: in the same paragraph, or
 * (`crossing`, the rules alone) in the next when `chain` is that whole paragraph, one quotation
 * closed at its end: `“…,” his sister said. ⏎ “We want to see the video.”` (news convention gives
 * it to the same speaker; on PolNeAR train the added paragraph is in the gold content 34 times in
 * 39, and in another relation of the same speaker 3 times).
 */
function continuesParagraph(ctx: AttributionContext, prev: number, at: number, chain: readonly Quote[], crossing: boolean): boolean {
  const { paragraphOf } = ctx;
  if (paragraphOf[at] === paragraphOf[prev]) return true;
  return crossing && ctx.rulesOnly === true && paragraphOf[at] === paragraphOf[prev] + 1 && isWholeParagraphQuote(ctx, chain);
}

/** Whether the quotes of `chain` fill their paragraphs: the first opens its paragraph, the last closes at its paragraph's end. */
function isWholeParagraphQuote(ctx: AttributionContext, chain: readonly Quote[]): boolean {
  const { text, sentences, paragraphOf } = ctx;
  const first = chain[0];
  const last = chain[chain.length - 1];
  // `“Related:”`: a quotation ending on a colon introduces what follows; it continues nothing.
  if (last.closeAt === null || text[last.end - 1] === ':') return false;
  const s = sentenceAt(ctx, first.openAt);
  if (s < 0 || (s > 0 && paragraphOf[s - 1] === paragraphOf[s]) || /\S/.test(text.slice(sentences[s].start, first.openAt))) return false;
  let end = sentenceAt(ctx, last.closeAt);
  while (end + 1 < sentences.length && paragraphOf[end + 1] === paragraphOf[end]) end++;
  return /^[\s.!?,]*$/.test(text.slice(last.closeAt + 1, sentences[end].end));
}

function startsSentence(ctx: AttributionContext, quote: Quote): boolean {
  const o = tokenAtOrAfter(ctx.tokens, quote.openAt);
  const s = ctx.sentenceOfToken[o];
  if (s < 0) return false;
  const sentence = ctx.sentences[s];
  // A quotation right after a dateline ("BROWNSVILLE, Texas — “…”") opens its sentence (the rules alone).
  const before = ctx.text.slice(ctx.tokens[sentence.tokenStart].start, quote.openAt);
  // So does one after a fact check's label ("Claim: “…” — Dana Whitcomb, in a post on X").
  return sentence.tokenStart === o || (ctx.rulesOnly === true && before.length > 0 && (datelineLength(before) === before.length || CLAIM_LABEL.test(before)));
}

// A label before a quotation that names what it is, not who said it.
const CLAIM_LABEL = /^(?:(?:The\s+)?[Cc]laims?|[Qq]uote|[Ss]tatement)\s*:\s*$/u;

function sentenceAt(ctx: AttributionContext, offset: number): number {
  const k = Math.min(tokenAtOrAfter(ctx.tokens, offset), ctx.tokens.length - 1);
  return ctx.sentenceOfToken[k];
}

/** Groups a quote left open at a paragraph's end with the quotes that reopen the next paragraphs. */
function chainQuotes(ctx: AttributionContext, quotes: readonly Quote[]): Quote[][] {
  const chains: Quote[][] = [];
  for (const q of quotes) {
    const chain = chains[chains.length - 1];
    const prev = chain?.[chain.length - 1];
    const reopens = prev && prev.closeAt === null && q.paragraph === prev.paragraph + 1 && startsSentence(ctx, q) && /^\s*$/.test(ctx.text.slice(ctx.sentences[sentenceAt(ctx, q.openAt)].start, q.openAt));
    if (reopens) chain.push(q);
    else chains.push([q]);
  }
  return chains;
}

const QUESTION_CUES = new Set(['ask', 'asks', 'asked', 'asking', 'question', 'questioned', 'pressed', 'wonder', 'wondered']);

/**
 * Whether the quotation is a question by its cue ("asked"). A question mark alone is not enough: on
 * PolNeAR train a rhetorical question's speaker often goes on in the next paragraph.
 */
function asksQuestion(ctx: AttributionContext, cue: number, fragments: readonly Span[]): boolean {
  return QUESTION_CUES.has(ctx.tokens[cue]?.normal ?? '') && fragments.length > 0;
}

const ANSWER_CUES = new Set(['answer', 'answers', 'answered', 'reply', 'replies', 'replied', 'respond', 'responds', 'responded']);
// The end of a quoted question and the question's tag: `?” Reyes-Ortiz asked.`
const ASKED_BEFORE = /\?["”’]\s+[^.!?\n]{0,60}\b(?:asked|asks|pressed|questioned)\b[^.!?\n]{0,30}[.!?]?\s*$/u;

/**
 * Whether the quotation whose cue is at `cue` answers a question (its cue is "answered", "replied",
 * or the paragraph before it ends on a question someone asked): the whole-quotation paragraph after
 * an answer in an exchange is the next question, not more of the answer.
 */
function answersQuestion(ctx: AttributionContext, cue: number, firstSentence: number): boolean {
  if (ANSWER_CUES.has(ctx.tokens[cue]?.normal ?? '')) return true;
  const { sentences, paragraphOf, text } = ctx;
  let s = firstSentence;
  while (s > 0 && paragraphOf[s - 1] === paragraphOf[firstSentence]) s--;
  if (s === 0) return false;
  const before = s - 1;
  return ASKED_BEFORE.test(text.slice(sentences[before].start, sentences[before].end));
}

/**
 * Direct quotes with their speaker: a quote that opens a sentence and is followed by "X said", or
 * that is introduced by "X said:" (also from the previous line). Quotes that open the following
 * sentences of the same paragraph, with no speaker of their own, continue it (`"A," she said. "B."`).
 */
export function findDirectQuotes(ctx: AttributionContext, quotes: readonly Quote[]): AttributionDraft[] {
  const drafts: AttributionDraft[] = [];
  const chains = chainQuotes(ctx, quotes);
  const used = new Set<number>();
  for (let c = 0; c < chains.length; c++) {
    if (used.has(c)) continue;
    const chain = chains[c];
    const first = chain[0];
    const lastQuote = chain[chain.length - 1];
    const tail = lastQuote.closeAt !== null && startsSentence(ctx, first) ? parseTail(ctx, lastQuote.closeAt) : null;
    const speech = tail ?? parseHead(ctx, first);
    if (!speech) continue;
    used.add(c);
    const head = !tail && ctx.rulesOnly === true ? headBeforeTag(ctx, speech, first) : null;
    const fragments: Span[] = [...(head ? [rangeSpan(ctx, head)] : []), ...chain.filter((q) => q.end > q.start).map((q) => makeSpan(ctx.text, q.start, q.end))];
    // `"A," she said, "B."`: the quote the same cue introduces continues the one it closes.
    let last = lastQuote;
    if (tail && c + 1 < chains.length && (parseHead(ctx, chains[c + 1][0])?.cue === speech.cue || reopensAfterTag(ctx, speech, chains[c + 1][0]))) {
      used.add(c + 1);
      for (const part of chains[c + 1]) if (part.end > part.start) fragments.push(makeSpan(ctx.text, part.start, part.end));
      last = chains[c + 1][chains[c + 1].length - 1];
    }
    let lastSentence = Math.max(ctx.sentenceOfToken[speech.cue], sentenceAt(ctx, (last.closeAt ?? last.end) - 1));
    // One paragraph break at most: a second whole-quotation paragraph after it matched no gold on train.
    let crossing = true;
    for (let n = used.has(c + 1) ? c + 2 : c + 1; n < chains.length; n++) {
      const next = chains[n];
      const q = next[0];
      const at = sentenceAt(ctx, q.openAt);
      // A title or phrase quoted inside the tag's own sentence (`said on CNN’s “State of the Union.”`) is no continuation and no stop.
      if (at <= lastSentence && !startsSentence(ctx, q)) continue;
      if (!startsSentence(ctx, q) || at !== lastSentence + 1 || !continuesParagraph(ctx, lastSentence, at, next, crossing)) break;
      const ownTail = next[next.length - 1].closeAt !== null ? parseTail(ctx, next[next.length - 1].closeAt as number) : null;
      if (ownTail || parseHead(ctx, q)) break;
      // `"Do you see the truck?" the lawyer asked.` then a paragraph of its own: the answer, someone else's (the rules alone).
      if (ctx.rulesOnly === true && ctx.paragraphOf[at] !== ctx.paragraphOf[lastSentence] && asksQuestion(ctx, speech.cue, fragments)) break;
      // `"Not at that moment," Kessler answered.` then a paragraph of its own: the next question of the exchange (the rules alone).
      if (ctx.rulesOnly === true && ctx.paragraphOf[at] !== ctx.paragraphOf[lastSentence] && answersQuestion(ctx, speech.cue, sentenceAt(ctx, first.openAt))) break;
      if (ctx.paragraphOf[at] !== ctx.paragraphOf[lastSentence]) crossing = false;
      used.add(n);
      for (const part of next) if (part.end > part.start) fragments.push(makeSpan(ctx.text, part.start, part.end));
      const tailQuote = next[next.length - 1];
      lastSentence = sentenceAt(ctx, (tailQuote.closeAt ?? tailQuote.end) - 1);
    }
    if (fragments.length === 0) continue;
    const grouped = widenCueGroup(ctx.tokens, speech.source, { from: speech.cue, to: speech.cueTo ?? speech.cue + 1 });
    const inParts = (k: number): boolean => (k >= speech.source.from && k < speech.source.to) || fragments.some((f) => f.start < ctx.tokens[k].end && ctx.tokens[k].start < f.end);
    const cue = ctx.rulesOnly === true ? widenCueAdverb(ctx.tokens, widenCueStatement(ctx.tokens, grouped, inParts), inParts) : grouped;
    drafts.push({
      kind: 'direct',
      source: rangeSpan(ctx, speech.source),
      cue: rangeSpan(ctx, cue),
      fragments,
      sentence: ctx.sentenceOfToken[speech.cue],
      cueTokens: Array.from({ length: cue.to - cue.from }, (_, i) => cue.from + i),
    });
  }
  return drafts;
}
