import type { IncidentDraft } from '../../src/domain/incident.js';
import { chooseBlockingKeys } from '../../src/services/incidents/placeDrafts.js';
import type { IncidentCandidateRow, Store } from '../../src/store/Store.js';
import { median, timeMs } from './stats.js';

export interface PlacementResult {
  /** Median ms of findIncidentCandidates for a dated draft (±3 days and its blocking keys, as placeDrafts asks). */
  readonly datedMs: number;
  readonly datedRows: number;
  /** Median ms for the same draft undated: the window is open, the keys (name, scene) narrow it. */
  readonly undatedMs: number;
  readonly undatedRows: number;
}

// A new report of an incident already stored: its subject, city and place, dated or not.
function draftLike(c: IncidentCandidateRow, date: string | null): IncidentDraft {
  return {
    localIndex: 0, primary: true, date, datePrecision: date ? 'day' : 'unknown', time: null, city: c.city, state: c.state, place: c.place,
    agencies: [...c.agencies], persons: c.subjectNames.map((name) => ({ name, age: null, role: 'subject' as const, outcome: 'unknown' as const, injuries: null })),
    charges: [], force: [], footage: null, claims: [], sources: [],
  };
}

/** What incident placement costs per draft at the store's current size. */
export function measurePlacement(store: Store, reps: number): PlacementResult {
  const window = { from: '2025-06-12', to: '2025-06-18' };
  const open = { from: null, to: null };
  const sample = store.findIncidentCandidates(window)[0];
  const datedKeys = sample ? chooseBlockingKeys(draftLike(sample, sample.date)) : [];
  const undatedKeys = sample ? chooseBlockingKeys(draftLike(sample, null)) : [];
  const datedRows = store.findIncidentCandidates(window, datedKeys).length;
  const dated = Array.from({ length: reps }, () => timeMs(() => store.findIncidentCandidates(window, datedKeys)));
  const undatedRows = store.findIncidentCandidates(open, undatedKeys).length;
  const undated = Array.from({ length: reps }, () => timeMs(() => store.findIncidentCandidates(open, undatedKeys)));
  return { datedMs: median(dated), datedRows, undatedMs: median(undated), undatedRows };
}
