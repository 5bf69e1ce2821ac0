import type { AuditEntry } from '../../domain/audit.js';
import { ParallaxError } from '../../lib/errors.js';
import type { Store } from '../../store/Store.js';
import { recordOperation, type IncidentOperationOptions } from './mergeIncidents.js';
import { moveDrafts, type DraftMove } from './moveDrafts.js';

/**
 * Reverses a merge or a split from its audit entry: every recorded move is played backwards, so
 * each account returns to the incident id it had (a merged-away incident comes back under its own
 * id). The undo is itself audited. Refused when an account has moved again since.
 */
export function undoIncidentOperation(store: Store, entry: AuditEntry, options: IncidentOperationOptions = {}): AuditEntry {
  const after = entry.after as { moves?: DraftMove[] } | null;
  if ((entry.action !== 'merge_incidents' && entry.action !== 'split_incident') || !Array.isArray(after?.moves)) {
    throw new ParallaxError('bad_argument', `Audit entry ${entry.id} is not a merge or a split.`, { action: entry.action });
  }
  const back = after.moves.map((m) => ({ versionId: m.versionId, localIndex: m.localIndex, from: m.to, to: m.from }));
  return store.transaction(() => {
    moveDrafts(store, back);
    return recordOperation(store, `undo_${entry.action}`, entry.target.id, back, { undoes: entry.id }, options);
  });
}
