import { loadFacets } from '../../analysis/extract/facetVocab.js';
import type { ExportedIncident } from '../../domain/exportContract.js';
import type { IncidentRecord } from '../../domain/records.js';
import type { Store } from '../../store/Store.js';

/** The export contract for one stored incident (docs/export.md). */
export function presentIncident(store: Store, incident: IncidentRecord): ExportedIncident {
  const claims = store.listClaims(incident.id);
  const labels = new Map(loadFacets().map((f) => [f.id, f.label]));
  const documents = store.listIncidentDocuments(incident.id).map((row) => {
    const version = store.getVersion(row.versionId);
    return {
      id: row.documentId,
      versionId: row.versionId,
      url: version?.url ?? null,
      outlet: version?.outlet ?? null,
      title: version?.title ?? null,
      published: version?.published ?? null,
      primary: row.primary,
    };
  });
  return {
    id: incident.id,
    date: incident.date,
    datePrecision: incident.datePrecision,
    time: incident.time,
    city: incident.city,
    state: incident.state,
    place: incident.place,
    lat: incident.lat,
    lon: incident.lon,
    agencies: incident.agencies,
    persons: incident.persons,
    charges: incident.charges,
    force: incident.force,
    footage: incident.footage,
    documents,
    claims: claims.map((c) => ({
      id: c.id,
      facet: c.facet,
      value: c.value,
      stance: c.stance,
      text: c.text,
      speaker: c.speaker,
      side: c.side,
      documentId: c.documentId,
      versionId: c.versionId,
      start: c.start,
      end: c.end,
      stage: c.stage,
    })),
    contested: incident.contested.map((point) => ({
      facet: point.facet,
      label: labels.get(point.facet) ?? point.facet,
      // Points stored before unanswered points existed are conflicts.
      kind: point.kind ?? 'conflict',
      ...(point.silent ? { silent: { camp: point.silent.camp, summary: point.silent.summary, claimIds: point.silent.claimIds } } : {}),
      positions: point.positions.map((p) => ({ stance: p.stance, summary: p.summary, side: p.side, claimIds: p.claimIds, speakers: p.speakers })),
    })),
    sources: incident.sources.map((s) => ({ field: s.field, versionId: s.versionId, start: s.span.start, end: s.span.end, text: s.span.text })),
  };
}
