import type { AuditJson } from '../../domain/audit.js';
import { ParallaxError } from '../../lib/errors.js';
import type { Store, StoredDraft } from '../../store/Store.js';
import { rebuildIncident } from './rebuildIncident.js';

/** One document's account of an incident, named by the version it was read from and its local index. */
export interface DraftRef {
  readonly versionId: string;
  readonly localIndex: number;
}

/** Where a draft was and where it went: what an audit entry records, and what an undo replays backwards. */
export interface DraftMove extends DraftRef {
  readonly from: string;
  readonly to: string;
}

/**
 * Moves drafts between incidents and rebuilds every incident touched (an incident left with no
 * draft is deleted). Refuses a move that would put two accounts of one document in the same
 * incident: a document's passing mention of an incident must stay apart from its main story.
 * Runs inside the caller's transaction.
 */
export function moveDrafts(store: Store, moves: readonly DraftMove[]): void {
  const byVersion = new Map<string, DraftMove[]>();
  for (const m of moves) byVersion.set(m.versionId, [...(byVersion.get(m.versionId) ?? []), m]);
  for (const [versionId, list] of byVersion) {
    const drafts = store.listDrafts(versionId);
    const moved: StoredDraft[] = drafts.map((d) => {
      const move = list.find((m) => m.localIndex === d.localIndex);
      if (!move) return d;
      if (d.incidentId !== move.from) {
        throw new ParallaxError('bad_input', `Draft ${versionId}#${d.localIndex} is not in incident ${move.from}.`, { versionId, localIndex: d.localIndex, incidentId: d.incidentId });
      }
      return { ...d, incidentId: move.to };
    });
    const targets = moved.map((d) => d.incidentId).filter((id): id is string => id !== null);
    if (new Set(targets).size !== targets.length) {
      throw new ParallaxError('bad_input', 'Two accounts of one document cannot share an incident.', { versionId });
    }
    if (list.some((m) => !drafts.some((d) => d.localIndex === m.localIndex))) {
      throw new ParallaxError('not_found', `No such draft in version ${versionId}.`, { versionId });
    }
    store.replaceDrafts(versionId, moved);
  }
  // Incidents that lose accounts first: a claim id belongs to the document, not the incident, so the
  // claims must leave their old incident before the new one can take them.
  const losing = [...new Set(moves.map((m) => m.from))].sort();
  const gaining = [...new Set(moves.map((m) => m.to))].filter((id) => !losing.includes(id)).sort();
  for (const id of [...losing, ...gaining]) rebuildIncident(store, id);
}

/** Moves as audit JSON, in a stable order. */
export function describeMoves(moves: readonly DraftMove[]): AuditJson {
  return [...moves]
    .sort((a, b) => a.versionId.localeCompare(b.versionId) || a.localIndex - b.localIndex)
    .map((m) => ({ versionId: m.versionId, localIndex: m.localIndex, from: m.from, to: m.to }));
}
