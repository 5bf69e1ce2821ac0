import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../testing/runCli.js';

// Rows written for this test in the Washington Post fatal-force schema: invented people and places.
const CSV = `id,date,threat_type,flee_status,armed_with,city,county,state,latitude,longitude,location_precision,name,age,gender,race,race_source,was_mental_illness_related,body_camera,agency_ids
7001,2025-02-11,shoot,not,gun,Ashgrove,Lorn,KS,38.101,-97.402,not_available,Colm Reddish,52,male,W,not_available,False,True,411
7002,2025-02-19,point,car,"vehicle, knife",Pellham,Orne,MI,,,,,,male,,undetermined,True,False,412;413
`;


describe('parallax import / export', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'parallax-cli-import-'));
    writeFileSync(path.join(dir, 'wapo.csv'), CSV);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('imports a dataset and exports the same rows back', async () => {
    const db = path.join(dir, 'a.db');
    const imported = await runCli(['import', 'csv', path.join(dir, 'wapo.csv'), '--mapping', 'washington-post', '--db', db, '--json']);
    expect(imported.code).toBe(0);
    expect(JSON.parse(imported.stdout)).toMatchObject({ rows: 2, stored: 2, failed: [] });
    const out = path.join(dir, 'rows.csv');
    expect((await runCli(['export', '--format', 'csv', '--mapping', 'washington-post', '--out', out, '--db', db])).code).toBe(0);
    const sort = (rows: string[][]) => [rows[0], ...rows.slice(1).sort()];
    expect(sort(parse(readFileSync(out, 'utf8')))).toEqual(sort(parse(CSV)));
  });

  it('gives an identical JSON export from the same sources in a fresh database', async () => {
    const exports: string[] = [];
    for (const name of ['b.db', 'c.db']) {
      const db = path.join(dir, name);
      await runCli(['import', 'csv', path.join(dir, 'wapo.csv'), '--mapping', 'washington-post', '--db', db]);
      exports.push((await runCli(['export', '--format', 'json', '--db', db])).stdout);
    }
    expect(JSON.parse(exports[0]).incidents).toHaveLength(2);
    expect(exports[1]).toBe(exports[0]);
  });

  it('exports the incidents as GeoJSON and their rows as CSV, filtered like the list', async () => {
    const db = path.join(dir, 'a.db');
    const geo = JSON.parse((await runCli(['export', '--format', 'geojson', '--db', db])).stdout);
    expect(geo.type).toBe('FeatureCollection');
    expect(geo.features).toHaveLength(2);
    const list = (await runCli(['incidents', '--q', 'Ashgrove', '--json', '--db', db])).stdout;
    const filtered = parse((await runCli(['export', '--format', 'csv', '--q', 'Ashgrove', '--db', db])).stdout, { columns: true }) as { id: string }[];
    expect(filtered.map((r) => r.id)).toEqual(JSON.parse(list).items.map((i: { id: string }) => i.id));
    expect(filtered).toHaveLength(1);
  });

  it('explains bad arguments with exit code 2', async () => {
    const db = path.join(dir, 'a.db');
    expect((await runCli(['import', 'csv', path.join(dir, 'wapo.csv'), '--db', db])).code).toBe(2);
    expect((await runCli(['import', 'csv', path.join(dir, 'wapo.csv'), '--mapping', 'nope', '--db', db])).stderr).toMatch(/No CSV mapping/);
    expect((await runCli(['export', '--format', 'geojson', '--claims', '--db', db])).code).toBe(2);
    expect((await runCli(['follow', 'not-a-url', '--db', db])).code).toBe(2);
    expect((await runCli(['follow', 'https://feeds.example/x', '--interval', '5', '--db', db])).code).toBe(2);
  });
});
