import { makeSpan, type Span } from '../../lib/spans.js';
import { readDateAt } from '../dates/readDateAt.js';
import { splitLines } from '../lines.js';

/** A dated dateline near the top of the body. */
export interface Dateline {
  /** YYYY-MM-DD */
  readonly date: string;
  /** The date as written. */
  readonly span: Span;
}

// "WASHINGTON, " / "MINNEAPOLIS, Minn., " / "ST. PAUL, Minn. " : an upper-case place, an optional state.
const PLACE_PREFIXES = [/[A-Z][A-Z.'’ -]{1,40},\s*[A-Z][A-Za-z.]{1,14},?\s+/y, /[A-Z][A-Z.'’ -]{1,40},?\s+/y];
const DASH_AFTER = /\s*(?:\([^)\n]{1,40}\)\s*)?[—–-]/y;
const CLOSE_PAREN = /\s*\)/y;
// Labels a page may print before its own date: "Release Date:", "Published", "Posted on".
const ONLY_DATE_LABEL = /(?:(?:(?:Release\s+)?Date\s*:|(?:First\s+)?Published(?:\s+on)?\s*:?|Posted(?:\s+on)?\s*:?)\s*)?/iy;
// After a labelled date, its time and the next label of the line: "Published: Nov. 6, 2025 at 9:41 PM
// PST | Updated: Nov. 7, 2025 …".
const LABELLED_REST = /\s*(?:,?\s*(?:at\s+)?\d{1,2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?(?:\s+[A-Z]{2,5})?)?\s*(?:[|•·]|$)/iy;
// Datelines sit in the first paragraphs; a date further down is about the events, not the document.
const LINES_TO_SCAN = 4;

function execAt(re: RegExp, text: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(text);
}

function datelineOnLine(text: string, start: number, end: number): Dateline | null {
  const line = text.slice(start, end);
  const found = (dateStart: number, accept: (dateEnd: number) => boolean): Dateline | null => {
    const date = readDateAt(line, dateStart);
    if (!date?.date || !accept(date.end)) return null;
    return Object.freeze({ date: date.date, span: makeSpan(text, start + dateStart, start + date.end) });
  };
  // "(Jan. 15, 2026)"
  if (line.startsWith('(')) {
    const inParens = found(1, (e) => execAt(CLOSE_PAREN, line, e) !== null);
    if (inParens) return inParens;
  }
  // "WASHINGTON, Jan. 15, 2026 —"
  for (const prefix of PLACE_PREFIXES) {
    const place = execAt(prefix, line, 0);
    const afterPlace = place && found(place[0].length, (e) => execAt(DASH_AFTER, line, e) !== null);
    if (afterPlace) return afterPlace;
  }
  // "Jan. 15, 2026 —" or a line holding only the date, as press releases print it.
  const label = execAt(ONLY_DATE_LABEL, line, 0);
  const labelled = label !== null && label[0].length > 0;
  return found(label ? label[0].length : 0, (e) => execAt(DASH_AFTER, line, e) !== null || line.slice(e).trim() === '' || (labelled && execAt(LABELLED_REST, line, e) !== null));
}

/**
 * The date of a dateline in the first paragraphs of the body: "WASHINGTON, Jan. 15, 2026 —",
 * "(Jan. 15, 2026)", or a date alone on its line. Only dates with a year count.
 */
export function findDateline(text: string, bodyStart: number): Dateline | null {
  let scanned = 0;
  for (const line of splitLines(text, bodyStart)) {
    if (text.slice(line.start, line.end).trim() === '') continue;
    const dateline = datelineOnLine(text, line.start, line.end);
    if (dateline) return dateline;
    if (++scanned >= LINES_TO_SCAN) break;
  }
  return null;
}
