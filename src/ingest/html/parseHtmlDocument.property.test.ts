import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runHostileProperty } from '../../../test/hostile/runHostileProperty.js';
import { anyCodeUnits, htmlishText } from '../../../test/hostile/hostileArbitraries.js';
import { parseHtmlDocument } from './parseHtmlDocument.js';

describe('parseHtmlDocument under generated input', () => {
  it('yields a document with consistent offsets or a ParallaxError, for 10,000 inputs', () => {
    const tally = runHostileProperty('html', fc.oneof(htmlishText, anyCodeUnits), (html) => parseHtmlDocument(html, 'https://news.example/a'), (_html, doc) => {
      expect(doc.bodyStart).toBeGreaterThanOrEqual(0);
      expect(doc.bodyStart).toBeLessThanOrEqual(doc.text.length);
      expect(doc.text.slice(doc.bodyStart).trim()).not.toBe('');
      for (const stated of doc.stated) {
        expect(stated.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        if (stated.span) expect(doc.text.slice(stated.span.start, stated.span.end)).toBe(stated.span.text);
      }
    });
    expect(tally.inputs).toBeGreaterThanOrEqual(10_000);
  }, 240_000);
});
