import type { ReadModel } from '../queries/createReadModel.js';
import type { IncidentQuery } from '../queries/searchIncidents.js';
import type { Viewer } from '../review/viewer.js';
import type { ExportSource } from './walkIncidents.js';

/**
 * The web UI's read side as an export source: the same search (words, facets, tracker, sort) the
 * filtered list shows, and each incident and document as this viewer may see them, private fields
 * withheld from those who may not see them.
 */
export function sourceFromReadModel(readModel: ReadModel, query: Omit<IncidentQuery, 'limit' | 'offset'>, viewer: Viewer): ExportSource {
  return {
    listIds: (offset, limit) => readModel.searchIncidents({ ...query, limit, offset }, viewer).items.map((i) => i.id),
    getIncident: (id) => readModel.getIncident(id, viewer)?.incident ?? null,
    getDocument: (versionId) => readModel.getDocument(versionId, viewer),
  };
}
