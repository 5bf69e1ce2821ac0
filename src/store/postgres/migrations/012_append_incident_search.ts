import type { Migration } from '../migration.js';
import { ROWS_PER_INCIDENT_LIMIT } from './007_search_by_incident.js';

/** Bytes of (word, row) pairs past which an incident's vector is NULL, as in migration 007. */
const BYTES_LIMIT = 1000000;

// The (word, row) pairs of `numbered` (n from 1) as a tsvector literal: each word quoted, quotes
// doubled, backslashes escaped; reading it merges a word's rows into one entry (migration 007).
const LITERAL = `coalesce((SELECT string_agg('''' || replace(replace(w, '\\', '\\\\'), '''', '''''') || ''':' || n, ' ') FROM pairs), '')::tsvector`;

// Migration 007's rebuild, which now also records how many rows and word bytes the vector holds,
// so that appending knows when the limits are crossed without reading the incident again.
const REFRESH = `
CREATE OR REPLACE FUNCTION parallax_refresh_incident_search(target TEXT) RETURNS void LANGUAGE sql AS $$
  WITH numbered AS MATERIALIZED (
    SELECT row_number() OVER () AS n, search FROM (
      SELECT c.search FROM claims c WHERE c.incident_id = target
      UNION ALL
      SELECT v.search FROM drafts d JOIN document_versions v ON v.id = d.version_id WHERE d.incident_id = target) r),
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

// The rows a transaction added, numbered from 1, joined after the stored vector: tsvector || tsvector
// shifts the right operand's positions past the left's largest, so each added row keeps a position
// of its own and "same position" still means "same row". Returns false when there is no stored
// vector with counts to append to (an incident indexed before this migration, or none yet).
const APPEND = `
CREATE FUNCTION parallax_append_incident_search(target TEXT) RETURNS boolean LANGUAGE sql AS $$
  WITH numbered AS MATERIALIZED (
    SELECT row_number() OVER () AS n, coalesce(a.search, v.search) AS search
    FROM incident_search_appended a LEFT JOIN document_versions v ON v.id = a.version_id WHERE a.incident_id = target),
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
 * Incident search vectors grow by appending (issue 6: the rebuild at commit was the largest single
 * cost of an ingest on the server, and grew with the incident).
 *
 * Migration 007 rebuilt an incident's whole vector at commit whenever a transaction touched it,
 * reading every claim and version of the incident again. Most transactions only add rows to an
 * incident (a document's draft placed in it, its new claims), so the insert triggers now keep the
 * added claims' vectors and the added drafts' version ids in `incident_search_appended` and mark
 * the incident pending with `full_rebuild` false; at commit those rows alone are numbered and
 * joined after the stored vector. A delete, or an
 * update that moves a row to another incident or changes its words, marks it `full_rebuild`: the rebuild
 * of migration 007, which forgets the appended rows. An update that changes neither (a claim's
 * position, a draft's JSON) marks nothing: the vector does not depend on it. `incident_search`
 * keeps the row and byte counts the limits are checked against; a vector stored before this step
 * has none and is rebuilt in full the first time it is touched.
 */
export const MIGRATION_012_APPEND_INCIDENT_SEARCH: Migration = Object.freeze({
  version: 12,
  name: 'append_incident_search',
  sql: `
ALTER TABLE incident_search ADD COLUMN row_count INT, ADD COLUMN byte_count BIGINT;
ALTER TABLE incident_search_pending ADD COLUMN full_rebuild BOOLEAN NOT NULL DEFAULT true;
-- Rows live here only inside a transaction (the flush at commit deletes them), so a crash can
-- lose nothing committed: no write-ahead log for them.
-- A claim's row brings its (small) vector; a draft's the id of its version, whose vector is large
-- and is read once, at commit.
CREATE UNLOGGED TABLE incident_search_appended (
  incident_id TEXT COLLATE "C" NOT NULL,
  search      TSVECTOR,
  version_id  TEXT COLLATE "C"
);
CREATE INDEX incident_search_appended_incident ON incident_search_appended (incident_id);
${REFRESH}
${APPEND}

CREATE OR REPLACE FUNCTION parallax_flush_incident_search() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  rebuild_all BOOLEAN;
BEGIN
  DELETE FROM incident_search_pending WHERE incident_id = NEW.incident_id RETURNING incident_search_pending.full_rebuild INTO rebuild_all;
  IF FOUND THEN
    -- A new incident has no stored vector yet: rebuilt at once, without numbering its rows twice.
    IF rebuild_all OR NOT EXISTS (SELECT 1 FROM incident_search WHERE incident_id = NEW.incident_id AND row_count IS NOT NULL)
       OR NOT parallax_append_incident_search(NEW.incident_id) THEN
      PERFORM parallax_refresh_incident_search(NEW.incident_id);
    END IF;
    DELETE FROM incident_search_appended WHERE incident_id = NEW.incident_id;
  END IF;
  RETURN NULL;
END $$;

-- Marks an incident for a full rebuild, whatever was appended to it before in the transaction.
CREATE FUNCTION parallax_mark_full(targets TEXT[]) RETURNS void LANGUAGE sql AS $$
  INSERT INTO incident_search_pending (incident_id, full_rebuild) SELECT DISTINCT t, true FROM unnest(targets) t WHERE t IS NOT NULL
  ON CONFLICT (incident_id) DO UPDATE SET full_rebuild = true WHERE NOT incident_search_pending.full_rebuild
$$;

-- A rebuild's delete of the claims it no longer has usually deletes none: then nothing to do.
CREATE OR REPLACE FUNCTION parallax_mark_old_rows() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF EXISTS (SELECT 1 FROM old_rows) THEN
    PERFORM parallax_mark_full(ARRAY(SELECT incident_id FROM old_rows));
  END IF;
  RETURN NULL;
END $$;

CREATE FUNCTION parallax_append_new_claims() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO incident_search_appended (incident_id, search) SELECT incident_id, search FROM new_rows WHERE incident_id IS NOT NULL;
  INSERT INTO incident_search_pending (incident_id, full_rebuild) SELECT DISTINCT incident_id, false FROM new_rows WHERE incident_id IS NOT NULL
  ON CONFLICT DO NOTHING;
  RETURN NULL;
END $$;
CREATE FUNCTION parallax_append_new_drafts() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO incident_search_appended (incident_id, version_id) SELECT incident_id, version_id FROM new_rows WHERE incident_id IS NOT NULL;
  INSERT INTO incident_search_pending (incident_id, full_rebuild) SELECT DISTINCT incident_id, false FROM new_rows WHERE incident_id IS NOT NULL
  ON CONFLICT DO NOTHING;
  RETURN NULL;
END $$;

-- Only an update that moves a row or changes its words changes a vector.
CREATE FUNCTION parallax_mark_changed_claims() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM old_rows) THEN RETURN NULL; END IF;
  PERFORM parallax_mark_full(ARRAY(
    SELECT x FROM old_rows o JOIN new_rows n ON n.id = o.id, LATERAL (VALUES (o.incident_id), (n.incident_id)) AS t(x)
    WHERE o.incident_id IS DISTINCT FROM n.incident_id OR o.search IS DISTINCT FROM n.search));
  RETURN NULL;
END $$;
CREATE FUNCTION parallax_mark_changed_drafts() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM old_rows) THEN RETURN NULL; END IF;
  PERFORM parallax_mark_full(ARRAY(
    SELECT x FROM old_rows o JOIN new_rows n ON n.version_id = o.version_id AND n.local_index = o.local_index,
      LATERAL (VALUES (o.incident_id), (n.incident_id)) AS t(x)
    WHERE o.incident_id IS DISTINCT FROM n.incident_id));
  RETURN NULL;
END $$;

DROP TRIGGER claims_search_insert ON claims;
DROP TRIGGER drafts_search_insert ON drafts;
DROP TRIGGER claims_search_update ON claims;
DROP TRIGGER drafts_search_update ON drafts;
CREATE TRIGGER claims_search_insert AFTER INSERT ON claims REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION parallax_append_new_claims();
CREATE TRIGGER drafts_search_insert AFTER INSERT ON drafts REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION parallax_append_new_drafts();
CREATE TRIGGER claims_search_update AFTER UPDATE ON claims REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION parallax_mark_changed_claims();
CREATE TRIGGER drafts_search_update AFTER UPDATE ON drafts REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION parallax_mark_changed_drafts();
`,
});
