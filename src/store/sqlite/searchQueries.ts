import type Database from 'better-sqlite3';

// Search rows newest first (migration 006: the rowid starts with the incident's date in list
// order), so a page reads the matches of its own dates and stops, however many incidents match.
const WALK = `SELECT r.incident_id AS id, s.rowid >> 40 AS dateKey FROM incident_search s JOIN incident_search_rows r ON r.rowid = s.rowid
  WHERE incident_search MATCH @q ORDER BY s.rowid`;

const MATCHING = `SELECT DISTINCT r.incident_id AS id FROM incident_search s JOIN incident_search_rows r ON r.rowid = s.rowid
  WHERE incident_search MATCH @q ORDER BY id`;

// The rule before migration 006 (a claim of the incident, or the text of a member version), for a
// database opened with an older migration list (tests): its own indexes go in migration 010.
const MATCHING_BEFORE_006 = `
  SELECT c.incident_id AS id FROM claims_fts f JOIN claims c ON c.rowid = f.rowid WHERE claims_fts MATCH @q
  UNION
  SELECT d.incident_id AS id FROM document_versions_fts f
    JOIN document_versions v ON v.rowid = f.rowid
    JOIN drafts d ON d.version_id = v.id
  WHERE document_versions_fts MATCH @q AND d.incident_id IS NOT NULL`;

export interface SearchQueries {
  /** Rows `{id, dateKey}` of every match, newest date key first; an incident may repeat. */
  readonly walk: string;
  /** Rows `{id}`, each matching incident once, in id order (as PostgreSQL's). */
  readonly matching: string;
}

/**
 * The SQL of a full-text search for the schema `db` has: one matching rule, a claim of the incident
 * or the title and text of a version with a draft placed in it, every word in the same row.
 */
export function selectSearchQueries(db: Database.Database): SearchQueries {
  const indexed = Boolean(db.prepare(`SELECT 1 FROM sqlite_master WHERE name = 'incident_search'`).get());
  if (indexed) return { walk: WALK, matching: MATCHING };
  return { walk: `SELECT id, 0 AS dateKey FROM (${MATCHING_BEFORE_006})`, matching: MATCHING_BEFORE_006 };
}
