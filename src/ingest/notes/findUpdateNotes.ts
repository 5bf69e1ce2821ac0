import type { UpdateNote } from '../../domain/document.js';
import { makeSpan } from '../../lib/spans.js';
import { WEEKDAY_PATTERN, resolveYearless } from '../dates/calendar.js';
import { readDateAt, type DateMatch } from '../dates/readDateAt.js';
import { splitLines } from '../lines.js';

// The words editors open a note with. Emphasis markers (*, _) and a leading "[" are tolerated.
const LEAD = /[*_[\s]*(?:Update[ds]?|Editor['’]s\s+(?:note|update)|Correction|Clarification)\b/iy;
const DATE_OPENERS = /(?:\s*\(\s*|,\s*|\s+(?:on\s+|at\s+)?)/y;
const SEPARATOR = /\s*(?:\)\s*)?(?:[:—–]|\s-)\s*/y;
const EMPHASIS_TAIL = /[*_\]\s]+$/;
const SHORT_NUMERIC = /(\d{1,2})\/(\d{1,2})(?![\d/])/y;
const TRAILING_WEEKDAY = new RegExp(`^(?:,?\\s*(?:${WEEKDAY_PATTERN}))?[\\s.*_\\]]*$`, 'i');

function execAt(re: RegExp, text: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(text);
}

/** After the lead word: a date (possibly in parentheses) then a separator, or just a separator. */
function readDateAndSeparator(line: string, at: number): { date: DateMatch | null; noteStart: number } | null {
  const opener = execAt(DATE_OPENERS, line, at);
  if (opener) {
    const date = readDateAt(line, at + opener[0].length);
    if (date) {
      const sep = execAt(SEPARATOR, line, date.end);
      if (sep) return { date, noteStart: date.end + sep[0].length };
      // A bare stamp such as "Updated Nov. 4, 2025, 5:12 p.m. ET" on its own line.
      if (/^[\s.)*_\]]*$/.test(line.slice(date.end))) return { date, noteStart: line.length };
    }
  }
  const bare = execAt(SEPARATOR, line, at);
  if (!bare || bare[0].includes(')')) return null;
  const noteStart = at + bare[0].length;
  return { date: readDateAfterSeparator(line, noteStart), noteStart };
}

/**
 * "Correction: October 2, 2016, Sunday." and "UPDATE: 5/12 — …" put the date after the colon.
 * Only a date that stands alone (the whole note, or followed by a dash or colon) is taken as the
 * note's date; "Correction: Jan. 5 was the date of the hearing" is prose about another day.
 */
function readDateAfterSeparator(line: string, at: number): DateMatch | null {
  const date = readDateAt(line, at) ?? readShortNumericDate(line, at);
  if (!date) return null;
  const rest = line.slice(date.end);
  return TRAILING_WEEKDAY.test(rest) || execAt(SEPARATOR, line, date.end) ? date : null;
}

/** "5/12": month/day without a year, accepted only in this anchored position. */
function readShortNumericDate(line: string, at: number): DateMatch | null {
  const m = execAt(SHORT_NUMERIC, line, at);
  if (!m) return null;
  const month = Number(m[1]);
  const day = Number(m[2]);
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  return { date: null, month, day, year: null, time: null, timezone: null, end: at + m[0].length };
}

function readNote(text: string, start: number, end: number, reference: string | null): UpdateNote | null {
  // Work on the line alone: matching on a prefix of the whole text would make long documents quadratic.
  const line = text.slice(start, end);
  const lead = execAt(LEAD, line, 0);
  if (!lead) return null;
  const found = readDateAndSeparator(line, lead[0].length);
  if (!found) return null;
  const noteText = line.slice(found.noteStart).replace(EMPHASIS_TAIL, '').trim();
  if (!noteText && !found.date) return null;
  const date = found.date ? (found.date.date ?? resolveYearless(found.date.month, found.date.day, reference)) : null;
  const leading = line.length - line.trimStart().length;
  return Object.freeze({
    span: makeSpan(text, start + leading, start + line.trimEnd().length),
    date,
    time: found.date?.time ?? null,
    timezone: found.date?.timezone ?? null,
    note: noteText,
  });
}

/**
 * Update, correction and editor's notes in the body, each on its own line:
 * "Update, 11/03/25, 09:50 a.m. ET: This article was updated with comment from DHS.",
 * "UPDATE (Jan. 9, 2026): …", "Correction, Jan. 12: …", "Editor's note: …".
 * A yearless date resolves against `reference` (the stated publication date), else stays null.
 */
export function findUpdateNotes(text: string, bodyStart: number, reference: string | null): UpdateNote[] {
  const notes: UpdateNote[] = [];
  for (const line of splitLines(text, bodyStart)) {
    if (line.end - line.start < 8) continue;
    const note = readNote(text, line.start, line.end, reference);
    if (note) notes.push(note);
  }
  return notes;
}
