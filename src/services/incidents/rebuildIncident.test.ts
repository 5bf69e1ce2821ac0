import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exportIncidents } from '../exportIncidents.js';
import { ingestDocument } from '../ingest/ingestDocument.js';
import { openParallax, type Parallax } from '../openParallax.js';

// Two made-up reports of one made-up shooting: the agency's count of shots changes a week later.
const report = (published: string, url: string, count: string) => `Title: Border Patrol agent shoots driver in Millbrook
Outlet: Example Daily
URL: ${url}
Published: ${published}

MILLBROOK, Texas — A Border Patrol agent shot Tomas Reyna, 41, during a traffic stop in Millbrook on June 2, 2025, the agency said.

U.S. Customs and Border Protection said the agent fired ${count} shots after the driver drove toward him.`;

let dir: string;
let px: Parallax;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'parallax-rebuild-'));
  px = openParallax(path.join(dir, 'test.db'));
});
afterEach(() => {
  px.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('rebuildIncident', () => {
  it('orders a revised account after the first by publication date, whatever order the documents came in', () => {
    const ingest = (text: string) => ingestDocument(px.store, { raw: new TextEncoder().encode(text), fileName: 'report.txt' });
    // The revision (two) sorts before the first count (three) by value: only the dates put it after.
    ingest(report('2025-06-10', 'https://example.org/millbrook-2', 'two'));
    ingest(report('2025-06-03', 'https://example.org/millbrook-1', 'three'));
    const incidents = [...exportIncidents(px.store)];
    expect(incidents).toHaveLength(1);
    const shots = incidents[0].contested.find((p) => p.facet === 'shots_fired');
    expect(shots?.positions.filter((p) => p.side === 'officials').map((p) => p.stance)).toEqual(['3', '2']);
  });
});
