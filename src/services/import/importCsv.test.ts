import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WAPO_CSV, WAPO_HEADER, WAPO_ROWS } from '../../ingest/csv/csvFixtures.js';
import { loadMapping } from '../../ingest/csv/csvMapping.js';
import { streamExport } from '../export/streamExport.js';
import { sourceFromQueries } from '../export/walkIncidents.js';
import { ingestDocument } from '../ingest/ingestDocument.js';
import { reanalyseAll } from '../ingest/reanalyseAll.js';
import { openParallax, type Parallax } from '../openParallax.js';
import { importCsv } from './importCsv.js';

// A made-up report of the made-up shooting that the first fixture row records.
const REPORT = `Title: Officer shoots man in Harlow Springs
Published: 2025-04-03

HARLOW SPRINGS, Ore. — An ICE officer shot and killed Ezra Vantage, 41, on Wednesday outside a hardware store, officials said. His brother said he was unarmed.`;

let dir: string;
let px: Parallax;
const wapo = loadMapping('washington-post');
const run = (text: string) => importCsv(px.store, { text, mapping: wapo, sourcePath: 'fixture.csv' }, () => new Date('2025-06-01T00:00:00Z'));
const exportRows = (q?: string) => parse([...streamExport(sourceFromQueries(px.queries, { q }), { format: 'csv', mapping: 'washington-post' }).chunks].join('')) as string[][];

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'parallax-import-'));
  px = openParallax(path.join(dir, 'test.db'));
});
afterEach(() => {
  px.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('importCsv', () => {
  it('imports every row as an incident that keeps its external id, and exports the same rows back', () => {
    const summary = run(WAPO_CSV);
    expect(summary).toMatchObject({ rows: 3, stored: 3, unchanged: 0, failed: [] });
    expect(summary.incidents).toBe(3);
    const original = parse(WAPO_CSV) as string[][];
    const exported = exportRows();
    expect(exported[0]).toEqual(original[0]);
    expect([...exported.slice(1)].sort()).toEqual([...original.slice(1)].sort());
  });

  it('stores the same rows once, and a changed row as a new version of the same record', () => {
    run(WAPO_CSV);
    expect(run(WAPO_CSV)).toMatchObject({ stored: 0, unchanged: 3 });
    const changed = WAPO_ROWS[0].replace(',41,', ',42,');
    const second = run(`${WAPO_HEADER}\n${changed}\n`);
    expect(second.stored).toBe(1);
    expect(second.incidents).toBe(3);
    const rows = exportRows();
    expect(rows.filter((r) => r[0] === '9001').map((r) => r[12])).toEqual(['42']);
  });

  it('records a bad row as failed with its reason and imports the rest', () => {
    const csv = `${WAPO_HEADER}\n${WAPO_ROWS[0]}\n${WAPO_ROWS[1].replace('2025-04-09', '2025-13-09')}\n9004,2025-01-01,short\n${WAPO_ROWS[2]}\n`;
    const summary = run(csv);
    expect(summary.stored).toBe(2);
    expect(summary.failed.map((f) => [f.line, f.externalId, f.code])).toEqual([[3, '9002', 'bad_input'], [4, null, 'bad_input']]);
    expect(summary.failed[0].message).toMatch(/date/);
    expect(px.store.listFailures().map((f) => f.path)).toEqual(['fixture.csv#line=3', 'fixture.csv#line=4']);
  });

  it('joins a row to the incident already known from coverage', () => {
    const ingested = ingestDocument(px.store, { raw: new TextEncoder().encode(REPORT), fileName: 'report.txt' });
    expect(ingested.status).toBe('stored');
    const summary = run(WAPO_CSV);
    expect(summary.matched).toBe(1);
    expect(summary.incidents).toBe(3);
    const incidentId = ingested.status === 'stored' ? ingested.incidentIds[0] : '';
    const incident = px.queries.getIncident(incidentId)!;
    expect(incident.documents).toHaveLength(2);
    expect(incident.persons.find((p) => p.role === 'subject')).toMatchObject({ name: 'Ezra Vantage', age: 41 });
    // Searching the coverage's words finds the incident, and its dataset row comes with it.
    expect(exportRows('hardware').slice(1).map((r) => r[0])).toEqual(['9001']);
  });

  it('joins coverage ingested later to the imported row', () => {
    run(WAPO_CSV);
    const ingested = ingestDocument(px.store, { raw: new TextEncoder().encode(REPORT), fileName: 'report.txt' });
    expect(px.store.countIncidents()).toBe(3);
    const incident = px.queries.getIncident(ingested.status === 'stored' ? ingested.incidentIds[0] : '')!;
    expect(incident.documents.map((d) => d.title)).toContain(`${wapo.label}, record 9001`);
  });

  it('keeps imported incidents and their ids through a re-analysis', () => {
    run(WAPO_CSV);
    const before = px.store.listIncidents({ limit: 10, offset: 0 }).items.map((i) => [i.id, i.date, i.city]);
    reanalyseAll(px.store);
    expect(px.store.listIncidents({ limit: 10, offset: 0 }).items.map((i) => [i.id, i.date, i.city])).toEqual(before);
  });

  it('never merges two rows of one dataset, however close they are', () => {
    const twin = WAPO_ROWS[0].replace('9001', '9901');
    const summary = run(`${WAPO_HEADER}\n${WAPO_ROWS[0]}\n${twin}\n`);
    expect(summary.stored).toBe(2);
    expect(summary.incidents).toBe(2);
  });
});
