import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runHostileProperty } from '../../../test/hostile/runHostileProperty.js';
import { anyCodeUnits, headerishText } from '../../../test/hostile/hostileArbitraries.js';
import { parseTextDocument } from './parseTextDocument.js';

describe('parseTextDocument under generated input', () => {
  it('keeps the text whole and the body start inside it, for 10,000 inputs', () => {
    const tally = runHostileProperty('text', fc.oneof(headerishText, anyCodeUnits), parseTextDocument, (input, doc) => {
      expect(doc.bodyStart).toBeGreaterThanOrEqual(0);
      expect(doc.bodyStart).toBeLessThanOrEqual(doc.text.length);
      expect(doc.text).toBe(input);
      for (const stated of doc.stated) expect(stated.date === null || /^\d{4}-\d{2}-\d{2}$/.test(stated.date)).toBe(true);
    });
    expect(tally.inputs).toBeGreaterThanOrEqual(10_000);
  });
});
