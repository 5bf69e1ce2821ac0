import type { ExportedIncident } from '../../domain/exportContract.js';
import type { DocumentView, Queries } from '../queries.js';

/** The list filter exactly as the incident list takes it, minus paging. */
export type IncidentFilter = Omit<Parameters<Queries['listIncidents']>[0], 'limit' | 'offset'>;

/**
 * Where an export reads from: the ids of a filtered list page by page (the very function the list
 * uses, so an export of a filtered list is that list), and each incident and document as that
 * reader may see them.
 */
export interface ExportSource {
  listIds(offset: number, limit: number): readonly string[];
  getIncident(id: string): ExportedIncident | null;
  getDocument(versionId: string): DocumentView | null;
}

/** The plain read model (CLI): the incident list filtered by `q`, everything visible. */
export function sourceFromQueries(queries: Queries, filter: IncidentFilter): ExportSource {
  return {
    listIds: (offset, limit) => queries.listIncidents({ ...filter, limit, offset }).items.map((i) => i.id),
    getIncident: (id) => queries.getIncident(id),
    getDocument: (versionId) => queries.getDocument(versionId),
  };
}

export const EXPORT_PAGE = 200;

/** Every incident of the source's list, in list order, one page in memory at a time. */
export function* walkIncidents(source: ExportSource): Generator<ExportedIncident> {
  for (let offset = 0; ; offset += EXPORT_PAGE) {
    const ids = source.listIds(offset, EXPORT_PAGE);
    for (const id of ids) {
      const incident = source.getIncident(id);
      // Deleted between the page read and now: the export skips it rather than inventing it.
      if (incident) yield incident;
    }
    if (ids.length < EXPORT_PAGE) return;
  }
}
