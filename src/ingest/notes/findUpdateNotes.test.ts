import { describe, expect, it } from 'vitest';
import { findUpdateNotes } from './findUpdateNotes.js';

const body = (...lines: string[]): string => lines.join('\n\n');

describe('findUpdateNotes', () => {
  it('reads a dated note with time and zone, its span covering the whole line', () => {
    const line = 'Update, 11/03/25, 09:50 a.m. ET: This article was updated with comment from the agency.';
    const text = body('Officers said the car moved first.', line);
    const [note] = findUpdateNotes(text, 0, null);
    expect(note.span.text).toBe(line);
    expect(text.slice(note.span.start, note.span.end)).toBe(line);
    expect(note).toMatchObject({ date: '2025-11-03', time: '09:50', timezone: 'ET', note: 'This article was updated with comment from the agency.' });
  });

  it.each([
    ['Updated Nov. 4, 2025, 5:12 p.m.: Adds the sheriff’s statement.', '2025-11-04', '17:12'],
    ['UPDATE (Jan. 9, 2026): The officer has been placed on leave.', '2026-01-09', null],
    ["Editor's note (1/10/2026): An earlier headline misstated the charge.", '2026-01-10', null],
    ['Editor’s Note, January 10, 2026 — Names were corrected.', '2026-01-10', null],
    ['Updated at 8:40 a.m. CT on Feb. 2, 2026: Adds video.', '2026-02-02', '08:40'],
  ])('reads %j', (line, date, time) => {
    const [note] = findUpdateNotes(body('Some reporting.', line), 0, null);
    expect(note.span.text).toBe(line);
    expect(note.date).toBe(date);
    expect(note.time).toBe(time);
    expect(note.note.length).toBeGreaterThan(0);
    expect(line.endsWith(note.note)).toBe(true);
  });

  it('resolves a yearless correction against the stated publication date', () => {
    const text = body('Reporting.', 'Correction, Jan. 12: A previous version gave the wrong age.');
    expect(findUpdateNotes(text, 0, '2026-01-09')[0].date).toBe('2026-01-12');
    expect(findUpdateNotes(text, 0, null)[0].date).toBeNull();
  });

  it('keeps an undated note, with a null date', () => {
    const [note] = findUpdateNotes(body('Reporting.', 'Correction: This story misspelled the lawyer’s name.'), 0, null);
    expect(note).toMatchObject({ date: null, time: null, note: 'This story misspelled the lawyer’s name.' });
  });

  it('reads a bare update stamp on its own line, with an empty note', () => {
    const [note] = findUpdateNotes(body('Updated Nov. 4, 2025, 5:12 p.m. ET', 'Reporting.'), 0, null);
    expect(note).toMatchObject({ date: '2025-11-04', time: '17:12', timezone: 'ET', note: '' });
    expect(findUpdateNotes(body('Updated Nov. 4, 2025, the rules say more.'), 0, null)).toEqual([]);
  });

  it('reads a date written after the colon only when it stands alone', () => {
    expect(findUpdateNotes(body('Correction: October 2, 2025, Thursday.'), 0, null)[0].date).toBe('2025-10-02');
    expect(findUpdateNotes(body('UPDATE: 5/12 — The listing was removed.'), 0, '2025-05-01')[0].date).toBe('2025-05-12');
    const prose = findUpdateNotes(body('Correction: Jan. 5, 2026 was the date of the hearing, not Jan. 6.'), 0, null)[0];
    expect(prose.date).toBeNull();
    expect(prose.note.startsWith('Jan. 5, 2026 was')).toBe(true);
  });

  it('tolerates emphasis markers and CRLF endings', () => {
    const text = 'Body line.\r\n\r\n*Update, 2/1/26: Adds a photo.*\r\n';
    const [note] = findUpdateNotes(text, 0, null);
    expect(note.date).toBe('2026-02-01');
    expect(note.note).toBe('Adds a photo.');
    expect(note.span.text.includes('\r')).toBe(false);
  });

  it('ignores sentences that merely start with the same words', () => {
    const text = body(
      'Updated figures released Tuesday show a rise in stops.',
      'Correction officers at the jail said the man was calm.',
      'Update the records, the judge ordered.',
      'Clarification of the policy is expected next week.',
    );
    expect(findUpdateNotes(text, 0, null)).toEqual([]);
  });

  it('ignores lines before the body start', () => {
    const text = 'Title: Update, 1/2/26: not a note\n\nBody.\n\nUpdate, 1/3/26: a note.';
    const notes = findUpdateNotes(text, text.indexOf('Body'), null);
    expect(notes.map((n) => n.date)).toEqual(['2026-01-03']);
  });
});
