import type { Migration } from '../migration.js';

// A date's place in the list order as an integer, smallest first: later dates are smaller, undated
// is the largest. Monotone with the text order of ISO dates (a partial "2025-03" comes after every
// "2025-03-DD", as in the list) but one key per day: the list breaks ties by id itself. Ascending because FTS5 reads doclists fastest forwards.
const dateKey = (date: string): string =>
  `(CASE WHEN ${date} IS NULL THEN 8388607 ELSE max(0, min(8388606, 8388606 - ((CAST(substr(${date}, 1, 4) AS INTEGER) - 1800) * 512
    + CAST(substr(${date}, 6, 2) AS INTEGER) * 32 + CAST(substr(${date}, 9, 2) AS INTEGER)))) END)`;

// Search rowids: date key in the high bits, the source row below (a claim's rowid, or 2^39 + a draft's).
const claimRowid = (date: string, claim: string): string => `((${dateKey(date)} << 40) | ${claim})`;
const draftRowid = (date: string, draft: string): string => `((${dateKey(date)} << 40) | (1 << 39) | ${draft})`;

// CROSS JOIN keeps the source table outermost: without statistics SQLite may otherwise walk every
// search row of a kind to find the few of one incident.
const indexClaims = (where: string): string => `
  INSERT INTO incident_search_rows (rowid, incident_id, kind, source)
    SELECT ${claimRowid('i.date', 'c.rowid')}, c.incident_id, 0, c.rowid FROM claims c JOIN incidents i ON i.id = c.incident_id WHERE ${where};
  INSERT INTO incident_search (rowid, a, b, c)
    SELECT r.rowid, c.text, c.value, c.speaker_name FROM claims c CROSS JOIN incident_search_rows r ON r.kind = 0 AND r.source = c.rowid WHERE ${where};`;

const indexDrafts = (where: string): string => `
  INSERT INTO incident_search_rows (rowid, incident_id, kind, source)
    SELECT ${draftRowid('i.date', 'd.rowid')}, d.incident_id, 1, d.rowid FROM drafts d JOIN incidents i ON i.id = d.incident_id WHERE ${where};
  INSERT INTO incident_search (rowid, a, b, c)
    SELECT r.rowid, v.title, v.text, NULL FROM drafts d
      CROSS JOIN incident_search_rows r ON r.kind = 1 AND r.source = d.rowid
      JOIN document_versions v ON v.id = d.version_id WHERE ${where};`;

// Deleting a row of incident_search_rows deletes its search row (trigger below): FTS5 finds a
// rowid by equality, but \`rowid IN (subquery)\` made it scan the whole index on every write.
const unindex = (where: string): string => `
  DELETE FROM incident_search_rows WHERE ${where};`;

/**
 * Search and placement that do not grow with the store (issue 6, found by `npm run bench`).
 *
 * `incident_search` holds the same searchable rows as claims_fts and document_versions_fts (a
 * claim's text, value and speaker; the title and text of each version for each incident a draft
 * of it is placed in), so a query matches the same incidents, but its rowid starts with the
 * incident's place in the list order: `ORDER BY rowid` walks matches newest first and the first page stops
 * early instead of collecting every match. Contentless: the text stays in claims and versions.
 * `incident_search_rows` says which incident each search row belongs to. Triggers keep both in
 * step with claims, drafts and incident dates.
 *
 * `incident_blocking_keys` lists each incident under its subject's name words, city and scene
 * (see rows/blockingKeys.ts), with its date, for placement; the store writes it with the incident
 * (the keys need Unicode folding, which SQL lacks). Rows of databases migrated from 5 are written
 * on first use, flagged by the `blocking_keys` meta row.
 */
export const MIGRATION_006_INCIDENT_SEARCH: Migration = Object.freeze({
  version: 6,
  name: 'incident_search',
  sql: `
CREATE TABLE incident_search_rows (
  rowid       INTEGER PRIMARY KEY,
  incident_id TEXT NOT NULL,
  kind        INTEGER NOT NULL,
  source      INTEGER NOT NULL
);
CREATE UNIQUE INDEX incident_search_rows_source ON incident_search_rows(kind, source);
CREATE INDEX incident_search_rows_incident ON incident_search_rows(incident_id);

CREATE VIRTUAL TABLE incident_search USING fts5(
  a, b, c,
  content='', contentless_delete=1,
  tokenize='porter unicode61 remove_diacritics 2'
);

CREATE TRIGGER incident_search_rows_delete AFTER DELETE ON incident_search_rows BEGIN
  DELETE FROM incident_search WHERE rowid = old.rowid;
END;
CREATE TRIGGER incident_search_claim_insert AFTER INSERT ON claims BEGIN
  ${indexClaims('c.rowid = new.rowid')}
END;
CREATE TRIGGER incident_search_claim_delete AFTER DELETE ON claims BEGIN
  ${unindex('kind = 0 AND source = old.rowid')}
END;
CREATE TRIGGER incident_search_claim_update AFTER UPDATE ON claims BEGIN
  ${unindex('kind = 0 AND source = old.rowid')}
  ${indexClaims('c.rowid = new.rowid')}
END;
CREATE TRIGGER incident_search_draft_insert AFTER INSERT ON drafts WHEN new.incident_id IS NOT NULL BEGIN
  ${indexDrafts('d.rowid = new.rowid')}
END;
CREATE TRIGGER incident_search_draft_delete AFTER DELETE ON drafts BEGIN
  ${unindex('kind = 1 AND source = old.rowid')}
END;
CREATE TRIGGER incident_search_draft_update AFTER UPDATE OF incident_id, version_id ON drafts BEGIN
  ${unindex('kind = 1 AND source = old.rowid')}
  ${indexDrafts('d.rowid = new.rowid')}
END;
-- Drafts are often placed before their incident is first saved; a new or re-dated incident
-- (re)indexes everything it holds under its date.
CREATE TRIGGER incident_search_incident_insert AFTER INSERT ON incidents BEGIN
  ${unindex('incident_id = new.id')}
  ${indexClaims('c.incident_id = new.id')}
  ${indexDrafts('d.incident_id = new.id')}
END;
CREATE TRIGGER incident_search_incident_date AFTER UPDATE OF date ON incidents WHEN old.date IS NOT new.date BEGIN
  ${unindex('incident_id = new.id')}
  ${indexClaims('c.incident_id = new.id')}
  ${indexDrafts('d.incident_id = new.id')}
END;
CREATE TRIGGER incident_search_incident_delete AFTER DELETE ON incidents BEGIN
  ${unindex('incident_id = old.id')}
END;

${indexClaims('1')}
${indexDrafts('1')}

CREATE TABLE incident_blocking_keys (
  key         TEXT NOT NULL,
  date        TEXT,
  incident_id TEXT NOT NULL
);
CREATE INDEX incident_blocking_keys_key ON incident_blocking_keys(key, date);
CREATE INDEX incident_blocking_keys_incident ON incident_blocking_keys(incident_id);
CREATE TRIGGER incident_blocking_keys_delete AFTER DELETE ON incidents BEGIN
  DELETE FROM incident_blocking_keys WHERE incident_id = old.id;
END;
INSERT INTO parallax_meta (key, value) SELECT 'blocking_keys', 'stale' WHERE EXISTS (SELECT 1 FROM incidents);
`,
});
