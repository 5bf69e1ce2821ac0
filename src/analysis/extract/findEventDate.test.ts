import { describe, expect, it } from 'vitest';
import { findEventDate } from './findEventDate.js';
import { describeText } from './testing/describeText.js';

// Invented texts.
function dateOf(text: string, published: string): string | null {
  return findEventDate(describeText(text, published).sentences, text, published).date;
}

describe('findEventDate', () => {
  it("takes the narration's date before one inside someone's quoted words", () => {
    const text = 'An off-duty officer shot and killed a man late on New Year\u2019s Eve, police said. "Everybody shoots on New Year\u2019s," a neighbor said.';
    expect(dateOf(text, '2026-01-02')).toBe('2025-12-31');
  });

  it('dates the shooting, not the day a grand jury indicted the officer for it', () => {
    expect(dateOf('A grand jury on Thursday indicted an ICE officer in the March shooting of Ana Ruiz, 41, who was killed outside a tire shop.', '2026-06-12')).toBe('2026-03-01');
  });

  it('dates a crash in a pursuit, not the day a relative wrote a post about it', () => {
    const text = 'A man died after his car crashed during a Border Patrol pursuit on Aug. 24. "They killed my nephew," his aunt wrote in a Facebook post on Tuesday.';
    expect(dateOf(text, '2026-08-30')).toBe('2026-08-24');
  });

  it('still takes a quoted date when the narration gives none', () => {
    expect(dateOf('"The agent fired on Monday," her lawyer said.', '2026-01-09')).toBe('2026-01-05');
  });
});

describe('findEventDate: the day of the coverage', () => {
  it('dates the shooting, not the evening the family speaks out', () => {
    expect(dateOf('The family of a man shot by Border Patrol agents in Charlotte last week is speaking out tonight.', '2026-11-19')).toBe('2026-11-09');
  });
});
