import { beforeEach, describe, expect, it } from 'vitest';
import { installDom } from '../testing/installDom.js';
import { renderAuditLog } from './auditLog.js';
import { addUndoButtons, findMergeCandidates, listUndoableEntries, renderMergeControl } from './incidentOperations.js';

const entry = (id: string, action: string, after: object | null = null) => ({ id, action, at: '2026-05-01T10:00:00Z', actor: 'local', target: { kind: 'incident', id: 'inc_a' }, before: null, after, incidentId: 'inc_a' });
const MERGE = entry('aud_m', 'merge_incidents', { merged: ['inc_b'], moves: [{ versionId: 'ver_1', localIndex: 0, from: 'inc_b', to: 'inc_a' }] });
const SPLIT = entry('aud_s', 'split_incident', { created: 'inc_c', moves: [{ versionId: 'ver_2', localIndex: 0, from: 'inc_a', to: 'inc_c' }] });
const UNDO_SPLIT = entry('aud_u', 'undo_split_incident', { undoes: 'aud_s', moves: [] });
const VISIBILITY = entry('aud_v', 'set_visibility', { visibility: 'private' });

describe('incident operations in the UI', () => {
  beforeEach(() => installDom());

  it('offers undo only for merges and splits not undone yet', () => {
    expect(listUndoableEntries([MERGE, SPLIT, UNDO_SPLIT, VISIBILITY]).map((e) => e.id)).toEqual(['aud_m']);
  });

  it('puts an Undo button on exactly the undoable rows, and describes moves in words', () => {
    const entries = [MERGE, SPLIT, UNDO_SPLIT, VISIBILITY];
    const node = renderAuditLog(entries);
    addUndoButtons(node, 'inc_a', entries);
    const rows = [...node.querySelectorAll('[data-testid="audit-entry"]')];
    const withUndo = rows.filter((r) => r.querySelector('[data-testid="audit-undo"]')).map((r) => r.getAttribute('data-entry-id'));
    expect(withUndo).toEqual(['aud_m']);
    expect(rows[0].querySelector('td[data-label="After"]')!.textContent).toContain('merged inc_b; 1 account moved');
  });

  it('finds merge candidates by words, never offering this incident, and by exact id', async () => {
    const asked: string[] = [];
    const fake = async (path: string) => {
      asked.push(path);
      if (path.startsWith('/api/v1/search')) return { items: [{ id: 'inc_a' }, { id: 'inc_b', date: '2026-01-02' }] };
      if (path === '/api/v1/incidents/inc_z') return { id: 'inc_z', date: '2026-03-04', city: 'Somewhere', state: 'OH' };
      throw new Error('not found');
    };
    expect((await findMergeCandidates('river town', 'inc_a', fake)).map((c: { id: string }) => c.id)).toEqual(['inc_b']);
    expect(asked[0]).toContain('q=river+town');
    expect((await findMergeCandidates('inc_z', 'inc_a', fake)).map((c: { id: string }) => c.id)).toEqual(['inc_z']);
    expect(await findMergeCandidates('inc_missing', 'inc_a', fake)).toEqual([]);
    expect(await findMergeCandidates('inc_a', 'inc_a', fake)).toEqual([]);
    expect(await findMergeCandidates('   ', 'inc_a', fake)).toEqual([]);
  });

  it('labels the merge search field', () => {
    const node = renderMergeControl({ id: 'inc_a' });
    const input = node.querySelector('input')!;
    expect(node.querySelector(`label[for="${input.id}"]`)).not.toBeNull();
  });
});
