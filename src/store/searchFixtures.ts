import type { Store } from './Store.js';
import { makeClaim, makeIncident, makeVersion } from './storeFixtures.js';

/**
 * A store for search tests on either engine: sentences written for the tests, every incident's
 * claim holds the common words, every third the rare one.
 */
export const SEARCH_TEXT = 'Title: Night stop\n\nAgents stopped a grey van near the river. Witnesses said the driver waved.';
export const COMMON_SENTENCE = 'Agents stopped a grey van near the river.';
export const RARE_SENTENCE = 'Witnesses said the driver waved.';

/** `count` incidents over 28 days (several per day, every 17th undated), each with one claim. */
export function seedSearchIncidents(store: Store, count: number): void {
  const version = makeVersion(SEARCH_TEXT);
  store.insertVersion(version);
  store.transaction(() => {
    for (let n = 0; n < count; n++) {
      const id = `inc_${String(n).padStart(5, '0')}`;
      const date = n % 17 === 0 ? null : `2025-05-${String(1 + (n % 28)).padStart(2, '0')}`;
      const sentence = n % 3 === 0 ? RARE_SENTENCE : COMMON_SENTENCE;
      store.saveIncident(makeIncident(id, { date, datePrecision: date ? 'day' : 'unknown' }), [makeClaim(id, version, sentence)]);
    }
  });
}

/** The list order the store promises (dates newest first, undated last, ties by id), computed from the incidents themselves. */
export function expectedListOrder(store: Store, ids: readonly string[]): string[] {
  const rows = ids.map((id) => store.getIncident(id)!);
  return rows
    .sort((a, b) => ((a.date === null) !== (b.date === null) ? (a.date === null ? 1 : -1) : a.date !== b.date ? (a.date! < b.date! ? 1 : -1) : a.id < b.id ? -1 : 1))
    .map((r) => r.id);
}
