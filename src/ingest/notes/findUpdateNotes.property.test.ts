import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runHostileProperty } from '../../../test/hostile/runHostileProperty.js';
import { anyCodeUnits, headerishText } from '../../../test/hostile/hostileArbitraries.js';
import { findDateline } from '../anchor/findDateline.js';
import { findUpdateNotes } from './findUpdateNotes.js';

const reference = fc.constantFrom(null, '2025-11-03', '2024-02-29');

describe('update notes and datelines under generated text', () => {
  it('finds update notes whose spans reproduce the text, for 10,000 inputs', () => {
    const tally = runHostileProperty('update-notes', fc.tuple(fc.oneof(headerishText, anyCodeUnits), reference), ([text, ref]) => findUpdateNotes(text, 0, ref), ([text], notes) => {
      for (const note of notes) {
        expect(text.slice(note.span.start, note.span.end)).toBe(note.span.text);
        expect(note.date === null || /^\d{4}-\d{2}-\d{2}$/.test(note.date)).toBe(true);
      }
    });
    expect(tally.inputs).toBeGreaterThanOrEqual(10_000);
  });

  it('finds datelines whose spans reproduce the text, for 10,000 inputs', () => {
    const tally = runHostileProperty('dateline', fc.oneof(headerishText, anyCodeUnits), (text) => findDateline(text, 0), (text, line) => {
      if (line) expect(text.slice(line.span.start, line.span.end)).toBe(line.span.text);
    });
    expect(tally.inputs).toBeGreaterThanOrEqual(10_000);
  });
});
