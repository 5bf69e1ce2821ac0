import { matchIncident } from '../../analysis/cluster/matchIncident.js';
import type { IncidentDraft } from '../../domain/incident.js';
import { stableId } from '../../lib/ids.js';
import { cityKey, nameQueryKeys, sceneKey } from '../../store/rows/blockingKeys.js';
import type { DateWindow, Store, StoredDraft } from '../../store/Store.js';

/**
 * Decides which incident each of a version's drafts belongs to: an existing incident it matches, or
 * a new one founded by this draft (its id derived from the founding version, so re-ingesting the
 * same documents in the same order gives the same ids). Two drafts of one document never land in
 * the same incident: a passing mention of another incident stays apart from the main one.
 */
export function placeDrafts(store: Store, versionId: string, documentId: string, published: string | null, drafts: readonly IncidentDraft[]): StoredDraft[] {
  const used = new Set<string>();
  return drafts.map((draft) => {
    const candidates = store.findIncidentCandidates(windowAround(draft), chooseBlockingKeys(draft)).filter((c) => !used.has(c.id));
    const matched = matchIncident(draft, candidates);
    const incidentId = matched ?? stableId('inc', versionId, draft.localIndex);
    used.add(incidentId);
    return { versionId, documentId, localIndex: draft.localIndex, incidentId, draft, published };
  });
}

/**
 * The keys an incident must share with the draft to be worth scoring (matchIncident returns null
 * for the others): a name that could be the same person's, or the city. The store reads at most
 * CANDIDATES_PER_KEY incidents per key, the most recent: past that many incidents sharing a name
 * word, an older one is not scored. Without a date no candidate gains points for closeness, so the city alone
 * cannot reach the threshold; only the same scene (city and place) can, which keeps an undated
 * draft from reading every incident of a big city.
 */
export function chooseBlockingKeys(draft: IncidentDraft): string[] {
  const keys = draft.persons.filter((p) => p.role !== 'officer').flatMap((p) => (p.name === null ? [] : nameQueryKeys(p.name)));
  const place = draft.date ? cityKey(draft.city) : sceneKey(draft.city, draft.place);
  return [...new Set(place ? [...keys, place] : keys)];
}

const WINDOW_DAYS: Readonly<Record<string, number>> = { day: 3, week: 10, month: 40, year: 370, unknown: 0 };

/**
 * The dates of incidents worth reading for a draft: as wide as its own precision allows, and never less
 * than a month, since an incident dated only by its month ("in November", stored as its first day) may
 * be the one a draft dates to the day (matchIncident compares them by the vaguer precision).
 */
function windowAround(draft: IncidentDraft): DateWindow {
  const days = draft.datePrecision === 'unknown' ? 0 : Math.max(WINDOW_DAYS[draft.datePrecision] ?? 0, WINDOW_DAYS.month);
  if (!draft.date || days === 0) return { from: null, to: null };
  return { from: shiftDate(draft.date, -days), to: shiftDate(draft.date, days) };
}

function shiftDate(date: string, days: number): string {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
