import type { UpdateNote } from '../../domain/document.js';
import { makeSpan } from '../../lib/spans.js';
import { resolveYearless } from '../dates/calendar.js';
import { readDateAt, type DateMatch } from '../dates/readDateAt.js';
import { splitLines } from '../lines.js';

// The words editors open a note with. Emphasis markers (*, _) and a leading "[" are tolerated.
const LEAD = /[*_[\s]*(?:Update[ds]?|Editor['’]s\s+(?:note|update)|Correction|Clarification)\b/iy;
const DATE_OPENERS = /(?:\s*\(\s*|,\s*|\s+(?:on\s+|at\s+)?)/y;
const SEPARATOR = /\s*(?:\)\s*)?(?:[:—–]|\s-)\s*/y;
const EMPHASIS_TAIL = /[*_\]\s]+$/;

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
    }
  }
  const bare = execAt(SEPARATOR, line, at);
  return bare && !bare[0].includes(')') ? { date: null, noteStart: at + bare[0].length } : null;
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
