import type Database from 'better-sqlite3';
import { ParallaxError } from '../../lib/errors.js';
import { SEARCH_COUNT_CAP, type IncidentPage, type ListIncidentsOptions } from '../Store.js';
import { selectSearchQueries } from './searchQueries.js';
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

interface Walked {
  readonly ids: readonly string[];
  /** true when every match was read: the number of ids is the exact total. */
  readonly exhausted: boolean;
}

/**
 * Incident list with optional full-text filter. `total` counts every match up to SEARCH_COUNT_CAP;
 * beyond, it is that cap and `totalIsLowerBound` says so.
 */
export function createListIncidentPage(db: Database.Database): ListIncidentPage {
  const allCount = db.prepare<[], { n: number }>(`SELECT count(*) AS n FROM incidents`);
  const allPage = db.prepare<{ limit: number; offset: number }, IncidentRow>(
    `SELECT i.* FROM incidents i ${ORDER} LIMIT @limit OFFSET @offset`,
  );
  const search = selectSearchQueries(db);
  const walk = db.prepare<{ q: string }, { id: string; dateKey: number }>(search.walk);
  const countUpTo = db.prepare<{ q: string; cap: number }, { n: number }>(
    `SELECT count(*) AS n FROM (SELECT DISTINCT id FROM (${search.walk}) LIMIT @cap)`,
  );
  const pageOf = db.prepare<{ ids: string; limit: number; offset: number }, IncidentRow>(
    `SELECT i.* FROM incidents i WHERE i.id IN (SELECT value FROM json_each(@ids)) ${ORDER} LIMIT @limit OFFSET @offset`,
  );
  // The first `need` matching incidents in walk order, plus every other match of the last date
  // key read: keys only order dates, so the exact order (date, then id) is settled among these.
  const walkMatches = (q: string, need: number): Walked => {
    const seen = new Set<string>();
    let lastKey: number | null = null;
    for (const row of walk.iterate({ q })) {
      if (seen.size >= need && row.dateKey !== lastKey) return { ids: [...seen], exhausted: false };
      seen.add(row.id);
      lastKey = row.dateKey;
    }
    return { ids: [...seen], exhausted: true };
  };
  const readPage = db.transaction((options: ListIncidentsOptions): IncidentPage => {
    // A blank query, or one of punctuation only, leaves nothing to search for: no filter.
    const q = options.q === undefined ? null : toFtsQuery(options.q);
    const paging = { limit: options.limit, offset: options.offset };
    if (q === null) {
      return { total: allCount.get()?.n ?? 0, items: allPage.all(paging).map(toIncident) };
    }
    const walked = walkMatches(q, options.offset + options.limit);
    const items = pageOf.all({ ids: JSON.stringify(walked.ids), ...paging }).map(toIncident);
    if (walked.exhausted) return { total: walked.ids.length, items };
    const cap = Math.max(SEARCH_COUNT_CAP, walked.ids.length);
    const counted = countUpTo.get({ q, cap: cap + 1 })?.n ?? 0;
    return counted > cap ? { total: cap, totalIsLowerBound: true, items } : { total: counted, items };
  });
  return (options) => {
    checkPaging(options);
    try {
      return Object.freeze(readPage(options));
    } catch (err) {
      // toFtsQuery should make syntax errors impossible; if one slips through, the user sees a clear code.
      if (err instanceof Error && /fts5/i.test(err.message)) {
        throw new ParallaxError('bad_argument', 'The search query could not be understood.', { q: options.q });
      }
      throw err;
    }
  };
}
