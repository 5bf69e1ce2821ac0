import type { Sentence, Token } from '../../domain/analysis.js';
import type { StageRef } from '../../domain/stage.js';
import { AMBIGUOUS, NEVER_FINAL, QUOTE_TAIL_VERBS, TIME_ABBREVIATIONS, TIME_CONTINUATIONS } from './abbreviations.js';

// Version 4: a dateline's agency in parentheses may hold digits and a slash ("MESA, Ariz. (V7) —", "(KTVK/KPHO)").
// Version 5: never after "Ald." (an alderman's title).
// Version 8: one capital letter after a lower-case word ends a sentence before a word that starts one ("a post on X. The").
export const SENTENCES_STAGE: StageRef = Object.freeze({ name: 'sentences', version: 8 });

const TERMINAL = /^(?:[.!?]+|…|\.\.\.+)$/;
const CLOSERS = new Set(['”', '’', ')', ']', '»']);
const OPENERS = new Set(['“', '‘', '(', '[', '«', '"', "'"]);
const UPPER = /^\p{Lu}/u;
const LOWER = /^\p{Ll}/u;
const ONE_LETTER = /^\p{L}$/u;
const ONE_CAPITAL = /^\p{Lu}$/u;
const CAPITALS = /^\p{Lu}{2,}$/u;
/** "U.S", "a.m": letters each followed by a period, the last one's taken off. */
const INITIALS = /^(?:\p{L}\.)+\p{L}$/u;
const ENDS_MID_SENTENCE = /[\p{Ll},;]\s*$/u;
/** Parts of speech that begin a sentence far more often than they continue a name. */
const STARTER_POS = new Set(['DET', 'PRON', 'CCONJ', 'SCONJ', 'ADP', 'ADV', 'AUX']);

interface Range {
  readonly start: number;
  readonly end: number;
}

/**
 * Hard segments: every header line, and every body line. A body line that does not end a sentence
 * and is followed by a line starting in lower case is a hard wrap and is joined to it.
 */
function findSegments(text: string, bodyStart: number): Range[] {
  const segments: Range[] = [];
  let lineStart = 0;
  let open: Range | null = null;
  const flush = (): void => {
    if (open) segments.push(open);
    open = null;
  };
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd);
    if (line.trim() === '') flush();
    else if (lineStart < bodyStart) {
      flush();
      segments.push({ start: lineStart, end: lineEnd });
    } else if (open && ENDS_MID_SENTENCE.test(text.slice(open.start, open.end)) && LOWER.test(line.trimStart())) {
      open = { start: open.start, end: lineEnd };
    } else {
      flush();
      open = { start: lineStart, end: lineEnd };
    }
    lineStart = lineEnd + 1;
  }
  flush();
  return segments;
}

function isAttributionTail(tokens: readonly Token[], from: number, end: number): boolean {
  for (let k = from; k < Math.min(end, from + 6); k++) {
    if (TERMINAL.test(tokens[k].text)) return false;
    if (QUOTE_TAIL_VERBS.has(tokens[k].normal)) return true;
  }
  return false;
}

const DASHES = new Set(['—', '–', '--', '-']);
const CAPS_WORD = /^\p{Lu}[\p{Lu}.'’-]*$/u;

/**
 * "BROADVIEW, Ill. (LC) —", "SALEM, Ore. —": the abbreviated state of a dateline that opens the
 * sentence (`from`: capitalised words, a comma, the state token `i`), followed by a dash or by an
 * agency's initials in parentheses and a dash.
 */
function isDatelineState(tokens: readonly Token[], from: number, i: number, n: number): boolean {
  if (i - from < 2 || tokens[i - 1].text !== ',') return false;
  for (let k = from; k < i - 1; k++) if (!CAPS_WORD.test(tokens[k].text)) return false;
  if (DASHES.has(tokens[n].text)) return true;
  const close = agencyClose(tokens, n);
  return close > 0 && DASHES.has(tokens[close + 1]?.text ?? '');
}

// The words of a news agency or station in a dateline's parentheses: "AP", "LC", "V7", "KTVK/KPHO".
const AGENCY_WORD = /^\p{Lu}[\p{Lu}\p{Ll}\d&.]{0,14}$/u;

/** The index of the ")" closing an agency's initials opened at `n` ("(AP)", "(V7)", "(KTVK/KPHO)"), or -1. */
function agencyClose(tokens: readonly Token[], n: number): number {
  if (tokens[n]?.text !== '(' || !AGENCY_WORD.test(tokens[n + 1]?.text ?? '')) return -1;
  for (let k = n + 2; k < n + 6 && k < tokens.length; k++) {
    const t = tokens[k].text;
    if (t === ')') return k;
    if (t !== '/' && t !== '-' && !AGENCY_WORD.test(t)) return -1;
  }
  return -1;
}

/** "Pruitt said no. “He stopped …”": "no" with no number after it is the word, not "No. 5". */
function isBareNo(word: string, next: Token): boolean {
  return (word === 'no' || word === 'nos') && !NUMBER_START.test(next.text);
}

const NUMBER_START = /^[\d#]/u;

/**
 * "a post on X. The mayor said …", "a standing O. The crowd …": one capital letter after a lower-case
 * word, then a word that starts sentences (not another initial, not a name), is a word that ends the
 * sentence, not an initial ("by J. Smith", "said J. J. Watt" stay whole).
 */
function isLetterWord(tokens: readonly Token[], letter: number, next: Token, n: number): boolean {
  const before = tokens[letter - 1];
  if (!before || !LOWER.test(before.text) || before.end === tokens[letter].start) return false;
  if (!UPPER.test(next.text) || !STARTER_POS.has(next.pos) || ONE_LETTER.test(next.text.replace(/\.$/, ''))) return false;
  return tokens[n + 1]?.text !== '.';
}

/** Whether the sentence ends after the terminal token `i` (in a sentence from token `from`), given the next token `n`. */
function endsSentence(tokens: readonly Token[], from: number, i: number, n: number, end: number, closedQuote: boolean): boolean {
  const t = tokens[i];
  const next = tokens[n];
  if (LOWER.test(next.text)) return false;
  if (TERMINAL.test(t.text)) {
    const prev = tokens[i - 1];
    const glued = prev && prev.end === t.start;
    // "fired from a .40-caliber handgun": a point with a space before it and a digit right after opens a number.
    if (t.text === '.' && !glued && next.start === t.end && NUMBER_START.test(next.text)) return false;
    if (t.text === '.' && glued && NEVER_FINAL.has(prev.normal) && !isBareNo(prev.normal, next)) return false;
    if (t.text === '.' && glued && ONE_CAPITAL.test(prev.text)) return isLetterWord(tokens, i - 1, next, n);
    if (closedQuote && /[!?]/.test(t.text) && UPPER.test(next.text) && isAttributionTail(tokens, n, end)) return false;
    return true;
  }
  // An abbreviation token that carries its own period: "U.S.", "a.m.", "Dr.", "J."
  const bare = t.normal.replace(/\.$/, '');
  if (NEVER_FINAL.has(bare) && !isBareNo(bare, next)) return false;
  if (ONE_LETTER.test(bare)) return ONE_CAPITAL.test(t.text.replace(/\.$/, '')) && isLetterWord(tokens, i, next, n);
  if (TIME_ABBREVIATIONS.has(bare)) return UPPER.test(next.text) && !TIME_CONTINUATIONS.has(next.normal);
  // "CHARLOTTE, N.C. (AP) —": a dateline's state before the agency in parentheses ends nothing.
  if (INITIALS.test(bare) && next.text === '(' && CAPITALS.test(tokens[n + 1]?.text ?? '') && tokens[n + 2]?.text === ')') return false;
  if (isDatelineState(tokens, from, i, n)) return false;
  if (INITIALS.test(bare) || AMBIGUOUS.has(bare)) return OPENERS.has(next.text) || (UPPER.test(next.text) && STARTER_POS.has(next.pos));
  // A word the tokenizer glued to its period ("in."): an ordinary sentence end.
  return UPPER.test(next.text) || OPENERS.has(next.text) || /^\d/.test(next.text);
}

/** Whether the token's last character is one TERMINAL or a final period needs ('.', '!', '?', '…'). */
function mayEndSentence(text: string): boolean {
  const c = text.charCodeAt(text.length - 1);
  return c === 46 || c === 33 || c === 63 || c === 0x2026;
}

const LIST_MARKERS = new Set(['-', '•', '*', '·', '‣', '◦', '▪']);

function makeSentence(tokens: readonly Token[], index: number, from: number, to: number): Sentence {
  return Object.freeze({ index, start: tokens[from].start, end: tokens[to - 1].end, tokenStart: from, tokenEnd: to });
}

/**
 * Sentences over wink-nlp tokens, tuned for news: abbreviations and initials never end a sentence,
 * a quote closed by ?/! stays with its "she said", every line of the header block before
 * `bodyStart` is its own sentence, and line breaks always end a sentence.
 */
export function splitSentences(text: string, tokens: readonly Token[], options: { bodyStart?: number } = {}): Sentence[] {
  const sentences: Sentence[] = [];
  let k = 0;
  for (const segment of findSegments(text, options.bodyStart ?? 0)) {
    while (k < tokens.length && tokens[k].start < segment.start) k++;
    const first = k;
    while (k < tokens.length && tokens[k].end <= segment.end) k++;
    const last = k;
    // "- The shooting happened …", "• “He was boxed in,” …": a list marker opening the line is no part of its sentence.
    let from = first + 1 < last && LIST_MARKERS.has(tokens[first].text) ? first + 1 : first;
    let inStraightQuote = false;
    for (let i = first; i < last; i++) {
      if (tokens[i].text === '"') inStraightQuote = !inStraightQuote;
      const t = tokens[i];
      // Both tests need a final '.', '!', '?' or '…': most tokens end otherwise and skip them.
      if (!mayEndSentence(t.text) || (!TERMINAL.test(t.text) && !/\.$/.test(t.text))) continue;
      let j = i + 1;
      let closedQuote = false;
      let quoteOpen: boolean = inStraightQuote;
      while (j < last && (CLOSERS.has(tokens[j].text) || (tokens[j].text === '"' && quoteOpen))) {
        if (tokens[j].text !== ')' && tokens[j].text !== ']') closedQuote = true;
        if (tokens[j].text === '"') quoteOpen = false;
        j++;
      }
      if (j >= last || !endsSentence(tokens, from, i, j, last, closedQuote)) continue;
      sentences.push(makeSentence(tokens, sentences.length, from, j));
      inStraightQuote = quoteOpen;
      from = j;
      i = j - 1;
    }
    if (from < last) sentences.push(makeSentence(tokens, sentences.length, from, last));
  }
  return sentences;
}
