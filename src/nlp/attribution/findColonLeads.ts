import type { Token } from '../../domain/analysis.js';
import { makeSpan } from '../../lib/spans.js';
import type { AttributionContext } from './attributionContext.js';
import type { AttributionDraft } from './attributionDraft.js';
import { hasClause, QUOTE_MARKS } from './clauseBounds.js';

const CAPITALS = /^\p{Lu}{2,}$/u;
const CAPITAL_START = /^\p{Lu}/u;

const MAX_NAME_TOKENS = 6;
const MIN_CONTENT_TOKENS = 3;
/** Header fields of a text file ("Title: …") are metadata, not reporting. */
const HEADER_FIELD = /^(?:title|outlet|url|published|updated|author|byline|date|source|dateline)$/i;
const NAME_PUNCT = new Set(['.', '-', '’', "'", '&']);
const LABELS = new Set(['update', 'updates', 'latest', 'live', 'analysis', 'review', 'opinion', 'explainer', 'exclusive', 'breaking', 'correction']);
// What a headline says it is, on the rules' path: "Transcript: Woman pepper-sprayed …", "Video: …", "Watch: …".
const KIND_LABELS = new Set(['transcript', 'video', 'watch', 'photos', 'listen', 'audio', 'timeline', 'factbox', 'graphic', 'map', 'podcast']);

/** Short words in capitals that label a headline rather than name a source. */
const SHORT_CAPITAL_LABELS = new Set(['NEW', 'TV', 'WOW']);

/** A word in capitals that labels a headline: longer than an acronym ("UPDATE", "EXCLUSIVE") or a short label ("NEW"). */
function isCapitalLabel(word: string): boolean {
  return CAPITALS.test(word) && (word.length > 3 || SHORT_CAPITAL_LABELS.has(word));
}

/** A word of a speaker's name in a headline or transcript: capitalised, or a joining word between capitalised ones ("CNN President On Trump"). */
function isNameWord(t: Token): boolean {
  if (NAME_PUNCT.has(t.text)) return true;
  return CAPITAL_START.test(t.text) && t.pos !== 'PUNCT' && t.pos !== 'NUM' && t.pos !== 'SYM';
}

/**
 * Where the speaker's name ends when a paragraph opens "Name: …" (exclusive, at the colon), or -1.
 * The name is a few proper nouns ("Sen. Ana Ruiz", "NY Post"); a word in capitals only as an acronym
 * of two or three letters ("DHS", "AP"), not a label ("UPDATE", "NEW") or a transcript's "TAPPER";
 * a single letter ("Q:", "A:") names no one.
 */
function nameBeforeColon(tokens: readonly Token[], from: number, end: number, rulesOnly: boolean): number {
  let k = from;
  while (k < end && k - from < MAX_NAME_TOKENS && tokens[k].text !== ':') {
    if (!isNameWord(tokens[k])) return -1;
    k++;
  }
  if (k >= end || tokens[k].text !== ':' || k === from) return -1;
  const words = tokens.slice(from, k).filter((t) => !NAME_PUNCT.has(t.text));
  // Every word a proper noun, no article ("The Latest:"); a word in capitals only as a short
  // acronym ("AP:", "NY Post:"), never a label ("UPDATE:", "CORRECTION:", "NEW:").
  if (words.some((t) => t.pos !== 'PROPN' || isCapitalLabel(t.text)) || words.length > 4) return -1;
  if (words.length === 1 && (words[0].text.length < 2 || HEADER_FIELD.test(words[0].text))) return -1;
  // "Delegate Update:", "Live Updates:": a label, not a speaker.
  if (words.some((t) => LABELS.has(t.normal) || (rulesOnly && KIND_LABELS.has(t.normal)))) return -1;
  return k;
}

/** Parts of speech a list of names is made of ("Ruiz, Hale and Lee"). */
const NAME_LIST_POS = new Set(['PROPN', 'PUNCT', 'CCONJ', 'NUM', 'SYM', 'X', 'SPACE']);

/** A Title Case headline the tagger reads as proper nouns reports when it is longer than a title ("Breitbart Daily: A World at War"). */
const MIN_TITLE_CASE_TOKENS = 6;

/**
 * A headline's content may hold no finite verb the tagger sees ("Lynch: No outside influence on FBI
 * probe"): a quotation, or a noun with at least one lower-case word. In Title Case the tagger may
 * read every capitalised word as a proper noun ("Poll: Donald Trump Ties Hillary Clinton With …"):
 * then at least six words, one of them besides the proper nouns, punctuation and conjunctions a
 * list of names is made of ("Ruiz: Voters Want a New Plan for Dayton" has "a" and "for"). The
 * rules alone.
 */
function isHeadlineContent(tokens: readonly Token[], from: number, to: number): boolean {
  if (QUOTE_MARKS.test(tokens[from].text) || tokens[from].text === "'" || tokens[from].text === '‘') return true;
  const words = tokens.slice(from, to);
  if (words.some((t) => t.pos === 'NOUN' || t.pos === 'VERB' || t.pos === 'AUX')) return true;
  return words.length >= MIN_TITLE_CASE_TOKENS && words.some((t) => !NAME_LIST_POS.has(t.pos));
}

/**
 * A headline that names the speaker before a colon: "DHS: Agent fired after the car moved toward
 * him." The content, which must hold a finite verb, runs to the end of the line, without a final
 * period. Measured on PolNeAR train (all 840 articles, rules): linked F1 .5587 → .5611 at linked
 * precision .9124 → .9126; taking such lines anywhere in the body instead cost precision (.9117:
 * "Correction:", "Update:", lists of names by state). A headline whose tokens a quotation already
 * used (`blocked`) is left alone.
 */
export function findColonLeads(ctx: AttributionContext, blocked: (k: number) => boolean): AttributionDraft[] {
  const { tokens, sentences, paragraphOf, text } = ctx;
  if (sentences.length === 0) return [];
  // Only the headline: in a body "Update:", "Correction:" and lists by state open paragraphs the same way.
  let last = 0;
  while (last + 1 < sentences.length && paragraphOf[last + 1] === paragraphOf[0]) last++;
  const from = sentences[0].tokenStart;
  const end = sentences[last].tokenEnd;
  const colon = nameBeforeColon(tokens, from, sentences[0].tokenEnd, ctx.rulesOnly === true);
  if (colon < 0) return [];
  let to = end;
  while (to > colon + 1 && /^[.;,]$/.test(tokens[to - 1].text)) to--;
  if (to - (colon + 1) < MIN_CONTENT_TOKENS || !(hasClause(tokens, colon + 1, to) || (ctx.rulesOnly === true && isHeadlineContent(tokens, colon + 1, to)))) return [];
  for (let k = from; k < to; k++) if (blocked(k)) return [];
  const content = makeSpan(text, tokens[colon + 1].start, tokens[to - 1].end);
  return [
    {
      // A headline paraphrases unless it quotes.
      kind: QUOTE_MARKS.test(content.text) ? 'mixed' : 'indirect',
      source: makeSpan(text, tokens[from].start, tokens[colon - 1].end),
      cue: makeSpan(text, tokens[colon].start, tokens[colon].end),
      fragments: [content],
      sentence: 0,
      cueTokens: [colon],
    },
  ];
}
