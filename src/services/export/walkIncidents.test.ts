import { describe, expect, it } from 'vitest';
import { makeGeneratedQueries } from './exportFixtures.js';
import { sourceFromQueries, walkIncidents } from './walkIncidents.js';

describe('walkIncidents', () => {
  it('yields exactly the incidents of the filtered list, in list order', () => {
    const { queries } = makeGeneratedQueries(450);
    const ids = [...walkIncidents(sourceFromQueries(queries, { q: 'brookvale' }))].map((i) => i.id);
    const listed: string[] = [];
    for (let offset = 0; ; offset += 50) {
      const page = queries.listIncidents({ q: 'brookvale', limit: 50, offset });
      listed.push(...page.items.map((i) => i.id));
      if (page.items.length < 50) break;
    }
    expect(ids).toEqual(listed);
    expect(ids.length).toBe(queries.listIncidents({ q: 'brookvale', limit: 1, offset: 0 }).total);
  });

  it('passes the filter to every page and reads pages only as they are consumed', () => {
    const { queries, calls } = makeGeneratedQueries(1000);
    const walk = walkIncidents(sourceFromQueries(queries, { q: 'fern' }));
    expect(calls.pages).toHaveLength(0);
    for (let i = 0; i < 10; i++) walk.next();
    expect(calls.pages).toHaveLength(1);
    expect(calls.incidents).toBe(10);
    for (const _ of walk) void _;
    expect(calls.pages.every((p) => p.q === 'fern' && p.limit <= 200)).toBe(true);
  });
});
