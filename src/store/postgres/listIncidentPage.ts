import { ParallaxError } from '../../lib/errors.js';
import type { IncidentPage, ListIncidentsOptions } from '../Store.js';
import { matchingIncidentIds } from './matchingIncidentIds.js';
import type { PgConnection } from './openConnection.js';
import { toFtsQuery } from './toFtsQuery.js';
import { toIncident, type IncidentRow } from '../rows/incidentRows.js';

const ORDER = `ORDER BY i.date IS NULL, i.date DESC, i.id`;

function checkPaging(options: ListIncidentsOptions): void {
  for (const key of ['limit', 'offset'] as const) {
    const value = options[key];
    if (!Number.isInteger(value) || value < 0) {
      throw new ParallaxError('bad_argument', `${key} must be a non-negative integer.`, { [key]: value });
    }
  }
}

export type ListIncidentPage = (options: ListIncidentsOptions) => IncidentPage;

/** Incident list with optional full-text filter; `total` counts every match, not just the page. */
export function createListIncidentPage(db: PgConnection): ListIncidentPage {
  const readPage = (options: ListIncidentsOptions): IncidentPage => {
    // A blank query, or one of punctuation only, leaves nothing to search for: no filter.
    const q = options.q === undefined ? null : toFtsQuery(options.q);
    if (q === null) {
      const [count, page] = db.batch([
        { sql: `SELECT count(*)::int AS n FROM incidents` },
        { sql: `SELECT i.* FROM incidents i ${ORDER} LIMIT $1 OFFSET $2`, params: [options.limit, options.offset] },
      ]) as [{ n: number }[], IncidentRow[]];
      return { total: count[0]?.n ?? 0, items: page.map(toIncident) };
    }
    // The matches are found once: the page carries their count (a window over every match, taken
    // before LIMIT). Only a page past the end, which has no row to carry it, counts separately.
    const page = db.query<IncidentRow & { matches: number }>(
      `SELECT i.*, (count(*) OVER ())::int AS matches FROM incidents i WHERE i.id IN (${matchingIncidentIds(1)}) ${ORDER} LIMIT $2 OFFSET $3`,
      [q, options.limit, options.offset],
    );
    const total =
      page[0]?.matches ??
      db.query<{ n: number }>(`SELECT count(*)::int AS n FROM incidents i WHERE i.id IN (${matchingIncidentIds(1)})`, [q])[0]?.n ??
      0;
    return { total, items: page.map(({ matches: _matches, ...row }) => toIncident(row)) };
  };
  return (options) => {
    checkPaging(options);
    // One transaction so the total and the page see the same snapshot, as in SQLite.
    return Object.freeze(db.transaction(() => readPage(options)));
  };
}
