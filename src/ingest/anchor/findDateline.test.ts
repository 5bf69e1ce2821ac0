import { describe, expect, it } from 'vitest';
import { findDateline } from './findDateline.js';

describe('findDateline', () => {
  it.each([
    ['WASHINGTON, Jan. 15, 2026 — The department said…', 'Jan. 15, 2026', '2026-01-15'],
    ['ST. PAUL, Minn., Jan. 15, 2026 – Officers said…', 'Jan. 15, 2026', '2026-01-15'],
    ['EL PASO, Texas, March 3, 2026 (Wire) — An agent fired…', 'March 3, 2026', '2026-03-03'],
    ['(Jan. 15, 2026) The agency released a statement.', 'Jan. 15, 2026', '2026-01-15'],
    ['January 15, 2026', 'January 15, 2026', '2026-01-15'],
    ['Release Date: January 15, 2026', 'January 15, 2026', '2026-01-15'],
    ['Published Jan. 15, 2026, 6:02 a.m. ET', 'Jan. 15, 2026, 6:02 a.m. ET', '2026-01-15'],
    ['Posted on 01/15/2026', '01/15/2026', '2026-01-15'],
    ['Published: Jan. 15, 2026 at 9:41 PM PST | Updated: Jan. 16, 2026 at 7:15 AM PST', 'Jan. 15, 2026 at 9:41 PM PST', '2026-01-15'],
  ])('reads %j', (line, written, date) => {
    const text = `Headline line\n\n${line}\n\nMore text follows.`;
    const dateline = findDateline(text, text.indexOf(line));
    expect(dateline?.date).toBe(date);
    expect(dateline?.span.text).toBe(written);
    expect(text.slice(dateline!.span.start, dateline!.span.end)).toBe(written);
  });

  it('reads nothing after an unlabelled date but a dash or the line end', () => {
    expect(findDateline('Headline\n\nJan. 15, 2026 | Updated: Jan. 16, 2026', 0)).toBeNull();
  });

  it('needs a year', () => {
    expect(findDateline('WASHINGTON, Jan. 15 — The department said…', 0)).toBeNull();
  });

  it('does not read dates in running prose or deep in the body', () => {
    expect(findDateline('The shooting happened on Jan. 15, 2026, near the border.', 0)).toBeNull();
    const deep = ['One.', 'Two.', 'Three.', 'Four.', 'Five.', 'WASHINGTON, Jan. 15, 2026 — late dateline'].join('\n\n');
    expect(findDateline(deep, 0)).toBeNull();
  });

  it('does not take a dateline without a date', () => {
    expect(findDateline('PHOENIX — An officer fired on Tuesday, the agency said.', 0)).toBeNull();
  });
});
