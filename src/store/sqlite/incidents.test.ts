import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cityKey, nameQueryKeys } from '../rows/blockingKeys.js';
import { makeClaim, makeDraft, makeIncident, makeVersion } from '../storeFixtures.js';
import { MIGRATIONS } from './migrations.js';
import { openSqliteStore } from './openSqliteStore.js';

let dir: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'parallax-incidents-'));
});

afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('a database written before migration 006', () => {
  it('is searched and placed like a new one once migrated', () => {
    const path = join(dir, 'old.db');
    const old = openSqliteStore(path, { migrations: MIGRATIONS.slice(0, 5) });
    const version = makeVersion('Title: Bridge stop\n\nA neighbour filmed the stop from her porch. The agents left at dawn.');
    old.insertVersion(version);
    old.replaceDrafts(version.id, [makeDraft(version, 'inc_bridge')]);
    old.saveIncident(makeIncident('inc_bridge', { city: 'Dayton' }), [makeClaim('inc_bridge', version, 'The agents left at dawn.')]);
    old.saveIncident(makeIncident('inc_far', { city: 'Toledo', persons: [] }), []);
    old.close();

    const store = openSqliteStore(path);
    try {
      // Claims and member documents were indexed by the migration itself.
      expect(store.listIncidents({ q: 'dawn', limit: 10, offset: 0 }).items.map((i) => i.id)).toEqual(['inc_bridge']);
      expect(store.listIncidents({ q: 'porch', limit: 10, offset: 0 }).items.map((i) => i.id)).toEqual(['inc_bridge']);
      // Blocking keys need Unicode folding, so they are written on first use.
      const open = { from: null, to: null };
      expect(store.findIncidentCandidates(open, nameQueryKeys('Castell')).map((c) => c.id)).toEqual(['inc_bridge']);
      expect(store.findIncidentCandidates(open, [cityKey('toledo')!]).map((c) => c.id)).toEqual(['inc_far']);
    } finally {
      store.close();
    }
  });
});
