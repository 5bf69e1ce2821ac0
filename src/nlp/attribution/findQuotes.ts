import type { AttributionContext } from './attributionContext.js';

const ANY_CAPITAL = /\p{Lu}/u;

/** One run of quoted text inside a paragraph; `closeAt` is null when the paragraph ends first. */
export interface Quote {
  readonly openAt: number;
  readonly closeAt: number | null;
  /** Content between the marks, marks excluded, whitespace trimmed. */
  readonly start: number;
  readonly end: number;
  readonly paragraph: number;
}

const OPEN_MARKS = new Set(['“', '„', '«']);
const CLOSE_MARKS = new Set(['”', '»']);
// A line break, then a dash and a capital: a credit line under a quotation.
const CREDIT_LINE = /\n[ \t]*(?:—|–|―|--)[ \t]*\p{Lu}/u;
/** A straight quote opens after these; anything else before it means it closes. */
const OPENING_CONTEXT = /[\s([{—–:-]/;

function makeQuote(text: string, openAt: number, closeAt: number | null, limit: number, paragraph: number, markWidth = markLength(text, openAt)): Quote {
  let start = openAt + markWidth;
  let end = limit;
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return Object.freeze({ openAt, closeAt, start, end, paragraph });
}

/** Two apostrophes stand for a straight double quote in some wire and archive text (''like this''). */
function markLength(text: string, i: number): number {
  return text[i] === "'" ? 2 : 1;
}

function isDoubledApostrophe(text: string, i: number): boolean {
  return text[i] === "'" && text[i + 1] === "'" && text[i - 1] !== "'" && text[i + 2] !== "'";
}

/**
 * Three apostrophes: a nested single quotation closing with its double one (`'Go home,'''`: the
 * last two close) or opening with it (`'''Go`: the first two open). `open` says which is expected.
 */
function isTripleMark(text: string, i: number, open: boolean): boolean {
  if (text[i] !== "'" || text[i + 1] !== "'") return false;
  return open ? text[i - 1] !== "'" && text[i + 2] === "'" && text[i + 3] !== "'" : text[i - 1] === "'" && text[i - 2] !== "'" && text[i + 2] !== "'";
}

const SINGLE_OPEN = new Set(["'", '‘']);
const SINGLE_CLOSE = new Set(["'", '’']);
const LETTER = /\p{L}/u;

/**
 * Quotations in single marks, in a paragraph that holds no double mark (British style: 'We left,'
 * she said). An apostrophe is far commoner than a single quotation mark, so a run counts only when
 * it opens on a capital after a space (or the paragraph's start) and closes right after its
 * punctuation (`,'` `.'` `?'`) before a space; a mark that is neither inside a word ("didn't") nor
 * before a digit ("the '90s") cancels the open run, so "the 'Dreamers' program" is no quotation.
 * And a paragraph's runs count only when one of them closes on a comma, the mark of a tag that
 * follows ('We left,' she said): a headline's "Trump: 'We will win.'" or a pull-quote standing as
 * its own paragraph keeps its marks as it did.
 */
function findSingleQuoted(text: string, from: number, to: number, paragraph: number): Quote[] {
  const out: Quote[] = [];
  let openAt: number | null = null;
  for (let i = from; i < to; i++) {
    const c = text[i];
    if (!SINGLE_OPEN.has(c) && !SINGLE_CLOSE.has(c)) continue;
    const before = i === from ? ' ' : text[i - 1];
    const after = i + 1 < to ? text[i + 1] : ' ';
    if (LETTER.test(before) && LETTER.test(after)) continue;
    if (/\d/.test(after)) continue;
    if (openAt === null) {
      if (SINGLE_OPEN.has(c) && OPENING_CONTEXT.test(before) && ANY_CAPITAL.test(after)) openAt = i;
      continue;
    }
    if (SINGLE_CLOSE.has(c) && /[,.?!…]/.test(before) && /[\s)]/.test(after)) out.push(makeQuote(text, openAt, i, i, paragraph, 1));
    openAt = null;
  }
  return out.some((q) => text[(q.closeAt as number) - 1] === ',') ? out : [];
}

/**
 * Double-quoted runs per paragraph, curly or straight (a doubled apostrophe counts as straight). Single quotes are left alone: inside a
 * double quote they are nested speech, and elsewhere they are mostly apostrophes.
 */
export function findQuotes(ctx: AttributionContext): Quote[] {
  const { text, sentences, paragraphOf } = ctx;
  const quotes: Quote[] = [];
  let s = 0;
  while (s < sentences.length) {
    const paragraph = paragraphOf[s];
    let last = s;
    while (last + 1 < sentences.length && paragraphOf[last + 1] === paragraph) last++;
    const from = sentences[s].start;
    const to = sentences[last].end;
    let openAt: number | null = null;
    // Whether the paragraph holds a double mark, and a single one: single-marked quotations are
    // looked for only in a paragraph with singles and no doubles (findSingleQuoted).
    let doubles = false;
    let singles = false;
    for (let i = from; i < to; i++) {
      // Every mark is '"', "'" or beyond ASCII: any other ASCII character is skipped without a
      // string per character (this loop visits every character of every document).
      const code = text.charCodeAt(i);
      if (code < 128 && code !== 34 && code !== 39) continue;
      const c = text[i];
      if (SINGLE_OPEN.has(c) || SINGLE_CLOSE.has(c)) {
        singles = true;
        if (c === "'" && text[i + 1] === "'") doubles = true;
      }
      const doubled = isDoubledApostrophe(text, i) || (ctx.rulesOnly === true && isTripleMark(text, i, openAt === null));
      const straight = c === '"' || doubled;
      if (!straight && !OPEN_MARKS.has(c) && !CLOSE_MARKS.has(c)) continue;
      doubles = true;
      // `“It's unusual,“ said Ruiz`: an opening curly mark typed for the closing one, right after the
      // quotation's last punctuation and before a space, closes the open quotation (the rules alone).
      const misclosing = ctx.rulesOnly === true && c === '“' && openAt !== null && /[,.?!…]/.test(text[i - 1]) && /\s/.test(text[i + 1] ?? ' ');
      const opens = straight ? openAt === null && (i === from || OPENING_CONTEXT.test(text[i - 1])) : OPEN_MARKS.has(c) && !misclosing;
      if (opens) {
        if (openAt !== null) quotes.push(makeQuote(text, openAt, null, i, paragraph));
        openAt = i;
      } else if (openAt !== null) {
        // closeAt is the mark's last character, so what follows the quote starts at closeAt + 1.
        quotes.push(makeQuote(text, openAt, doubled ? i + 1 : i, i, paragraph));
        openAt = null;
      }
      if (doubled) i++;
    }
    if (openAt !== null) {
      // `“I heard four shots. ⏎ — Tomás Bravo, 19, store employee`: a quotation left open that a credit
      // line closes ends at that line's break, as if marked there (the rules alone; parseDashCredit).
      const credit = ctx.rulesOnly === true ? CREDIT_LINE.exec(text.slice(openAt, Math.min(text.length, to + 8))) : null;
      // The quotation's last character stands for the missing mark, so the credit follows it.
      let at = credit ? openAt + credit.index : -1;
      while (at > openAt && /\s/u.test(text[at])) at--;
      quotes.push(at > openAt + 1 ? makeQuote(text, openAt, at, at + 1, paragraph) : makeQuote(text, openAt, null, to, paragraph));
    }
    if (ctx.rulesOnly === true && singles && !doubles) quotes.push(...findSingleQuoted(text, from, to, paragraph));
    s = last + 1;
  }
  return quotes;
}
