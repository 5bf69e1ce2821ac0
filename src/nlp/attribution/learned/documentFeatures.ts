import type { Sentence, Token } from '../../../domain/analysis.js';
import type { CueLexicon } from '../cueLexicon.js';
import { combineHashes, hashString } from './hashFeature.js';

const ALL_CAPITALS = /^\p{Lu}+$/u;
const CAPITAL_START = /^\p{Lu}/u;
const LOWER_START = /^\p{Ll}/u;

/** Features per token of the tagger alone; every token has exactly this many, so they fit one flat array. */
export const FEATURES_PER_TOKEN = 40;

/** The features a tagger stacked on the rules reads besides (the rules' roles, markRuleRoles). */
export const RULE_FEATURES = 2;

const OPEN = new Set(['“', '«']);
const CLOSE = new Set(['”', '»']);

/** Whether each token stands inside quotation marks; the state starts afresh with each line. */
function markQuoted(text: string, tokens: readonly Token[]): Uint8Array {
  const inside = new Uint8Array(tokens.length);
  let open = false;
  for (let k = 0; k < tokens.length; k++) {
    if (k > 0 && text.slice(tokens[k - 1].end, tokens[k].start).includes('\n')) open = false;
    const t = tokens[k].text;
    if (OPEN.has(t)) open = true;
    else if (CLOSE.has(t)) open = false;
    else if (t === '"') open = !open;
    inside[k] = open || CLOSE.has(t) || (t === '"' && !open) ? 1 : 0;
  }
  return inside;
}

function isQuote(t: string): boolean {
  return t === '"' || OPEN.has(t) || CLOSE.has(t);
}

/** 0 not a quotation mark, 1 opening, 2 closing (a straight mark opens when the token after it is quoted). */
function quoteKind(t: string, nextInside: number): number {
  if (OPEN.has(t)) return 1;
  if (CLOSE.has(t)) return 2;
  return t === '"' ? (nextInside ? 1 : 2) : 0;
}

/** 0 none, 1 speech verb, 2 other cue verb, 3 phrase start ("according"), 4 cue noun. */
function cueClass(tokens: readonly Token[], k: number, lexicon: CueLexicon): number {
  const t = tokens[k];
  const verb = lexicon.verbs.get(t.normal);
  if (verb) return verb.speech ? 1 : 2;
  if (lexicon.sourceAfterPhrases.has(t.normal)) return 3;
  if (lexicon.nouns.has(t.normal)) return 4;
  return 0;
}

/** 0, 1, 2, then 3–5, 6–10, farther, and none (7). */
function distanceBucket(d: number): number {
  if (d < 0) return 7;
  if (d <= 2) return d;
  return d <= 5 ? 3 : d <= 10 ? 4 : 5;
}

function shapeOf(text: string): string {
  if (ALL_CAPITALS.test(text) && text.length > 1) return 'AA';
  if (CAPITAL_START.test(text)) return 'Aa';
  if (LOWER_START.test(text)) return 'a';
  if (/^\d/.test(text)) return '0';
  return text.length === 1 ? text : 'p';
}

/**
 * Hashed feature ids for every token of a document (FEATURES_PER_TOKEN per token, token order):
 * words and lemmas in a window of two, parts of speech, shape, quotation state, position in the
 * sentence, the distance to the nearest cue word of the lexicon on either side; given `rules` (from
 * markRuleRoles), RULE_FEATURES more: the role the rules give the token and its neighbours. Features
 * never cross a sentence boundary except the quotation state, which runs along the line.
 */
export function extractDocumentFeatures(
  text: string,
  tokens: readonly Token[],
  sentences: readonly Sentence[],
  lexicon: CueLexicon,
  dim: number,
  rules: Uint8Array | null = null,
): Int32Array {
  const width = FEATURES_PER_TOKEN + (rules ? RULE_FEATURES : 0);
  const out = new Int32Array(tokens.length * width);
  const quoted = markQuoted(text, tokens);
  const classes = tokens.map((_, k) => cueClass(tokens, k, lexicon));
  const hw = tokens.map((t) => hashString(t.normal));
  const hp = tokens.map((t) => hashString(t.pos));
  const hl = tokens.map((t) => hashString(t.lemma));
  const hs = tokens.map((t) => hashString(t.normal.slice(-3)));
  const hsh = tokens.map((t) => hashString(shapeOf(t.text)));
  const START = hashString('<s>');
  const END = hashString('</s>');
  for (const s of sentences) {
    const from = s.tokenStart;
    const end = s.tokenEnd;
    const word = (k: number): number => (k < from ? START : k >= end ? END : hw[k]);
    const pos = (k: number): number => (k < from ? START : k >= end ? END : hp[k]);
    const lemma = (k: number): number => (k < from ? START : k >= end ? END : hl[k]);
    const left = new Int32Array(end - from).fill(-1);
    const right = new Int32Array(end - from).fill(-1);
    for (let k = from, last = -1; k < end; k++) {
      left[k - from] = last < 0 ? -1 : k - last;
      if (classes[k]) last = k;
    }
    for (let k = end - 1, next = -1; k >= from; k--) {
      right[k - from] = next < 0 ? -1 : next - k;
      if (classes[k]) next = k;
    }
    // Quotation marks on either side within the sentence, and the comma count up to the nearest cue.
    const qLeft = new Int32Array(end - from).fill(-1);
    const qRight = new Int32Array(end - from).fill(-1);
    const commaLeft = new Int32Array(end - from);
    const commaRight = new Int32Array(end - from);
    let hasCue = 0;
    for (let k = from, last = -1, commas = 0; k < end; k++) {
      qLeft[k - from] = last < 0 ? -1 : k - last;
      commaLeft[k - from] = Math.min(commas, 2);
      if (isQuote(tokens[k].text)) last = k;
      if (classes[k]) {
        commas = 0;
        hasCue = 1;
      } else if (tokens[k].text === ',') commas++;
    }
    for (let k = end - 1, next = -1, commas = 0; k >= from; k--) {
      qRight[k - from] = next < 0 ? -1 : next - k;
      commaRight[k - from] = Math.min(commas, 2);
      if (isQuote(tokens[k].text)) next = k;
      if (classes[k]) commas = 0;
      else if (tokens[k].text === ',') commas++;
    }
    const first = hw[from];
    const lastWord = hw[end - 1];
    const prevEnd = from > 0 ? hw[from - 1] : START;
    const sentenceQuoted = quoted[from] === 1 && tokens[from].text !== '“' && tokens[from].text !== '"' ? 1 : 0;
    let hasQuote = 0;
    for (let k = from; k < end && !hasQuote; k++) hasQuote = /^["“”]$/.test(tokens[k].text) ? 1 : 0;
    for (let k = from; k < end; k++) {
      const w = hw[k];
      const p = hp[k];
      const lb = distanceBucket(left[k - from]);
      const rb = distanceBucket(right[k - from]);
      const rel = k === from ? 5 : k === end - 1 ? 6 : end - from <= 1 ? 0 : Math.floor(((k - from) * 4) / (end - from));
      const q = quoted[k];
      const base = k * width;
      let f = 0;
      const put = (x: number, y = 0, z = 0): void => {
        out[base + f] = combineHashes(f, x, y, z, dim);
        f++;
      };
      put(0);
      put(w);
      put(word(k - 1));
      put(word(k + 1));
      put(word(k - 2));
      put(word(k + 2));
      put(hl[k]);
      put(p);
      put(pos(k - 1), p);
      put(p, pos(k + 1));
      put(pos(k - 1));
      put(pos(k + 1));
      put(hs[k]);
      put(hsh[k]);
      put(word(k - 1), w);
      put(w, word(k + 1));
      put(q);
      put(rel);
      put(classes[k]);
      put(lb);
      put(rb);
      put(lb, p);
      put(rb, p);
      put(hasQuote, q);
      put(lemma(k + 1));
      put(w, q);
      put(sentenceQuoted, q);
      put(pos(k - 2), pos(k - 1), p);
      put(hl[k], rb);
      put(hl[k], lb);
      put(p, word(k - 1));
      put(k > from ? classes[k - 1] : 9, k + 1 < end ? classes[k + 1] : 9);
      put(distanceBucket(qLeft[k - from]), distanceBucket(qRight[k - from]), q);
      put(hasCue, q, rel);
      put(first, lb === 7 ? 0 : 1, rb === 7 ? 0 : 1);
      put(lastWord, lb === 7 ? 0 : 1, rb === 7 ? 0 : 1);
      put(hsh[k], k > from ? hsh[k - 1] : START, k + 1 < end ? hsh[k + 1] : END);
      put(commaLeft[k - from], commaRight[k - from], p);
      put(k > from ? quoteKind(tokens[k - 1].text, q) : 9, quoteKind(tokens[k].text, quoted[k + 1] ?? 0), k + 1 < end ? quoteKind(tokens[k + 1].text, quoted[k + 2] ?? 0) : 9);
      put(prevEnd, sentenceQuoted, k === from ? 1 : 0);
      if (!rules) continue;
      // Stacking: the rules' reading of the token and its neighbours (markRuleRoles).
      put(rules[k]);
      put(k > from ? rules[k - 1] : 9, rules[k], k + 1 < end ? rules[k + 1] : 9);
    }
  }
  return out;
}
