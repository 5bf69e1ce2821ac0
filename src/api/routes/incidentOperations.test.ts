import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openParallax, type Parallax } from '../../services/openParallax.js';
import { seedReviewStore } from '../../services/review/reviewFixtures.js';
import { createServer } from '../createServer.js';
import { EDITOR_HEADER } from '../resolveViewer.js';

const TOKEN = 'test-editor-token-0123456789';

describe('merge, split and undo routes', () => {
  let px: Parallax;
  let app: FastifyInstance;
  let ids: ReturnType<typeof seedReviewStore>;
  beforeEach(() => {
    px = openParallax(':memory:');
    ids = seedReviewStore(px.store);
    app = createServer({ queries: px.queries, readModel: px.readModel, review: px.review, editorToken: TOKEN });
  });
  afterEach(async () => {
    await app.close();
    px.close();
  });

  const asEditor = { [EDITOR_HEADER]: TOKEN };
  const incidentIds = () => px.store.listIncidentRows().map((r) => r.id).sort();

  it('refuses anonymous visitors with 403 and changes nothing', async () => {
    const before = incidentIds();
    const merge = await app.inject({ method: 'POST', url: '/api/v1/incidents/merge', payload: { ids: [ids.shooting, ids.stop] } });
    expect(merge.statusCode).toBe(403);
    expect(merge.json().error.code).toBe('forbidden');
    const versionId = px.store.listDraftsForIncident(ids.shooting)[0].versionId;
    const split = await app.inject({ method: 'POST', url: `/api/v1/incidents/${ids.shooting}/split`, payload: { versionIds: [versionId] } });
    expect(split.statusCode).toBe(403);
    const undo = await app.inject({ method: 'POST', url: '/api/v1/audit/aud_x/undo', payload: { incidentId: ids.shooting } });
    expect(undo.statusCode).toBe(403);
    expect(incidentIds()).toEqual(before);
  });

  it('merges for an editor, records it on the surviving incident, and undo restores both', async () => {
    const before = incidentIds();
    const merge = await app.inject({ method: 'POST', url: '/api/v1/incidents/merge', headers: asEditor, payload: { ids: [ids.shooting, ids.stop] } });
    expect(merge.statusCode).toBe(200);
    const entry = merge.json().entry;
    expect(entry).toMatchObject({ action: 'merge_incidents', actor: 'local', incidentId: ids.shooting });
    expect(incidentIds()).toEqual([ids.shooting]);
    const audit = (await app.inject({ url: `/api/v1/incidents/${ids.shooting}/audit` })).json().items;
    expect(audit.map((e: { id: string }) => e.id)).toContain(entry.id);
    expect((await app.inject({ url: `/api/v1/incidents/${ids.stop}` })).statusCode).toBe(404);

    const undo = await app.inject({ method: 'POST', url: `/api/v1/audit/${entry.id}/undo`, headers: asEditor, payload: { incidentId: ids.shooting } });
    expect(undo.statusCode).toBe(200);
    expect(undo.json().entry.action).toBe('undo_merge_incidents');
    expect(incidentIds()).toEqual(before);
    // The same entry cannot be undone twice.
    const again = await app.inject({ method: 'POST', url: `/api/v1/audit/${entry.id}/undo`, headers: asEditor, payload: { incidentId: ids.shooting } });
    expect(again.statusCode).toBe(400);
  });

  it('splits a document off a merged incident into a new incident', async () => {
    await app.inject({ method: 'POST', url: '/api/v1/incidents/merge', headers: asEditor, payload: { ids: [ids.shooting, ids.stop] } });
    const moved = px.store.listDraftsForIncident(ids.shooting).find((d) => d.versionId !== px.store.listDraftsForIncident(ids.shooting)[0].versionId)!;
    const split = await app.inject({ method: 'POST', url: `/api/v1/incidents/${ids.shooting}/split`, headers: asEditor, payload: { versionIds: [moved.versionId] } });
    expect(split.statusCode).toBe(200);
    const created = split.json().entry.after.created;
    expect(incidentIds()).toEqual([ids.shooting, created].sort());
    expect(px.store.listDraftsForIncident(created).map((d) => d.versionId)).toEqual([moved.versionId]);
  });

  it('rejects a split naming a document that is not in the incident, and undo of an entry that is not a merge or split', async () => {
    const foreign = px.store.listDraftsForIncident(ids.stop)[0].versionId;
    const split = await app.inject({ method: 'POST', url: `/api/v1/incidents/${ids.shooting}/split`, headers: asEditor, payload: { versionIds: [foreign] } });
    expect(split.statusCode).toBe(400);
    const empty = await app.inject({ method: 'POST', url: `/api/v1/incidents/${ids.shooting}/split`, headers: asEditor, payload: {} });
    expect(empty.statusCode).toBe(400);
    await app.inject({ method: 'POST', url: `/api/v1/incidents/${ids.shooting}/visibility`, headers: asEditor, payload: { visibility: 'private' } });
    const entryId = px.store.listAudit(ids.shooting)[0].id;
    const undo = await app.inject({ method: 'POST', url: `/api/v1/audit/${entryId}/undo`, headers: asEditor, payload: { incidentId: ids.shooting } });
    expect(undo.statusCode).toBe(400);
    const missing = await app.inject({ method: 'POST', url: '/api/v1/audit/aud_nothing/undo', headers: asEditor, payload: { incidentId: ids.shooting } });
    expect(missing.statusCode).toBe(404);
  });
});
