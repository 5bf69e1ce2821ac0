import type { SyntheticArticle } from '../corpus/writeArticle.js';
import type { Store } from '../../src/store/Store.js';
import { toStoredRecords } from './toStoredRecords.js';

export interface PopulateResult {
  readonly documents: number;
  readonly claims: number;
  readonly incidents: number;
  readonly seconds: number;
}

/**
 * Writes `count` articles from `articles` straight through the Store (versions, drafts, incidents,
 * claims, with their full-text indexes), one transaction per batch of incidents. Articles of one
 * incident are consecutive in the stream, so an incident is saved once with all its claims.
 */
export function populateStore(store: Store, articles: Iterator<SyntheticArticle>, count: number, claimsPerDocument: number): PopulateResult {
  const started = performance.now();
  let documents = 0;
  let claims = 0;
  let incidents = 0;
  let pending: SyntheticArticle | null = null;
  const nextGroup = (): SyntheticArticle[] => {
    const group: SyntheticArticle[] = [];
    while (documents + group.length < count) {
      const item = pending ?? articles.next().value;
      pending = null;
      if (!item) break;
      if (group.length > 0 && item.incidentKey !== group[0].incidentKey) {
        pending = item;
        break;
      }
      group.push(item);
    }
    return group;
  };
  while (documents < count) {
    const groups: SyntheticArticle[][] = [];
    for (let n = 0; n < 200 && documents < count; n++) {
      const group = nextGroup();
      if (group.length === 0) break;
      groups.push(group);
      documents += group.length;
    }
    if (groups.length === 0) break;
    store.transaction(() => {
      for (const group of groups) {
        const records = toStoredRecords(group, claimsPerDocument);
        for (const v of records.versions) store.insertVersion(v);
        for (const d of records.drafts) store.replaceDrafts(d.versionId, [d]);
        store.saveIncident(records.incident, records.claims);
        claims += records.claims.length;
        incidents++;
      }
    });
  }
  return { documents, claims, incidents, seconds: (performance.now() - started) / 1000 };
}
