import { ParallaxError } from '../../lib/errors.js';
import { toListRow, type ListRow, type ReadModelTable } from '../rows/listRows.js';
import { CLAIM_COLUMNS } from './claims.js';
import { toClaim, type ClaimRow } from '../rows/claimRows.js';
import { matchingIncidentIds } from './matchingIncidentIds.js';
import type { PgConnection } from './openConnection.js';
import { hasIncidentSearch, matchingRows, prepareSearch } from './prepareSearch.js';
import { toFtsQuery } from './toFtsQuery.js';

const ROWS = `
  SELECT i.id, i.date, i.city, i.state, i.lat, i.lon, i.agencies, i.persons, i.force, json_array_length(i.contested::json) AS contested_count,
    (SELECT count(*)::int FROM claims c WHERE c.incident_id = i.id) AS claim_count,
    (SELECT count(DISTINCT d.version_id)::int FROM drafts d WHERE d.incident_id = i.id) AS document_count
  FROM incidents i ORDER BY i.date IS NULL, i.date DESC, i.id`;

const BY_SPEAKER = `
  SELECT ${CLAIM_COLUMNS.replace(/(^|,\s*)/g, '$1c.')}, v.published FROM claims c JOIN document_versions v ON v.id = c.version_id
  WHERE c.speaker_name = $1 ORDER BY v.published IS NULL, v.published, c.incident_id, c.position`;

/** What the incidents page needs in one pass (see the SQLite twin): light rows, search ids, a speaker's claims. */
export function createReadModelTable(db: PgConnection): ReadModelTable {
  let indexed: boolean | null = null;
  // Every match, through incident_search (migration 007) when it can answer, else the rule on rows;
  // in id order, as the rule's UNION gives them on both stores.
  const matching = (q: string): string[] =>
    db.read((nested) => {
      indexed ??= hasIncidentSearch(db);
      if (!indexed) return db.query<{ id: string }>(matchingIncidentIds(1), [q]).map((r) => r.id);
      const { query, exact, finish } = prepareSearch(db, q, nested);
      const rows =
        query === null
          ? db.query<{ id: string }>(matchingIncidentIds(1), [q])
          : query.sameRow === ''
            ? []
            : db.query<{ id: string }>(`SELECT incident_id AS id FROM (${matchingRows(query)}) s ORDER BY id`, [query.sameRow, exact]);
      return finish(rows.map((r) => r.id));
    });
  return {
    // The sum of the counter's slots (migration 014; one row before it): every commit adds one to
    // a slot, and one statement sees every slot as of one instant. NUMERIC arrives as a string; a
    // counter stays far below 2^53.
    readGeneration: () => Number(db.query<{ value: string | null }>(`SELECT sum(value) AS value FROM store_generation`)[0]?.value ?? 0),
    searchIncidentIds(q) {
      const query = toFtsQuery(q);
      if (query === null) throw new ParallaxError('bad_argument', 'The search has no words to look for.', { q });
      return matching(query);
    },
    listIncidentRows: () => db.query<ListRow>(ROWS).map(toListRow),
    listClaimsBySpeaker: (name) =>
      db
        .query<ClaimRow & { published: string | null }>(BY_SPEAKER, [name])
        .map((r) => Object.freeze({ claim: toClaim(r), published: r.published })),
  };
}
