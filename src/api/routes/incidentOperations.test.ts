import { describe, expect, it } from 'vitest';
import { AS_EDITOR, useReviewServer } from '../testing/useReviewServer.js';

describe('merge, split and undo routes', () => {
  const server = useReviewServer();

  const incidentIds = () => server.px.store.listIncidentRows().map((r) => r.id).sort();

  it('refuses anonymous visitors with 403 and changes nothing', async () => {
    const before = incidentIds();
    const merge = await server.app.inject({ method: 'POST', url: '/api/v1/incidents/merge', payload: { ids: [server.ids.shooting, server.ids.stop] } });
    expect(merge.statusCode).toBe(403);
    expect(merge.json().error.code).toBe('forbidden');
    const versionId = server.px.store.listDraftsForIncident(server.ids.shooting)[0].versionId;
    const split = await server.app.inject({ method: 'POST', url: `/api/v1/incidents/${server.ids.shooting}/split`, payload: { versionIds: [versionId] } });
    expect(split.statusCode).toBe(403);
    const undo = await server.app.inject({ method: 'POST', url: '/api/v1/audit/aud_x/undo', payload: { incidentId: server.ids.shooting } });
    expect(undo.statusCode).toBe(403);
    expect(incidentIds()).toEqual(before);
  });

  it('merges for an editor, records it on the surviving incident, and undo restores both', async () => {
    const before = incidentIds();
    const merge = await server.app.inject({ method: 'POST', url: '/api/v1/incidents/merge', headers: AS_EDITOR, payload: { ids: [server.ids.shooting, server.ids.stop] } });
    expect(merge.statusCode).toBe(200);
    const entry = merge.json().entry;
    expect(entry).toMatchObject({ action: 'merge_incidents', actor: 'local', incidentId: server.ids.shooting });
    expect(incidentIds()).toEqual([server.ids.shooting]);
    const audit = (await server.app.inject({ url: `/api/v1/incidents/${server.ids.shooting}/audit` })).json().items;
    expect(audit.map((e: { id: string }) => e.id)).toContain(entry.id);
    expect((await server.app.inject({ url: `/api/v1/incidents/${server.ids.stop}` })).statusCode).toBe(404);

    const undo = await server.app.inject({ method: 'POST', url: `/api/v1/audit/${entry.id}/undo`, headers: AS_EDITOR, payload: { incidentId: server.ids.shooting } });
    expect(undo.statusCode).toBe(200);
    expect(undo.json().entry.action).toBe('undo_merge_incidents');
    expect(incidentIds()).toEqual(before);
    // The same entry cannot be undone twice.
    const again = await server.app.inject({ method: 'POST', url: `/api/v1/audit/${entry.id}/undo`, headers: AS_EDITOR, payload: { incidentId: server.ids.shooting } });
    expect(again.statusCode).toBe(400);
  });

  it('splits a document off a merged incident into a new incident', async () => {
    await server.app.inject({ method: 'POST', url: '/api/v1/incidents/merge', headers: AS_EDITOR, payload: { ids: [server.ids.shooting, server.ids.stop] } });
    const moved = server.px.store.listDraftsForIncident(server.ids.shooting).find((d) => d.versionId !== server.px.store.listDraftsForIncident(server.ids.shooting)[0].versionId)!;
    const split = await server.app.inject({ method: 'POST', url: `/api/v1/incidents/${server.ids.shooting}/split`, headers: AS_EDITOR, payload: { versionIds: [moved.versionId] } });
    expect(split.statusCode).toBe(200);
    const created = split.json().entry.after.created;
    expect(incidentIds()).toEqual([server.ids.shooting, created].sort());
    expect(server.px.store.listDraftsForIncident(created).map((d) => d.versionId)).toEqual([moved.versionId]);
  });

  it('rejects a split naming a document that is not in the incident, and undo of an entry that is not a merge or split', async () => {
    const foreign = server.px.store.listDraftsForIncident(server.ids.stop)[0].versionId;
    const split = await server.app.inject({ method: 'POST', url: `/api/v1/incidents/${server.ids.shooting}/split`, headers: AS_EDITOR, payload: { versionIds: [foreign] } });
    expect(split.statusCode).toBe(400);
    const empty = await server.app.inject({ method: 'POST', url: `/api/v1/incidents/${server.ids.shooting}/split`, headers: AS_EDITOR, payload: {} });
    expect(empty.statusCode).toBe(400);
    await server.app.inject({ method: 'POST', url: `/api/v1/incidents/${server.ids.shooting}/visibility`, headers: AS_EDITOR, payload: { visibility: 'private' } });
    const entryId = server.px.store.listAudit(server.ids.shooting)[0].id;
    const undo = await server.app.inject({ method: 'POST', url: `/api/v1/audit/${entryId}/undo`, headers: AS_EDITOR, payload: { incidentId: server.ids.shooting } });
    expect(undo.statusCode).toBe(400);
    const missing = await server.app.inject({ method: 'POST', url: '/api/v1/audit/aud_nothing/undo', headers: AS_EDITOR, payload: { incidentId: server.ids.shooting } });
    expect(missing.statusCode).toBe(404);
  });
});
