import type { Migration } from '../migration.js';

/** Searchable rows an incident may have before its words lose their row (tsvector keeps ≤ 256 positions per word). */
export const ROWS_PER_INCIDENT_LIMIT = 250;

// Every searchable row of the incident `target` — its claims (text, value, speaker), the versions
// its drafts come from (title and text): the rows SQLite's incident_search holds — numbered from 1
// in any order (a number only has to tell one row from another), and each word with its row.
const WORDS_BY_ROW = `
  numbered AS MATERIALIZED (
    SELECT row_number() OVER () AS n, search FROM (
      SELECT c.search FROM claims c WHERE c.incident_id = target
      UNION ALL
      SELECT v.search FROM drafts d JOIN document_versions v ON v.id = d.version_id WHERE d.incident_id = target) r),
  pairs AS MATERIALIZED (SELECT w, n FROM numbered, unnest(tsvector_to_array(numbered.search)) AS w)`;

// A tsvector literal of every (word, row) pair, each word quoted with quotes doubled and
// backslashes escaped; reading it merges a word's rows into one entry. Past the limits, NULL.
const VECTOR = `CASE
      WHEN (SELECT max(n) FROM numbered) > ${ROWS_PER_INCIDENT_LIMIT} OR (SELECT sum(octet_length(w)) FROM pairs) > 1000000 THEN NULL
      ELSE coalesce((SELECT string_agg('''' || replace(replace(w, '\\', '\\\\'), '''', '''''') || ''':' || n, ' ') FROM pairs), '')::tsvector
    END`;

/**
 * Search that walks incidents in list order (issue 6; SQLite's migration 006 for PostgreSQL).
 *
 * `incident_search` has one row per incident: its date (the list order, with a btree index, so a
 * page of a common word walks the newest incidents and stops) and every word of its searchable
 * rows in one tsvector (GIN, so a rare word is looked up). The search rule is per row — every word
 * of the query in the same claim or the same version — so each word's positions are the numbers of
 * the rows it occurs in, and the query `a <0> b` (same position) means "in the same row". An
 * incident with more rows than a word can keep positions for (`ROWS_PER_INCIDENT_LIMIT`), or more
 * words than a tsvector holds (1 MB of lexemes), gets a NULL vector: searches check it row by row.
 *
 * Writes mark an incident in `incident_search_pending` (statement triggers: one insert per
 * statement, not per row); a deferred constraint trigger rebuilds each marked incident once, at
 * commit, after all of a rebuild's deletes and inserts. A reader inside a writing transaction
 * asks for the rebuild first (SET CONSTRAINTS … IMMEDIATE). A changed date is copied at once.
 *
 * A database that already holds incidents is indexed after the migration, in chunks (rebuilding a
 * vector costs milliseconds: a large store would hold the migration's transaction for minutes);
 * until the `incident_search` meta row is gone, searches use the rule on claims and versions.
 */
export const MIGRATION_007_SEARCH_BY_INCIDENT: Migration = Object.freeze({
  version: 7,
  name: 'search_by_incident',
  sql: `
CREATE TABLE incident_search (
  incident_id TEXT COLLATE "C" PRIMARY KEY REFERENCES incidents(id) ON DELETE CASCADE,
  date        TEXT COLLATE "C",
  search      TSVECTOR
);
-- Walking the list reads a vector per incident: stored uncompressed, reading one costs a third.
ALTER TABLE incident_search ALTER COLUMN search SET STORAGE EXTERNAL;
CREATE INDEX incident_search_order ON incident_search ((date IS NULL), date DESC, incident_id);
CREATE INDEX incident_search_words ON incident_search USING GIN (search);
CREATE INDEX incident_search_wide ON incident_search ((date IS NULL), date DESC, incident_id) WHERE search IS NULL;

CREATE TABLE incident_search_pending (
  incident_id TEXT COLLATE "C" PRIMARY KEY
);

-- A deleted incident's row goes with it (foreign key); an incident that does not exist gets none.
CREATE FUNCTION parallax_refresh_incident_search(target TEXT) RETURNS void LANGUAGE sql AS $$
  WITH ${WORDS_BY_ROW}
  INSERT INTO incident_search (incident_id, date, search)
    SELECT i.id, i.date, ${VECTOR} FROM incidents i WHERE i.id = target
  ON CONFLICT (incident_id) DO UPDATE SET date = excluded.date, search = excluded.search
$$;

CREATE FUNCTION parallax_flush_incident_search() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM incident_search_pending WHERE incident_id = NEW.incident_id;
  IF FOUND THEN
    PERFORM parallax_refresh_incident_search(NEW.incident_id);
  END IF;
  RETURN NULL;
END $$;
CREATE CONSTRAINT TRIGGER incident_search_refresh AFTER INSERT ON incident_search_pending
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION parallax_flush_incident_search();

CREATE FUNCTION parallax_mark_new_rows() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO incident_search_pending SELECT DISTINCT incident_id FROM new_rows WHERE incident_id IS NOT NULL ON CONFLICT DO NOTHING;
  RETURN NULL;
END $$;
CREATE FUNCTION parallax_mark_old_rows() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO incident_search_pending SELECT DISTINCT incident_id FROM old_rows WHERE incident_id IS NOT NULL ON CONFLICT DO NOTHING;
  RETURN NULL;
END $$;
CREATE FUNCTION parallax_mark_changed_rows() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO incident_search_pending
    SELECT incident_id FROM old_rows WHERE incident_id IS NOT NULL UNION SELECT incident_id FROM new_rows WHERE incident_id IS NOT NULL
  ON CONFLICT DO NOTHING;
  RETURN NULL;
END $$;
${['claims', 'drafts']
  .map(
    (t) => `CREATE TRIGGER ${t}_search_insert AFTER INSERT ON ${t} REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION parallax_mark_new_rows();
CREATE TRIGGER ${t}_search_delete AFTER DELETE ON ${t} REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION parallax_mark_old_rows();
CREATE TRIGGER ${t}_search_update AFTER UPDATE ON ${t} REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION parallax_mark_changed_rows();`,
  )
  .join('\n')}

-- A new incident may already hold drafts placed before it was saved.
CREATE FUNCTION parallax_mark_new_incidents() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO incident_search_pending SELECT id FROM new_rows ON CONFLICT DO NOTHING;
  RETURN NULL;
END $$;
CREATE TRIGGER incidents_search_insert AFTER INSERT ON incidents REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION parallax_mark_new_incidents();
CREATE FUNCTION parallax_copy_incident_dates() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE incident_search s SET date = n.date FROM new_rows n WHERE s.incident_id = n.id AND s.date IS DISTINCT FROM n.date;
  RETURN NULL;
END $$;
CREATE TRIGGER incidents_search_update AFTER UPDATE ON incidents REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION parallax_copy_incident_dates();

-- Incidents stored before this step are indexed after it, a chunk per transaction (backfillIncidentSearch).
INSERT INTO parallax_meta (key, value) SELECT 'incident_search', 'stale' WHERE EXISTS (SELECT 1 FROM incidents);
`,
});
