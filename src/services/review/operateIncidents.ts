import type { AuditEntry } from '../../domain/audit.js';
import { ParallaxError } from '../../lib/errors.js';
import type { Store } from '../../store/Store.js';
import { mergeIncidents } from '../incidents/mergeIncidents.js';
import type { DraftRef } from '../incidents/moveDrafts.js';
import { splitIncident } from '../incidents/splitIncident.js';
import { undoIncidentOperation } from '../incidents/undoIncidentOperation.js';
import type { Viewer } from './viewer.js';

export interface SplitInput {
  readonly incidentId: string;
  /** Every account of the incident read from these versions leaves it… */
  readonly versionIds?: readonly string[];
  /** …and so do these exact accounts. */
  readonly drafts?: readonly DraftRef[];
}

export interface UndoInput {
  /** The incident whose audit log holds the entry (the one the UI shows it on). */
  readonly incidentId: string;
  readonly entryId: string;
}

/** Merge, split and undo for reviewers: the incident services, behind the editor check, audited under the viewer's name. */
export interface IncidentOperations {
  mergeIncidents(ids: readonly string[], viewer: Viewer): AuditEntry;
  splitIncident(input: SplitInput, viewer: Viewer): AuditEntry;
  undoOperation(input: UndoInput, viewer: Viewer): AuditEntry;
}

const UNDOABLE = new Set(['merge_incidents', 'split_incident']);

function requireEditor(viewer: Viewer): void {
  if (!viewer.canEdit) throw new ParallaxError('forbidden', 'Only an editor can change the record.');
}

/** The accounts a split names: by version (all of that version's accounts in the incident) and exactly. */
function selectDrafts(store: Store, input: SplitInput): DraftRef[] {
  const members = store.listDraftsForIncident(input.incidentId);
  if (members.length === 0) throw new ParallaxError('not_found', `No incident ${input.incidentId}.`, { id: input.incidentId });
  const key = (d: DraftRef) => `${d.versionId}#${d.localIndex}`;
  const memberKeys = new Set(members.map(key));
  const versions = new Set(input.versionIds ?? []);
  const exact = new Set((input.drafts ?? []).map(key));
  const missing = [...[...versions].filter((v) => !members.some((d) => d.versionId === v)), ...[...exact].filter((k) => !memberKeys.has(k))];
  if (missing.length) throw new ParallaxError('bad_argument', `Not accounts of incident ${input.incidentId}: ${missing.join(', ')}.`, { missing });
  return members.filter((d) => versions.has(d.versionId) || exact.has(key(d))).map((d) => ({ versionId: d.versionId, localIndex: d.localIndex }));
}

export function createIncidentOperations(store: Store, now: () => string): IncidentOperations {
  const options = (viewer: Viewer) => ({ actor: viewer.name, now: () => new Date(now()) });
  return {
    mergeIncidents(ids, viewer) {
      requireEditor(viewer);
      return mergeIncidents(store, ids, options(viewer));
    },
    splitIncident(input, viewer) {
      requireEditor(viewer);
      return splitIncident(store, input.incidentId, selectDrafts(store, input), options(viewer));
    },
    undoOperation(input, viewer) {
      requireEditor(viewer);
      const log = store.listAudit(input.incidentId);
      const entry = log.find((e) => e.id === input.entryId);
      if (!entry) throw new ParallaxError('not_found', `Incident ${input.incidentId} has no audit entry ${input.entryId}.`, { ...input });
      if (!UNDOABLE.has(entry.action)) throw new ParallaxError('bad_argument', `Only a merge or a split can be undone, not ${entry.action}.`, { action: entry.action });
      const undone = log.some((e) => (e.after as { undoes?: string } | null)?.undoes === entry.id);
      if (undone) throw new ParallaxError('bad_argument', `Audit entry ${entry.id} has already been undone.`, { entryId: entry.id });
      return undoIncidentOperation(store, entry, options(viewer));
    },
  };
}
