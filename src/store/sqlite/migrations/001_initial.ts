import type { Migration } from '../migration.js';

/**
 * The first schema. Nested, rarely-filtered fields are JSON text; everything a query filters or
 * joins on (facet, side, speaker_name, incident_id, version_id…) is a real, indexed column.
 * FTS tables use external content so the text is stored once; triggers keep them in step.
 */
export const MIGRATION_001_INITIAL: Migration = Object.freeze({
  version: 1,
  name: 'initial',
  sql: `
CREATE TABLE parallax_meta (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
) STRICT;

CREATE TABLE document_versions (
  id                  TEXT PRIMARY KEY,
  document_id         TEXT NOT NULL,
  previous_version_id TEXT REFERENCES document_versions(id),
  sha256              TEXT NOT NULL UNIQUE,
  format              TEXT NOT NULL,
  text                TEXT NOT NULL,
  body_start          INTEGER NOT NULL,
  title               TEXT,
  url                 TEXT,
  outlet              TEXT,
  author              TEXT,
  published           TEXT,
  anchor              TEXT NOT NULL,
  update_notes        TEXT NOT NULL,
  source_path         TEXT,
  ingested_at         TEXT NOT NULL
);
CREATE INDEX document_versions_document ON document_versions(document_id);
CREATE INDEX document_versions_url ON document_versions(url);

CREATE VIRTUAL TABLE document_versions_fts USING fts5(
  title, text,
  content='document_versions', content_rowid='rowid',
  tokenize='porter unicode61 remove_diacritics 2'
);
CREATE TRIGGER document_versions_fts_insert AFTER INSERT ON document_versions BEGIN
  INSERT INTO document_versions_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
END;
CREATE TRIGGER document_versions_fts_delete AFTER DELETE ON document_versions BEGIN
  INSERT INTO document_versions_fts(document_versions_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text);
END;
CREATE TRIGGER document_versions_fts_update AFTER UPDATE ON document_versions BEGIN
  INSERT INTO document_versions_fts(document_versions_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text);
  INSERT INTO document_versions_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
END;

CREATE TABLE attributions (
  id           TEXT PRIMARY KEY,
  version_id   TEXT NOT NULL REFERENCES document_versions(id) ON DELETE CASCADE,
  position     INTEGER NOT NULL,
  kind         TEXT NOT NULL,
  speaker_name TEXT,
  speaker      TEXT,
  source       TEXT,
  cue          TEXT,
  content      TEXT NOT NULL,
  sentence     INTEGER NOT NULL,
  stage        TEXT NOT NULL,
  UNIQUE (version_id, position)
);
CREATE INDEX attributions_speaker ON attributions(speaker_name);

CREATE TABLE incidents (
  id             TEXT PRIMARY KEY,
  date           TEXT,
  date_precision TEXT NOT NULL,
  time           TEXT,
  city           TEXT,
  state          TEXT,
  place          TEXT,
  lat            REAL,
  lon            REAL,
  agencies       TEXT NOT NULL,
  persons        TEXT NOT NULL,
  charges        TEXT NOT NULL,
  force          TEXT NOT NULL,
  footage        TEXT,
  sources        TEXT NOT NULL,
  contested      TEXT NOT NULL,
  stage          TEXT NOT NULL
);
CREATE INDEX incidents_date ON incidents(date);
CREATE INDEX incidents_state_city ON incidents(state, city);

-- incident_id has no foreign key: drafts are stored before resolution decides their incident,
-- and deleteIncident unassigns them explicitly.
CREATE TABLE drafts (
  version_id   TEXT NOT NULL REFERENCES document_versions(id) ON DELETE CASCADE,
  local_index  INTEGER NOT NULL,
  document_id  TEXT NOT NULL,
  incident_id  TEXT,
  is_primary   INTEGER NOT NULL,
  published    TEXT,
  draft        TEXT NOT NULL,
  PRIMARY KEY (version_id, local_index)
);
CREATE INDEX drafts_incident ON drafts(incident_id);

-- attribution_id has no foreign key: attributions are replaced whole when a version is
-- re-analysed, and a claim keeps its id until its incident is saved again.
CREATE TABLE claims (
  id             TEXT PRIMARY KEY,
  incident_id    TEXT NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,
  position       INTEGER NOT NULL,
  version_id     TEXT NOT NULL REFERENCES document_versions(id),
  document_id    TEXT NOT NULL,
  facet          TEXT NOT NULL,
  value          TEXT NOT NULL,
  stance         TEXT NOT NULL,
  text           TEXT NOT NULL,
  start          INTEGER NOT NULL,
  end            INTEGER NOT NULL,
  speaker_name   TEXT,
  speaker        TEXT,
  side           TEXT NOT NULL,
  attribution_id TEXT,
  stage          TEXT NOT NULL
);
CREATE INDEX claims_incident ON claims(incident_id, position);
CREATE INDEX claims_version ON claims(version_id);
CREATE INDEX claims_facet ON claims(facet);
CREATE INDEX claims_side ON claims(side);
CREATE INDEX claims_speaker ON claims(speaker_name);

CREATE VIRTUAL TABLE claims_fts USING fts5(
  text, value, speaker_name,
  content='claims', content_rowid='rowid',
  tokenize='porter unicode61 remove_diacritics 2'
);
CREATE TRIGGER claims_fts_insert AFTER INSERT ON claims BEGIN
  INSERT INTO claims_fts(rowid, text, value, speaker_name) VALUES (new.rowid, new.text, new.value, new.speaker_name);
END;
CREATE TRIGGER claims_fts_delete AFTER DELETE ON claims BEGIN
  INSERT INTO claims_fts(claims_fts, rowid, text, value, speaker_name) VALUES ('delete', old.rowid, old.text, old.value, old.speaker_name);
END;
CREATE TRIGGER claims_fts_update AFTER UPDATE ON claims BEGIN
  INSERT INTO claims_fts(claims_fts, rowid, text, value, speaker_name) VALUES ('delete', old.rowid, old.text, old.value, old.speaker_name);
  INSERT INTO claims_fts(rowid, text, value, speaker_name) VALUES (new.rowid, new.text, new.value, new.speaker_name);
END;

CREATE TABLE failures (
  seq     INTEGER PRIMARY KEY AUTOINCREMENT,
  path    TEXT NOT NULL,
  code    TEXT NOT NULL,
  message TEXT NOT NULL,
  at      TEXT NOT NULL
);
`,
});
