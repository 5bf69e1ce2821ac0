import type { Viewer } from '../review/viewer.js';
import type { Store } from '../../store/Store.js';
import type { IncidentQuery, IncidentSearchResult } from './incidentQuery.js';
import { loadTrackers } from './loadTrackers.js';
import type { SearchSnapshot } from './searchSnapshot.js';
import { loadSearchSnapshot } from './searchSnapshot.js';
import { selectIncidents, type Selection } from './selectIncidents.js';

export { FACETS, SORTS } from './incidentQuery.js';
export type { FacetCount, FacetName, IncidentListItem, IncidentQuery, IncidentSearchResult, MapPoint, SortName } from './incidentQuery.js';
export { weekOf } from './searchSnapshot.js';

/** One page of a selection as this viewer may see it (a withheld subject's name is left out for anonymous viewers). */
export function presentSelection(snapshot: SearchSnapshot, selection: Selection, paging: Pick<IncidentQuery, 'limit' | 'offset'>, viewer: Viewer): IncidentSearchResult {
  return {
    total: selection.sorted.length,
    items: selection.sorted.slice(paging.offset, paging.offset + paging.limit).map(({ base, review }) => ({
      id: base.id,
      date: base.date,
      city: base.city,
      state: base.state,
      subject: !base.subject || (!viewer.canSeePrivate && snapshot.isSubjectWithheld(base.id)) ? null : base.subject.name,
      subjectNamed: base.subject ? base.subject.name !== null : null,
      outcome: base.subject?.outcome ?? null,
      agencies: base.agencies,
      force: base.force,
      documentCount: base.documentCount,
      claimCount: base.claimCount,
      contestedCount: base.contestedCount,
      review,
    })),
    facets: selection.facets,
    points: selection.points,
    weeks: selection.weeks,
    trackers: loadTrackers().map((t) => ({ id: t.id, label: t.label, description: t.description })),
  };
}

/**
 * The incidents page computed from scratch: search, facets with counts, tracker rules, sorting,
 * paging, map points and weekly counts. Private incidents are invisible to anonymous viewers.
 * The read model answers the same through a cache (createSearchCache.ts); this is the reference.
 */
export function searchIncidents(store: Store, query: IncidentQuery, viewer: Viewer): IncidentSearchResult {
  const snapshot = loadSearchSnapshot(store);
  return presentSelection(snapshot, selectIncidents(store, snapshot, query, viewer.canSeePrivate), query, viewer);
}
