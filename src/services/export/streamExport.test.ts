import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { makeGeneratedQueries } from './exportFixtures.js';
import { streamExport } from './streamExport.js';
import { sourceFromQueries } from './walkIncidents.js';

describe('streamExport', () => {
  it('honours the filter in every format: the export holds exactly the filtered list', () => {
    const { queries } = makeGeneratedQueries(300);
    const total = queries.listIncidents({ q: 'brookvale', limit: 1, offset: 0 }).total;
    const read = (format: 'csv' | 'json' | 'geojson', claims = false) => [...streamExport(sourceFromQueries(queries, { q: 'brookvale' }), { format, claims }).chunks].join('');
    expect(parse(read('csv'), { columns: true })).toHaveLength(total);
    expect(JSON.parse(read('json')).incidents).toHaveLength(total);
    expect(JSON.parse(read('geojson')).features).toHaveLength(total);
    expect(parse(read('csv', true), { columns: true })).toHaveLength(total * 2);
    expect(JSON.parse(read('json', true)).claims).toHaveLength(total * 2);
  });

  it('streams 100,000 incidents holding one page at a time', () => {
    const { queries, calls } = makeGeneratedQueries(100_000);
    let rows = 0;
    let longest = 0;
    for (const chunk of streamExport(sourceFromQueries(queries, {}), { format: 'csv' }).chunks) {
      rows++;
      longest = Math.max(longest, chunk.length);
      if (rows === 2) expect(calls.pages).toHaveLength(1);
    }
    expect(rows).toBe(100_001);
    expect(longest).toBeLessThan(1000);
    expect(Math.max(...calls.pages.map((p) => p.limit))).toBeLessThanOrEqual(200);
  }, 120_000);

  it('names its content type and refuses --claims where it has no meaning', () => {
    const { queries } = makeGeneratedQueries(1);
    expect(streamExport(sourceFromQueries(queries, {}), { format: 'geojson' }).contentType).toMatch(/^application\/geo\+json/);
    expect(() => streamExport(sourceFromQueries(queries, {}), { format: 'geojson', claims: true })).toThrow(/claims/);
  });
});
