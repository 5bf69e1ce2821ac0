import type Database from 'better-sqlite3';
import { ParallaxError } from '../../lib/errors.js';
import { toListRow, type ListRow, type ReadModelTable } from '../rows/listRows.js';
import { toClaim, type ClaimRow } from '../rows/claimRows.js';
import { lazyStatement } from './lazyStatement.js';
import { selectSearchQueries } from './searchQueries.js';
import { toFtsQuery } from './toFtsQuery.js';

/**
 * What the incidents page needs in one pass: light rows for every incident (faceting and sorting
 * happen above, on these) and the ids matching a search. No paging here on purpose: facet counts
 * need the whole matching set.
 */
export function createReadModelTable(db: Database.Database): ReadModelTable {
  const rows = db.prepare<[], ListRow>(`
    SELECT i.id, i.date, i.city, i.state, i.lat, i.lon, i.agencies, i.persons, i.force, json_array_length(i.contested) AS contested_count,
      (SELECT count(*) FROM claims c WHERE c.incident_id = i.id) AS claim_count,
      (SELECT count(DISTINCT d.version_id) FROM drafts d WHERE d.incident_id = i.id) AS document_count
    FROM incidents i ORDER BY i.date IS NULL, i.date DESC, i.id`);
  // Same matching rule as the paged list.
  const matching = db.prepare<{ q: string }, { id: string }>(selectSearchQueries(db).matching);
  const bySpeaker = db.prepare<[string], ClaimRow & { published: string | null }>(`
    SELECT c.*, v.published FROM claims c JOIN document_versions v ON v.id = c.version_id
    WHERE c.speaker_name = ? ORDER BY v.published IS NULL, v.published, c.incident_id, c.position`);
  const generation = lazyStatement<[], { value: number }>(db, `SELECT value FROM store_generation WHERE id = 1`);
  return {
    readGeneration: () => generation().get()?.value ?? 0,
    searchIncidentIds(q) {
      const query = toFtsQuery(q);
      if (query === null) throw new ParallaxError('bad_argument', 'The search has no words to look for.', { q });
      try {
        return matching.all({ q: query }).map((r) => r.id);
      } catch (err) {
        if (err instanceof Error && /fts5/i.test(err.message)) throw new ParallaxError('bad_argument', 'The search query could not be understood.', { q });
        throw err;
      }
    },
    listIncidentRows: () => rows.all().map(toListRow),
    listClaimsBySpeaker: (name) => bySpeaker.all(name).map((r) => Object.freeze({ claim: toClaim(r), published: r.published })),
  };
}
