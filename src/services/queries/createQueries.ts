import type { IncidentRecord } from '../../domain/records.js';
import type { Store } from '../../store/Store.js';
import type { DocumentView, IncidentSummary, Queries } from '../queries.js';
import { presentIncident } from './presentIncident.js';

/** The read side of Parallax over a store: what the API and the CLI show. */
export function createQueries(store: Store): Queries {
  return {
    listIncidents({ q, limit, offset }) {
      const page = store.listIncidents({ q, limit, offset });
      const items = page.items.map((i) => summarise(store, i));
      return page.totalIsLowerBound ? { total: page.total, totalIsLowerBound: true, items } : { total: page.total, items };
    },
    getIncident(id) {
      const incident = store.getIncident(id);
      return incident ? presentIncident(store, incident) : null;
    },
    getDocument(id) {
      const version = store.getVersion(id) ?? store.findLatestVersionByDocumentId(id);
      if (!version) return null;
      const view: DocumentView = {
        id: version.documentId,
        versionId: version.id,
        title: version.title,
        url: version.url,
        outlet: version.outlet,
        published: version.published,
        text: version.text,
        bodyStart: version.bodyStart,
        updateNotes: version.updateNotes,
        attributions: store.listAttributions(version.id).map((a) => ({ id: a.id, kind: a.kind, source: a.source, cue: a.cue, content: a.content, speaker: a.speaker, sentence: a.sentence })),
        versions: store.listVersions(version.documentId).map((v) => ({ versionId: v.id, ingestedAt: v.ingestedAt, sha256: v.sha256 })),
      };
      return view;
    },
  };
}

function summarise(store: Store, incident: IncidentRecord): IncidentSummary {
  const subject = incident.persons.find((p) => p.role === 'subject') ?? null;
  return {
    id: incident.id,
    date: incident.date,
    city: incident.city,
    state: incident.state,
    subject: subject?.name ?? null,
    agencies: incident.agencies,
    documentCount: store.listIncidentDocuments(incident.id).length,
    claimCount: store.listClaims(incident.id).length,
    contestedCount: incident.contested.length,
  };
}
