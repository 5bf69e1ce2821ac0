import type { Store } from '../../store/Store.js';
import type { Viewer } from '../review/viewer.js';
import { createLruCache } from './createLruCache.js';
import { FACETS, type IncidentQuery, type IncidentSearchResult } from './incidentQuery.js';
import { presentSelection } from './searchIncidents.js';
import { loadSearchSnapshot, type SearchSnapshot } from './searchSnapshot.js';
import { selectIncidents, type Selection } from './selectIncidents.js';

export interface SearchCacheOptions {
  /** How many distinct selections (query without paging, per kind of viewer) are kept. */
  readonly capacity?: number;
}

/**
 * The key of a selection: what changes the matching set and its order, normalised (filter
 * values are a set, a missing sort is the default), and whether the viewer sees private
 * material, so a private viewer's selection is never handed to an anonymous one. Paging is not
 * part of it: every page of a query shares one selection.
 */
export function selectionKey(query: IncidentQuery, canSeePrivate: boolean): string {
  const filters = FACETS.flatMap((f) => {
    const values = query.filters?.[f];
    return values?.length ? [[f, [...new Set(values)].sort()]] : [];
  });
  return JSON.stringify([canSeePrivate ? 'private' : 'public', query.q ?? '', query.tracker ?? '', query.sort ?? 'date_desc', filters]);
}

/**
 * searchIncidents answered from memory while nothing readers see has changed. Each call reads
 * the store's generation (one tiny query, and the only way to notice a write made by another
 * process); when it moved, the light rows, tallies and private ids are read again and every
 * kept selection is dropped. Results are equal to searchIncidents' (see its test).
 */
export function createSearchCache(store: Store, options: SearchCacheOptions = {}): (query: IncidentQuery, viewer: Viewer) => IncidentSearchResult {
  const selections = createLruCache<string, Selection>(options.capacity ?? 64);
  // Finished pages too, so a popular page is the very same frozen object until the store changes:
  // the API can then keep its serialised form (see src/api/serialiseOnce.ts).
  const pages = createLruCache<string, IncidentSearchResult>(4 * (options.capacity ?? 64));
  let snapshot: SearchSnapshot | null = null;
  return (query, viewer) => {
    const generation = store.readGeneration();
    if (snapshot?.generation !== generation) {
      selections.clear();
      pages.clear();
      snapshot = loadSearchSnapshot(store, generation);
    }
    const key = selectionKey(query, viewer.canSeePrivate);
    const pageKey = `${key}|${query.offset}|${query.limit}`;
    const page = pages.get(pageKey);
    if (page) return page;
    let selection = selections.get(key);
    if (!selection) {
      selection = selectIncidents(store, snapshot, query, viewer.canSeePrivate);
      selections.set(key, selection);
    }
    const presented = Object.freeze(presentSelection(snapshot, selection, query, viewer));
    pages.set(pageKey, presented);
    return presented;
  };
}
