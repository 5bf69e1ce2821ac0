import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runHostileProperty } from '../../../test/hostile/runHostileProperty.js';
import { anyCodeUnits } from '../../../test/hostile/hostileArbitraries.js';
import { readJsonLdArticle } from './readJsonLdArticle.js';

// JSON-LD blocks as pages ship them: valid JSON of any shape, article-like objects, and broken JSON.
const articleish = fc.record(
  {
    '@type': fc.oneof(fc.constantFrom('NewsArticle', 'Article', 'ReportageNewsArticle', 'WebPage'), fc.array(fc.string())),
    headline: fc.oneof(fc.string(), fc.integer(), fc.constant(null)),
    datePublished: fc.oneof(fc.constantFrom('2025-01-02', '2025-02-30T10:00:00Z', 'yesterday', ''), fc.string(), fc.array(fc.string())),
    author: fc.oneof(fc.string(), fc.record({ name: fc.anything() }), fc.array(fc.record({ name: fc.string() }))),
    '@graph': fc.array(fc.anything(), { maxLength: 3 }),
  },
  { requiredKeys: [] },
);
const block = fc.oneof(
  fc.json(),
  articleish.map((a) => JSON.stringify(a)),
  fc.array(articleish).map((a) => JSON.stringify({ '@graph': a })),
  anyCodeUnits,
  fc.constant('['.repeat(5000)),
);

describe('readJsonLdArticle under generated blocks', () => {
  it('reads an article or nothing, never throwing a non-Parallax error, for 10,000 inputs', () => {
    const tally = runHostileProperty('json-ld', fc.array(block, { maxLength: 3 }), readJsonLdArticle, (_blocks, article) => {
      if (article === null) return;
      for (const value of Object.values(article)) expect(value === null || typeof value === 'string').toBe(true);
    });
    expect(tally.inputs).toBeGreaterThanOrEqual(10_000);
  });
});
