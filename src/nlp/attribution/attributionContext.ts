import type { Sentence, Token } from '../../domain/analysis.js';
import type { CueLexicon } from './cueLexicon.js';

/** Everything the attribution passes read, computed once per document. */
export interface AttributionContext {
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly sentences: readonly Sentence[];
  readonly lexicon: CueLexicon;
  /** Paragraph number of each sentence (a paragraph is one line of text). */
  readonly paragraphOf: readonly number[];
  /** Sentence index of each token. */
  readonly sentenceOfToken: readonly number[];
  /**
   * Set for the `rules` method alone: readings the learned tagger already makes in `combined` and
   * `confident`, where the rules' version would only block its relations ("went on to say").
   */
  readonly rulesOnly?: boolean;
}

/** A half-open token range [from, to). */
export interface TokenRange {
  readonly from: number;
  readonly to: number;
}

/**
 * The sentence splitter knows curly and straight quotes but not a doubled apostrophe: in
 * `He said ''yes.'' Then …` it opens the next sentence with the closing mark. Gives the mark back.
 */
function rejoinClosingMarks(text: string, tokens: readonly Token[], sentences: readonly Sentence[]): readonly Sentence[] {
  if (!text.includes("''")) return sentences;
  const out = sentences.map((s) => ({ ...s }));
  for (let s = 1; s < out.length; s++) {
    const k = out[s].tokenStart;
    const a = tokens[k];
    const b = tokens[k + 1];
    const closing = a && b && a.text === "'" && b.text === "'" && b.start === a.start + 1 && k + 2 <= out[s].tokenEnd && !/\S/.test(text[b.end] ?? ' ');
    if (!closing || out[s - 1].tokenEnd !== k || !/[.!?…,]$/.test(tokens[k - 1].text)) continue;
    out[s - 1].tokenEnd = k + 2;
    out[s - 1].end = b.end;
    out[s].tokenStart = k + 2;
    out[s].start = tokens[k + 2]?.start ?? b.end;
  }
  // A sentence that was only the mark is now empty: keep it (indices stay), the passes skip it.
  return out;
}

/**
 * With curly and straight marks mixed in one paragraph (`“A," Ruiz said. "B.”`) the splitter can end
 * a sentence with the straight mark that opens the next one. Gives the mark to the sentence it opens.
 */
function moveOpeningMarks(text: string, tokens: readonly Token[], sentences: readonly Sentence[]): readonly Sentence[] {
  let out: Sentence[] | null = null;
  for (let s = 0; s + 1 < sentences.length; s++) {
    const cur = (out ?? sentences)[s];
    const next = (out ?? sentences)[s + 1];
    const k = cur.tokenEnd - 1;
    const mark = tokens[k];
    const opening = k > cur.tokenStart && next.tokenStart === cur.tokenEnd && mark.text === '"' && /\s/.test(text[mark.start - 1] ?? '') && /[.!?…]$/.test(tokens[k - 1].text) && /\S/.test(text[mark.end] ?? ' ');
    if (!opening || text.slice(mark.end, next.start).includes('\n')) continue;
    out ??= sentences.map((x) => ({ ...x }));
    out[s] = { ...cur, tokenEnd: k, end: tokens[k - 1].end };
    out[s + 1] = { ...next, tokenStart: k, start: mark.start };
  }
  return out ?? sentences;
}

/**
 * The splitter ends a sentence after an abbreviation in parentheses ("Rep. Ana Ruiz (D-Va.), a …"),
 * so the next one opens with a comma, a semicolon or a closing parenthesis, which no sentence does.
 * Joins such a piece to the sentence before it on the same line; the piece stays as an empty
 * sentence so sentence indices do not move.
 */
function rejoinBrokenSentences(text: string, tokens: readonly Token[], sentences: readonly Sentence[]): readonly Sentence[] {
  let out: Sentence[] | null = null;
  let host = 0;
  for (let s = 1; s < sentences.length; s++) {
    const cur = (out ?? sentences)[s];
    const first = tokens[cur.tokenStart];
    const prev = (out ?? sentences)[host];
    const broken = cur.tokenEnd > cur.tokenStart && first && (first.text === ',' || first.text === ';' || first.text === ')') && prev.tokenEnd === cur.tokenStart && !text.slice(prev.end, cur.start).includes('\n');
    if (!broken) {
      if (cur.tokenEnd > cur.tokenStart) host = s;
      continue;
    }
    out ??= sentences.map((x) => ({ ...x }));
    out[host] = { ...out[host], end: cur.end, tokenEnd: cur.tokenEnd };
    out[s] = { ...cur, start: cur.end, tokenStart: cur.tokenEnd };
  }
  return out ?? sentences;
}

/**
 * `rejoinQuotes: false` keeps the splitter's sentences as they are: the learned tagger was trained
 * on them, and its features (position in the sentence) must see what it saw in training.
 */
export function buildContext(text: string, tokens: readonly Token[], rawSentences: readonly Sentence[], lexicon: CueLexicon, options: { rejoinQuotes?: boolean } = {}): AttributionContext {
  const sentences = options.rejoinQuotes === false ? rawSentences : rejoinBrokenSentences(text, tokens, moveOpeningMarks(text, tokens, rejoinClosingMarks(text, tokens, rawSentences)));
  const paragraphOf: number[] = [];
  let paragraph = 0;
  for (let s = 0; s < sentences.length; s++) {
    if (s > 0 && text.slice(sentences[s - 1].end, sentences[s].start).includes('\n')) paragraph++;
    paragraphOf.push(paragraph);
  }
  const sentenceOfToken = new Array<number>(tokens.length).fill(-1);
  for (const s of sentences) for (let k = s.tokenStart; k < s.tokenEnd; k++) sentenceOfToken[k] = s.index;
  return { text, tokens, sentences, lexicon, paragraphOf, sentenceOfToken };
}

/** Index of the first token whose start is at or after `offset`. */
export function tokenAtOrAfter(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The indices of the tokens lying wholly inside `span` (none for no span). */
export function tokensInSpan(tokens: readonly Token[], span: { readonly start: number; readonly end: number } | null): number[] {
  const out: number[] = [];
  if (!span) return out;
  for (let k = tokenAtOrAfter(tokens, span.start); k < tokens.length && tokens[k].end <= span.end; k++) out.push(k);
  return out;
}

/** Whether the words of `phrase` appear at token `k`; returns the token after the match, or -1. */
export function matchWords(tokens: readonly Token[], k: number, end: number, phrase: readonly string[]): number {
  if (k + phrase.length > end) return -1;
  for (let w = 0; w < phrase.length; w++) if (tokens[k + w].normal !== phrase[w]) return -1;
  return k + phrase.length;
}

/** Word lists grouped by first word, so matching at a token looks only at lists that can match. */
export type PhraseIndex = ReadonlyMap<string, readonly (readonly string[])[]>;

export function indexPhrases(phrases: readonly (readonly string[])[]): PhraseIndex {
  const index = new Map<string, (readonly string[])[]>();
  for (const p of phrases) {
    const list = index.get(p[0]) ?? [];
    list.push(p);
    index.set(p[0], list);
  }
  return index;
}

/** The token after the longest phrase of `index` that starts at `k`, or -1. */
export function matchPhraseAt(tokens: readonly Token[], k: number, end: number, index: PhraseIndex): number {
  const candidates = k < end ? index.get(tokens[k].normal) : undefined;
  if (!candidates) return -1;
  let best = -1;
  for (const p of candidates) best = Math.max(best, matchWords(tokens, k, end, p));
  return best;
}
