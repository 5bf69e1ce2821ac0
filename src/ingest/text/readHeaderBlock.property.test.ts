import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runHostileProperty } from '../../../test/hostile/runHostileProperty.js';
import { anyCodeUnits, headerishText } from '../../../test/hostile/hostileArbitraries.js';
import { readHeaderBlock } from './readHeaderBlock.js';

describe('readHeaderBlock under generated input', () => {
  it('returns null or fields whose spans reproduce the text, for 10,000 inputs', () => {
    const tally = runHostileProperty('text-header', fc.oneof(headerishText, anyCodeUnits), readHeaderBlock, (text, block) => {
      if (block === null) return;
      expect(block.bodyStart).toBeGreaterThanOrEqual(0);
      expect(block.bodyStart).toBeLessThanOrEqual(text.length);
      for (const span of Object.values(block.fields)) expect(text.slice(span.start, span.end)).toBe(span.text);
    });
    expect(tally.inputs).toBeGreaterThanOrEqual(10_000);
  });
});
