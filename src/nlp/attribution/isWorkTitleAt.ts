import type { Token } from '../../domain/analysis.js';

const TITLE_WORD_START = /^'?[\p{Lu}\d]/u;

/** Nouns of a written or broadcast work whose title may follow them after a comma. */
const WORKS = new Set(['book', 'memoir', 'memoirs', 'autobiography', 'biography', 'novel', 'column', 'essay', 'article', 'editorial', 'op-ed', 'blog', 'newsletter', 'film', 'documentary', 'show', 'podcast', 'album', 'song', 'poem', 'play']);
/** Short words a title leaves in lower case. */
const SMALL = new Set(['a', 'an', 'the', 'of', 'and', 'or', 'in', 'on', 'at', 'to', 'for', 'with', 'by', 'from', 'but', 'nor', 'as']);
const MARK = /^(?:["“”]|'')$/u;
const TERMINAL = /^[.!?…]+$/u;

/** The quotation mark at `j` (a doubled apostrophe is two tokens), as its token count; 0 when none. */
function markAt(tokens: readonly Token[], j: number): number {
  const t = tokens[j];
  if (!t) return 0;
  if (MARK.test(t.text)) return 1;
  if (t.text !== "'" || tokens[j + 1]?.start !== t.end) return 0;
  // The tokenizer may keep the second apostrophe on the word after it (`' 'A`).
  return tokens[j + 1].text === "'" ? 2 : tokens[j + 1].text.startsWith("'") ? 1 : 0;
}

/**
 * `Ruiz said in her 2012 book, ''A River Son.''`, `she wrote in her memoir, “Hard Water.”`: at
 * `comma`, a comma after the noun of a work, then the work's title in quotation marks (a few words,
 * each capitalised but the small ones), and nothing after it but the sentence's end before `end`.
 * The title names the work; it is no quotation of what was said.
 */
export function isWorkTitleAt(tokens: readonly Token[], comma: number, end: number): boolean {
  if (tokens[comma]?.text !== ',' || !WORKS.has(tokens[comma - 1]?.normal ?? '')) return false;
  const open = markAt(tokens, comma + 1);
  if (open === 0) return false;
  let words = 0;
  for (let j = comma + 1 + open; j < end && j <= comma + 14; j++) {
    const close = markAt(tokens, j);
    if (close > 0) {
      let after = j + close;
      while (after < end && TERMINAL.test(tokens[after].text)) after++;
      return words > 0 && after >= end;
    }
    const t = tokens[j];
    if (TERMINAL.test(t.text) || t.text === ',' || t.text === ':' || t.text === '-') continue;
    if (!(TITLE_WORD_START.test(t.text) || (words > 0 && SMALL.has(t.normal)))) return false;
    words++;
  }
  return false;
}
