import { ParallaxError } from '../../lib/errors.js';
import { SEARCH_COUNT_CAP, type IncidentPage, type ListIncidentsOptions } from '../Store.js';
import { matchingIncidentIds } from './matchingIncidentIds.js';
import type { PgConnection } from './openConnection.js';
import { hasIncidentSearch, matchingRows, prepareSearch, SEARCH_ORDER, WALK_SCANS } from './prepareSearch.js';
import { toFtsQuery } from './toFtsQuery.js';
import { toIncident, type IncidentRow } from '../rows/incidentRows.js';

const ORDER = `ORDER BY i.date IS NULL, i.date DESC, i.id`;

/**
 * How many matches of a one-word search are collected to be sorted before walking instead: the
 * GIN index answers such a search exactly, so collecting costs a row read per match, where the walk
 * reads a whole word vector per incident it passes (the walk wins once matches are dense).
 */
const SORT_LIMIT = 5000;

function checkPaging(options: ListIncidentsOptions): void {
  for (const key of ['limit', 'offset'] as const) {
    const value = options[key];
    if (!Number.isInteger(value) || value < 0) {
      throw new ParallaxError('bad_argument', `${key} must be a non-negative integer.`, { [key]: value });
    }
  }
}

export type ListIncidentPage = (options: ListIncidentsOptions) => IncidentPage;

type CountedRow = Partial<IncidentRow> & { matches: number };

/**
 * Incident list with optional full-text filter. `total` counts every match up to SEARCH_COUNT_CAP
 * (or the end of the page, if further); beyond, it is that cap and `totalIsLowerBound` says so.
 *
 * A search first collects up to cap + 1 matching incidents through the GIN index of
 * incident_search. When that is all of them, they are sorted and paged at once. When there are
 * more, a common word, the page walks incidents in list order, keeps the matching ones and stops.
 */
export function createListIncidentPage(db: PgConnection): ListIncidentPage {
  // A store opened with an older migration list (tests) has no incident_search.
  const indexed = hasIncidentSearch(db);
  const unfiltered = (options: ListIncidentsOptions): IncidentPage => {
    const [count, page] = db.batch([
      { sql: `SELECT count(*)::int AS n FROM incidents` },
      { sql: `SELECT i.* FROM incidents i ${ORDER} LIMIT $1 OFFSET $2`, params: [options.limit, options.offset] },
    ]) as [{ n: number }[], IncidentRow[]];
    return { total: count[0]?.n ?? 0, items: page.map(toIncident) };
  };

  // Without the index, or for a query toSameRowQuery cannot rewrite (none that toFtsQuery writes): every match, sorted.
  const everyMatch = (q: string, options: ListIncidentsOptions): IncidentPage => {
    const [count, page] = db.batch([
      { sql: `SELECT count(*)::int AS n FROM incidents i WHERE i.id IN (${matchingIncidentIds(1)})`, params: [q] },
      { sql: `SELECT i.* FROM incidents i WHERE i.id IN (${matchingIncidentIds(1)}) ${ORDER} LIMIT $2 OFFSET $3`, params: [q, options.limit, options.offset] },
    ]) as [{ n: number }[], IncidentRow[]];
    return { total: count[0]?.n ?? 0, items: page.map(toIncident) };
  };

  const search = (q: string, options: ListIncidentsOptions, nested: boolean): IncidentPage => {
    const { query, exact, finish: done } = prepareSearch(db, q, nested);
    if (query === null) return done(everyMatch(q, options));
    if (query.sameRow === '') return done({ total: 0, items: [] });
    const cap = Math.max(SEARCH_COUNT_CAP, options.offset + options.limit);
    // Several words must be checked in each collected vector: no more than the count needs.
    const gather = query.single ? Math.max(cap + 1, SORT_LIMIT) : cap + 1;
    // The count of the collected matches rides on every page row; a page past the end still has one row.
    const collect = `WITH m AS MATERIALIZED (${matchingRows(query, `LIMIT ${gather}`)})
      SELECT c.matches, i.* FROM (SELECT count(*)::int AS matches FROM m) c
      LEFT JOIN (SELECT s.incident_id FROM m s ${SEARCH_ORDER} LIMIT $3 OFFSET $4) p ON true
      LEFT JOIN incidents i ON i.id = p.incident_id
      ${ORDER}`;
    const params = [query.sameRow, exact, options.limit, options.offset];
    // The walk's settings go along, in case the collected matches are not all of them.
    const [collected] = db.batch([{ sql: collect, params }, WALK_SCANS]) as [CountedRow[]];
    const matches = collected[0]?.matches ?? 0;
    if (matches < gather) {
      // Every match was collected, so the page sorted from them is the page.
      const items = collected.filter((row) => typeof row.id === 'string').map(({ matches: _m, ...row }) => toIncident(row as IncidentRow));
      return done(matches <= cap ? { total: matches, items } : { total: cap, totalIsLowerBound: true, items });
    }
    // Both parts walk the list order index (the second its partial twin) and merge.
    const walk = `SELECT i.* FROM (SELECT s.incident_id FROM (${matchingRows(query, `${SEARCH_ORDER} LIMIT $3::int + $4::int`)}) s
      ${SEARCH_ORDER} LIMIT $3 OFFSET $4) p
      JOIN incidents i ON i.id = p.incident_id ${ORDER}`;
    const [page] = db.batch([{ sql: walk, params }]) as [IncidentRow[]];
    return done({ total: cap, totalIsLowerBound: true, items: page.map(toIncident) });
  };

  return (options) => {
    checkPaging(options);
    // A blank query, or one of punctuation only, leaves nothing to search for: no filter.
    const q = options.q === undefined ? null : toFtsQuery(options.q);
    // One snapshot, so the total and the page agree; no writer lock, so readers never wait.
    return Object.freeze(
      db.read((nested) => (q === null ? unfiltered(options) : indexed ? search(q, options, nested) : everyMatch(q, options))),
    );
  };
}
