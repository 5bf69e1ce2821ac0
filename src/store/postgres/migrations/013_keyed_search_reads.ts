import type { Migration } from '../migration.js';
import { ROWS_PER_INCIDENT_LIMIT } from './007_search_by_incident.js';

/** Bytes of (word, row) pairs past which an incident's vector is NULL, as in migrations 007 and 012. */
const BYTES_LIMIT = 1000000;

// As in migration 012: the (word, row) pairs of `numbered` as a tsvector literal.
const LITERAL = `coalesce((SELECT string_agg('''' || replace(replace(w, '\\', '\\\\'), '''', '''''') || ''':' || n, ' ') FROM pairs), '')::tsvector`;

// A version's vector by its key: at most one row (primary key), so the same rows as a join.
const VERSION_SEARCH = (versionId: string): string => `(SELECT v.search FROM document_versions v WHERE v.id = ${versionId})`;

// Migration 012's rebuild, the versions of the incident's drafts looked up by key.
const REFRESH = `
CREATE OR REPLACE FUNCTION parallax_refresh_incident_search(target TEXT) RETURNS void LANGUAGE sql AS $$
  WITH numbered AS MATERIALIZED (
    SELECT row_number() OVER () AS n, search FROM (
      SELECT c.search FROM claims c WHERE c.incident_id = target
      UNION ALL
      SELECT ${VERSION_SEARCH('d.version_id')} FROM drafts d WHERE d.incident_id = target) r),
  pairs AS MATERIALIZED (SELECT w, n FROM numbered, unnest(tsvector_to_array(numbered.search)) AS w),
  sized AS (SELECT coalesce((SELECT max(n) FROM numbered), 0) AS row_count, coalesce((SELECT sum(octet_length(w)) FROM pairs), 0) AS byte_count)
  INSERT INTO incident_search (incident_id, date, search, row_count, byte_count)
    SELECT i.id, i.date,
      CASE WHEN s.row_count > ${ROWS_PER_INCIDENT_LIMIT} OR s.byte_count > ${BYTES_LIMIT} THEN NULL ELSE ${LITERAL} END,
      s.row_count, s.byte_count
    FROM incidents i, sized s WHERE i.id = target
  ON CONFLICT (incident_id) DO UPDATE
    SET date = excluded.date, search = excluded.search, row_count = excluded.row_count, byte_count = excluded.byte_count
$$;`;

// Migration 012's append, an added draft's version looked up by key (a claim's row carries its vector).
const APPEND = `
CREATE OR REPLACE FUNCTION parallax_append_incident_search(target TEXT) RETURNS boolean LANGUAGE sql AS $$
  WITH numbered AS MATERIALIZED (
    SELECT row_number() OVER () AS n, coalesce(a.search, ${VERSION_SEARCH('a.version_id')}) AS search
    FROM incident_search_appended a WHERE a.incident_id = target),
  pairs AS MATERIALIZED (SELECT w, n FROM numbered, unnest(tsvector_to_array(numbered.search)) AS w),
  added AS (SELECT coalesce((SELECT max(n) FROM numbered), 0) AS row_count, coalesce((SELECT sum(octet_length(w)) FROM pairs), 0) AS byte_count),
  done AS (
    UPDATE incident_search s SET
      row_count = s.row_count + a.row_count,
      byte_count = s.byte_count + a.byte_count,
      search = CASE WHEN s.row_count + a.row_count > ${ROWS_PER_INCIDENT_LIMIT} OR s.byte_count + a.byte_count > ${BYTES_LIMIT} THEN NULL
                    ELSE s.search || ${LITERAL} END
    FROM added a WHERE s.incident_id = target AND s.row_count IS NOT NULL
    RETURNING 1)
  SELECT EXISTS (SELECT 1 FROM done)
$$;`;

/**
 * Incident search vectors read an incident's versions by key (issue 6: the server's share of an
 * ingest on the queue).
 *
 * Migration 012's rebuild and append joined the incident's drafts (or the rows a transaction
 * added) to `document_versions`. In a store whose statistics lag its growth — a fresh one, or any
 * during a burst of ingest, before autovacuum analyses it — the planner takes the table for a
 * small one and hashes the whole of it for every commit that touches an incident: a cost per
 * article growing with the store (with 1,000 documents stored, a third of each commit's search
 * update). Each draft's version is now looked up by its primary key; a draft's version always
 * exists (foreign key), and a row of `incident_search_appended` carries either a claim's vector or
 * a version id, so the rows, and the vectors built from them, are the same.
 *
 * The SQLite twin changes nothing: its incident search is kept by per-row triggers (migration 006)
 * and SQLite looks a joined primary key up by key.
 */
export const MIGRATION_013_KEYED_SEARCH_READS: Migration = Object.freeze({
  version: 13,
  name: 'keyed_search_reads',
  sql: `${REFRESH}
${APPEND}`,
});
