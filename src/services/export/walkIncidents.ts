import type { ExportedIncident } from '../../domain/exportContract.js';
import type { Queries } from '../queries.js';

/** The list filter exactly as the incident list takes it, minus paging. */
export type IncidentFilter = Omit<Parameters<Queries['listIncidents']>[0], 'limit' | 'offset'>;

const PAGE = 200;

/**
 * Every incident the list would show for `filter`, in list order, page by page: memory stays
 * bounded by one page, and the filter goes through the very function the list uses, so an export
 * of a filtered list is that list.
 */
export function* walkIncidents(queries: Queries, filter: IncidentFilter): Generator<ExportedIncident> {
  for (let offset = 0; ; offset += PAGE) {
    const page = queries.listIncidents({ ...filter, limit: PAGE, offset });
    for (const summary of page.items) {
      const incident = queries.getIncident(summary.id);
      // Deleted between the page read and now: the export skips it rather than inventing it.
      if (incident) yield incident;
    }
    if (page.items.length < PAGE) return;
  }
}
