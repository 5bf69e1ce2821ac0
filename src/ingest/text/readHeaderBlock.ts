import { trimSpan, type Span } from '../../lib/spans.js';
import { splitLines, type TextLine as Line } from '../lines.js';

export type HeaderField = 'title' | 'url' | 'outlet' | 'author' | 'published' | 'modified';

/** What a text file's header block says, each value with the span it was read from. */
export interface HeaderBlock {
  readonly fields: Readonly<Partial<Record<HeaderField, Span>>>;
  /** Offset of the first body character: the first non-blank character after the block. */
  readonly bodyStart: number;
}

// Keys are matched case-insensitively; synonyms are the ones newsroom exports and scrapers write.
const KEYS: Readonly<Record<string, HeaderField>> = Object.freeze({
  title: 'title', headline: 'title',
  url: 'url', link: 'url',
  outlet: 'outlet', source: 'outlet', publisher: 'outlet', publication: 'outlet',
  author: 'author', authors: 'author', byline: 'author',
  published: 'published', date: 'published', 'publication date': 'published', 'date published': 'published', pubdate: 'published',
  updated: 'modified', modified: 'modified', 'last updated': 'modified', 'last modified': 'modified', 'date modified': 'modified',
});

const KEY_VALUE = /^[ \t]*([A-Za-z][A-Za-z _-]{0,29}?)[ \t]*:[ \t]*(.*?)[ \t]*$/;
const FRONT_MATTER_FENCE = /^---[ \t]*$/;
// "By Ana Ruiz", "By ANA RUIZ and TOM HALE": a byline among the header's lines is its author.
const BYLINE = /^[ \t]*(?:By|BY)[ \t]+(\p{Lu}.{0,118}?)[ \t]*$/u;

function keyOf(raw: string): HeaderField | undefined {
  return KEYS[raw.toLowerCase().replace(/[\s_-]+/g, ' ')];
}

/** Reads `Key: value` (or a byline) into `fields` (first value of a field wins); false when the line is neither. */
function readField(text: string, line: Line, fields: Partial<Record<HeaderField, Span>>): boolean {
  const m = KEY_VALUE.exec(text.slice(line.start, line.end));
  if (!m) return readByline(text, line, fields);
  const field = keyOf(m[1]);
  if (!field || fields[field]) return true;
  const valueStart = text.indexOf(':', line.start) + 1; // keys hold no colon, so the first one separates
  let span = trimSpan(text, valueStart, line.end);
  // Front matter often quotes its values.
  if (/^(["']).*\1$/.test(span.text) && span.text.length >= 2) span = trimSpan(text, span.start + 1, span.end - 1);
  if (span.text) fields[field] = span;
  return true;
}

function readByline(text: string, line: Line, fields: Partial<Record<HeaderField, Span>>): boolean {
  const m = BYLINE.exec(text.slice(line.start, line.end));
  if (!m) return false;
  if (!fields.author) {
    const at = line.start + text.slice(line.start, line.end).indexOf(m[1]);
    fields.author = trimSpan(text, at, at + m[1].length);
  }
  return true;
}

function skipBlank(text: string, at: number): number {
  while (at < text.length && /\s/.test(text[at])) at++;
  return at;
}

function readFrontMatter(text: string, lines: Line[]): HeaderBlock | null {
  const fields: Partial<Record<HeaderField, Span>> = {};
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i];
    if (FRONT_MATTER_FENCE.test(text.slice(line.start, line.end))) {
      return Object.keys(fields).length ? Object.freeze({ fields: Object.freeze(fields), bodyStart: skipBlank(text, line.next) }) : null;
    }
    if (text.slice(line.start, line.end).trim() === '') continue;
    if (!readField(text, line, fields)) return null;
  }
  return null;
}

/**
 * The header block of a text document: `Key: value` lines from the first line to the first blank
 * line, the first of them a recognised key (Title, URL, Outlet, Published, Author and synonyms),
 * or a `---` front-matter block. A byline line ("By Ana Ruiz") among them is the author. Unknown keys stay out of the body but are ignored. Returns null
 * when the file has no such block, and then the whole file is the body.
 */
export function readHeaderBlock(text: string): HeaderBlock | null {
  const lines = splitLines(text);
  if (lines.length === 0) return null;
  if (FRONT_MATTER_FENCE.test(text.slice(lines[0].start, lines[0].end))) return readFrontMatter(text, lines);
  const first = KEY_VALUE.exec(text.slice(lines[0].start, lines[0].end));
  if (!first || !keyOf(first[1])) return null;
  const fields: Partial<Record<HeaderField, Span>> = {};
  for (const line of lines) {
    if (text.slice(line.start, line.end).trim() === '') {
      return Object.freeze({ fields: Object.freeze(fields), bodyStart: skipBlank(text, line.next) });
    }
    // A line that is not `Key: value` before any blank line means this was prose, not a header.
    if (!readField(text, line, fields)) return null;
  }
  return Object.freeze({ fields: Object.freeze(fields), bodyStart: text.length });
}
