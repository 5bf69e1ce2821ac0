import type { Store } from '../../src/store/Store.js';
import { median, timeMs } from './stats.js';

export interface PlacementResult {
  /** Median ms of findIncidentCandidates for a dated draft (±3 days, as placeDrafts asks). */
  readonly datedMs: number;
  readonly datedRows: number;
  /** Median ms for an undated draft: the window is open, so every incident is a candidate. */
  readonly undatedMs: number;
  readonly undatedRows: number;
}

/** What incident placement costs per draft at the store's current size. */
export function measurePlacement(store: Store, reps: number): PlacementResult {
  const window = { from: '2025-06-12', to: '2025-06-18' };
  const datedRows = store.findIncidentCandidates(window).length;
  const dated = Array.from({ length: reps }, () => timeMs(() => store.findIncidentCandidates(window)));
  const open = { from: null, to: null };
  const undatedRows = store.findIncidentCandidates(open).length;
  const undated = Array.from({ length: Math.max(3, reps >> 2) }, () => timeMs(() => store.findIncidentCandidates(open)));
  return { datedMs: median(dated), datedRows, undatedMs: median(undated), undatedRows };
}
