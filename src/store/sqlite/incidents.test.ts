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

describe('blocking keys of an incident saved again', () => {
  it('follow its current subject, city and date, whether or not they changed', () => {
    const store = openSqliteStore(join(dir, 'keys.db'));
    try {
      const subject = (name: string) => [{ name, age: null, role: 'subject' as const, outcome: 'injured' as const, injuries: null }];
      const find = (keys: string[], from: string | null = null, to: string | null = null) => store.findIncidentCandidates({ from, to }, keys).map((c) => c.id);
      store.saveIncident(makeIncident('inc_a', { city: 'Dayton', persons: subject('Ana Quill') }), []);
      // The same keys and date again: still found by each, once.
      store.saveIncident(makeIncident('inc_a', { city: 'Dayton', persons: subject('Ana Quill') }), []);
      expect(find([...nameQueryKeys('Quill'), cityKey('dayton')!])).toEqual(['inc_a']);
      // A new date: the dated walk finds it under the new date only.
      store.saveIncident(makeIncident('inc_a', { date: '2025-06-01', city: 'Dayton', persons: subject('Ana Quill') }), []);
      expect(find(nameQueryKeys('Quill'), '2025-05-30', '2025-06-02')).toEqual(['inc_a']);
      expect(find(nameQueryKeys('Quill'), '2025-02-27', '2025-03-03')).toEqual([]);
      // A renamed subject: the old name no longer finds it, the new one does.
      store.saveIncident(makeIncident('inc_a', { date: '2025-06-01', city: 'Dayton', persons: subject('Bo Vance') }), []);
      expect(find(nameQueryKeys('Quill'))).toEqual([]);
      expect(find(nameQueryKeys('Vance'))).toEqual(['inc_a']);
    } finally {
      store.close();
    }
  });
});
