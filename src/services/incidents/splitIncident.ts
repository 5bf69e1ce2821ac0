import type { AuditEntry } from '../../domain/audit.js';
import { ParallaxError } from '../../lib/errors.js';
import { stableId } from '../../lib/ids.js';
import type { Store } from '../../store/Store.js';
import { recordOperation, type IncidentOperationOptions } from './mergeIncidents.js';
import type { DraftMove, DraftRef } from './moveDrafts.js';
import { moveDrafts } from './moveDrafts.js';

/**
 * Splits an incident: the named accounts (documents' drafts) leave it and found a new incident,
 * whose id is derived from the incident and the accounts moved, so the same split always gives the
 * same id. Both incidents are rebuilt; one audit entry records the moves (`undoIncidentOperation`
 * puts them back). Moving every account, or none, is refused. Atomic.
 */
export function splitIncident(store: Store, incidentId: string, drafts: readonly DraftRef[], options: IncidentOperationOptions = {}): AuditEntry {
  if (drafts.length === 0) throw new ParallaxError('bad_argument', 'Splitting needs at least one document account to move.');
  return store.transaction(() => {
    const members = store.listDraftsForIncident(incidentId);
    if (members.length === 0) throw new ParallaxError('not_found', `No incident ${incidentId}.`, { id: incidentId });
    const keys = [...new Set(drafts.map((d) => `${d.versionId}#${d.localIndex}`))].sort();
    if (keys.length >= members.length) throw new ParallaxError('bad_argument', 'A split must leave at least one account in the incident.');
    const newId = stableId('inc', 'split', incidentId, ...keys);
    const moves: DraftMove[] = drafts.map((d) => ({ versionId: d.versionId, localIndex: d.localIndex, from: incidentId, to: newId }));
    moveDrafts(store, moves);
    return recordOperation(store, 'split_incident', incidentId, moves, { created: newId }, options);
  });
}
