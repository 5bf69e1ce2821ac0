import type { IncidentDraft } from '../../domain/incident.js';
import { incidentBlockingKeys } from '../../store/rows/blockingKeys.js';
import { chooseBlockingKeys } from './placeDrafts.js';

/*
 * The keys an ingest transaction locks (Store.lockKeys) so that ingest workers run side by side
 * on PostgreSQL and wait for one another only when their documents could meet. Two phases, each in
 * one call, always in this order: the document and its drafts' placement keys before anything is
 * read, then the incidents it will rebuild once placement has named them.
 */

/** A document's versions are written one at a time: which one is the latest must not change under a writer. */
export function documentLockKey(documentId: string): string {
  return `document:${documentId}`;
}

/** An incident is rebuilt by one writer at a time, from every account committed before it. */
export function incidentLockKey(incidentId: string): string {
  return `incident:${incidentId}`;
}

/**
 * The keys placing these drafts asks with, and the keys an incident founded by them would be stored
 * under. When one document's draft could find another's incident (it asks with a key that incident
 * is stored under), the two share a lock here, so the second is placed after the first has
 * committed and sees its incident; documents about unrelated incidents share none.
 */
export function placementLockKeys(drafts: readonly IncidentDraft[]): string[] {
  const keys = drafts.flatMap((draft) => [...chooseBlockingKeys(draft), ...incidentBlockingKeys(draft)]);
  return [...new Set(keys)].map((key) => `blocking:${key}`);
}
