import { isInside, type Range } from './quoteRanges.js';

// "By Dana Okafor, Ledger staff photographer" alone on its line near the top: the piece's author.
const BYLINE = /(?:^|\n)[ \t]*By[ \t]+((?:\p{Lu}[\p{L}'’.-]*[ \t]+){1,3}\p{Lu}[\p{L}'’-]+)[ \t]*(?:,[^\n]*)?(?=\n|$)/u;
// How far into the text a byline may stand (past the header block, before the first paragraphs end).
const BYLINE_REACH = 600;
// "I" outside quotation marks at least this often: the piece is told in its author's own voice.
const MIN_OWN_VOICE = 3;
const FIRST_PERSON = /\bI\b/gu;

/**
 * The author of a piece told in the first person: a byline ("By Dana Okafor, Ledger staff
 * photographer") alone on its line near the top, and "I" at least three times outside quotation
 * marks. Null for a story in the newsroom's voice, whose byline says only who wrote it down.
 */
export function findBylineAuthor(text: string, quotes: readonly Range[]): string | null {
  const m = BYLINE.exec(text.slice(0, BYLINE_REACH));
  if (!m) return null;
  let own = 0;
  for (const i of text.matchAll(FIRST_PERSON)) if (!isInside(quotes, i.index, i.index + 1) && ++own >= MIN_OWN_VOICE) return m[1].replace(/\s+/gu, ' ');
  return null;
}
