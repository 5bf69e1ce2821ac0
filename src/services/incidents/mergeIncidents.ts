import type { AuditEntry } from '../../domain/audit.js';
import { ParallaxError } from '../../lib/errors.js';
import { stableId } from '../../lib/ids.js';
import type { Store } from '../../store/Store.js';
import { describeMoves, moveDrafts, type DraftMove } from './moveDrafts.js';

export interface IncidentOperationOptions {
  readonly actor?: string;
  readonly now?: () => Date;
}

/**
 * Merges incidents into the first one named: every document's account of the others moves into it,
 * the merged incident is rebuilt (fields, claims, contested points) and the others disappear. The
 * same ids always give the same result. One audit entry records every draft moved, which is all
 * `undoIncidentOperation` needs to put them back. Atomic.
 */
export function mergeIncidents(store: Store, ids: readonly string[], options: IncidentOperationOptions = {}): AuditEntry {
  const [into, ...others] = ids;
  if (!into || others.length === 0) throw new ParallaxError('bad_argument', 'Merging needs at least two incident ids.');
  if (new Set(ids).size !== ids.length) throw new ParallaxError('bad_argument', 'An incident cannot be merged with itself.', { ids: [...ids] });
  return store.transaction(() => {
    for (const id of ids) if (!store.getIncident(id)) throw new ParallaxError('not_found', `No incident ${id}.`, { id });
    const moves: DraftMove[] = others.flatMap((from) =>
      store.listDraftsForIncident(from).map((d) => ({ versionId: d.versionId, localIndex: d.localIndex, from, to: into })),
    );
    moveDrafts(store, moves);
    return recordOperation(store, 'merge_incidents', into, moves, { merged: [...others] }, options);
  });
}

/** Appends the audit entry of a merge or split; its id is derived from what it did and when. */
export function recordOperation(
  store: Store,
  action: string,
  incidentId: string,
  moves: readonly DraftMove[],
  extra: Readonly<Record<string, readonly string[] | string>>,
  options: IncidentOperationOptions,
): AuditEntry {
  const at = (options.now ?? (() => new Date()))().toISOString();
  const described = describeMoves(moves);
  const entry: AuditEntry = Object.freeze({
    id: stableId('aud', action, incidentId, JSON.stringify(described), at),
    at,
    actor: options.actor ?? 'local',
    action,
    target: { kind: 'incident', id: incidentId },
    before: null,
    after: { ...extra, moves: described },
    incidentId,
  });
  store.appendAudit(entry);
  return entry;
}
