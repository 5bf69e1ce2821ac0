import type { ExportedIncident } from '../domain/exportContract.js';
import type { Store } from '../store/Store.js';
import { presentIncident } from './queries/presentIncident.js';

const PAGE = 200;

/** Every incident in the export contract, page by page so memory stays bounded by one page. */
export function* exportIncidents(store: Store): Generator<ExportedIncident> {
  for (let offset = 0; ; offset += PAGE) {
    const page = store.listIncidents({ limit: PAGE, offset });
    for (const incident of page.items) yield presentIncident(store, incident);
    if (page.items.length < PAGE) return;
  }
}
