import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { makeClaim, makeIncident, makeVersion } from '../storeFixtures.js';
import { applyMigrations } from './migrations.js';
import { createClaimTable } from './claims.js';
import { createIncidentTable } from './incidents.js';
import { createDocumentTable } from './documents.js';

const TEXT = 'Title: Bridge stop\n\nA neighbour filmed the stop. The driver reversed slowly. Agents fired twice. The car rolled into a ditch.';

function open() {
  const db = new Database(':memory:');
  applyMigrations(db);
  const version = makeVersion(TEXT);
  createDocumentTable(db).insertVersion(version);
  createIncidentTable(db).upsertIncident(makeIncident('inc_a'));
  return { db, version, claims: createClaimTable(db) };
}

const rowids = (db: Database.Database) =>
  new Map(db.prepare<[], { id: string; rowid: number }>(`SELECT id, rowid FROM claims`).all().map((r) => [r.id, r.rowid]));
const searchIds = (db: Database.Database, q: string) =>
  db
    .prepare<[string], { id: string }>(`SELECT DISTINCT r.incident_id AS id FROM incident_search s JOIN incident_search_rows r ON r.rowid = s.rowid WHERE incident_search MATCH ?`)
    .all(q)
    .map((r) => r.id);

describe('replaceClaims (SQLite)', () => {
  it('leaves unchanged claims in place and rewrites only the changed, removed and new ones', () => {
    const { db, version, claims } = open();
    const filmed = makeClaim('inc_a', version, 'A neighbour filmed the stop.');
    const reversed = makeClaim('inc_a', version, 'The driver reversed slowly.');
    const fired = makeClaim('inc_a', version, 'Agents fired twice.');
    claims.replaceClaims('inc_a', [filmed, reversed, fired]);
    const first = rowids(db);
    // Every row written bumps the store generation (migration 005): re-saving the same list writes none.
    const generation = () => db.prepare<[], { value: number }>(`SELECT value FROM store_generation`).get()?.value;
    const before = generation();
    claims.replaceClaims('inc_a', [filmed, reversed, fired]);
    expect(generation()).toBe(before);

    const reversedNow = { ...reversed, stance: 'toward_officers' };
    const rolled = makeClaim('inc_a', version, 'The car rolled into a ditch.');
    claims.replaceClaims('inc_a', [filmed, reversedNow, rolled]);

    expect(claims.listClaims('inc_a')).toEqual([filmed, reversedNow, rolled]);
    const second = rowids(db);
    expect(second.get(filmed.id)).toBe(first.get(filmed.id));
    expect(second.has(fired.id)).toBe(false);
    expect(searchIds(db, 'ditch')).toEqual(['inc_a']);
    expect(searchIds(db, 'twice')).toEqual([]);
    expect(searchIds(db, 'neighbour')).toEqual(['inc_a']);
    db.prepare(`INSERT INTO incident_search(incident_search) VALUES ('integrity-check')`).run();
  });

  it('rewrites a claim whose position moved, so the list keeps the new order', () => {
    const { version, claims } = open();
    const a = makeClaim('inc_a', version, 'A neighbour filmed the stop.');
    const b = makeClaim('inc_a', version, 'Agents fired twice.');
    claims.replaceClaims('inc_a', [a, b]);
    claims.replaceClaims('inc_a', [b, a]);
    expect(claims.listClaims('inc_a').map((c) => c.id)).toEqual([b.id, a.id]);
  });

  it('moves a claim whose only change is its position without re-indexing its words (migration 008)', () => {
    const { db, version, claims } = open();
    const a = makeClaim('inc_a', version, 'A neighbour filmed the stop.');
    const b = makeClaim('inc_a', version, 'Agents fired twice.');
    claims.replaceClaims('inc_a', [a, b]);
    const first = rowids(db);
    const searchRows = () => db.prepare(`SELECT rowid, incident_id, kind, source FROM incident_search_rows ORDER BY rowid`).all();
    const rowsBefore = searchRows();
    const generation = () => db.prepare<[], { value: number }>(`SELECT value FROM store_generation`).get()?.value ?? 0;
    const before = generation();
    const c = makeClaim('inc_a', version, 'The car rolled into a ditch.');
    claims.replaceClaims('inc_a', [c, a, b]);
    expect(claims.listClaims('inc_a').map((x) => x.id)).toEqual([c.id, a.id, b.id]);
    // Same rows, updated in place: their search rows are the ones they had.
    expect(rowids(db).get(a.id)).toBe(first.get(a.id));
    expect(rowids(db).get(b.id)).toBe(first.get(b.id));
    expect(searchRows()).toEqual(expect.arrayContaining(rowsBefore));
    // A reader must still see that something changed.
    expect(generation()).toBeGreaterThan(before);
    expect(searchIds(db, 'neighbour')).toEqual(['inc_a']);
    expect(searchIds(db, 'ditch')).toEqual(['inc_a']);
    db.prepare(`INSERT INTO incident_search(incident_search) VALUES ('integrity-check')`).run();
  });

  it('still re-indexes a claim whose words are updated in place', () => {
    const { db, version, claims } = open();
    const a = makeClaim('inc_a', version, 'A neighbour filmed the stop.');
    claims.replaceClaims('inc_a', [a]);
    // Moving it writes its own row and the generation counter, no full-text or search row.
    const changes = () => db.prepare<[], { n: number }>(`SELECT total_changes() AS n`).get()?.n ?? 0;
    const start = changes();
    db.prepare(`UPDATE claims SET position = 7 WHERE id = ?`).run(a.id);
    expect(changes() - start).toBe(2);
    db.prepare(`UPDATE claims SET text = 'Agents fired twice.', value = 'moved' WHERE id = ?`).run(a.id);
    expect(searchIds(db, 'twice')).toEqual(['inc_a']);
    expect(searchIds(db, 'neighbour')).toEqual([]);
    db.prepare(`INSERT INTO incident_search(incident_search) VALUES ('integrity-check')`).run();
  });

  it('still refuses the same claim id twice in one list, as a primary key must', () => {
    const { db, version, claims } = open();
    const a = makeClaim('inc_a', version, 'A neighbour filmed the stop.');
    claims.replaceClaims('inc_a', [a]);
    expect(() => db.transaction(() => claims.replaceClaims('inc_a', [a, a]))()).toThrow(/UNIQUE/u);
    expect(claims.listClaims('inc_a')).toEqual([a]);
  });
});
