import type Database from 'better-sqlite3';
import { ParallaxError } from '../../lib/errors.js';
import type { IncidentPage, ListIncidentsOptions } from '../Store.js';
import { toFtsQuery } from './toFtsQuery.js';
import { toIncident, type IncidentRow } from '../rows/incidentRows.js';

const ORDER = `ORDER BY i.date IS NULL, i.date DESC, i.id`;

// An incident matches when one of its claims does, or the text of a version holding one of its drafts.
const MATCHING_IDS = `
  SELECT c.incident_id AS id FROM claims_fts f JOIN claims c ON c.rowid = f.rowid WHERE claims_fts MATCH @q
  UNION
  SELECT d.incident_id AS id FROM document_versions_fts f
    JOIN document_versions v ON v.rowid = f.rowid
    JOIN drafts d ON d.version_id = v.id
  WHERE document_versions_fts MATCH @q AND d.incident_id IS NOT NULL`;

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
export function createListIncidentPage(db: Database.Database): ListIncidentPage {
  const allCount = db.prepare<[], { n: number }>(`SELECT count(*) AS n FROM incidents`);
  const allPage = db.prepare<{ limit: number; offset: number }, IncidentRow>(
    `SELECT i.* FROM incidents i ${ORDER} LIMIT @limit OFFSET @offset`,
  );
  const matchCount = db.prepare<{ q: string }, { n: number }>(
    `SELECT count(*) AS n FROM incidents i WHERE i.id IN (${MATCHING_IDS})`,
  );
  const matchPage = db.prepare<{ q: string; limit: number; offset: number }, IncidentRow>(
    `SELECT i.* FROM incidents i WHERE i.id IN (${MATCHING_IDS}) ${ORDER} LIMIT @limit OFFSET @offset`,
  );
  const readPage = db.transaction((options: ListIncidentsOptions): IncidentPage => {
    // A blank query, or one of punctuation only, leaves nothing to search for: no filter.
    const q = options.q === undefined ? null : toFtsQuery(options.q);
    const paging = { limit: options.limit, offset: options.offset };
    if (q === null) {
      return { total: allCount.get()?.n ?? 0, items: allPage.all(paging).map(toIncident) };
    }
    return { total: matchCount.get({ q })?.n ?? 0, items: matchPage.all({ q, ...paging }).map(toIncident) };
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
