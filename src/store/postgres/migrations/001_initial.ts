import type { Migration } from '../migration.js';

/**
 * The first schema, column for column the SQLite one. JSON stays text (it round-trips exactly);
 * `seq` stands in for SQLite's rowid where insertion order matters. Full-text search uses stored
 * tsvector columns with GIN indexes under the `parallax` configuration: English Snowball stems
 * like FTS5's porter tokenizer, but no stop words, so every word a user types counts as in FTS5.
 * Text sorts by code point (COLLATE "C"), as in SQLite, whatever locale the server was created with.
 */
export const MIGRATION_001_INITIAL: Migration = Object.freeze({
  version: 1,
  name: 'initial',
  sql: `
CREATE TABLE parallax_meta (
  key   TEXT COLLATE "C" PRIMARY KEY,
  value TEXT COLLATE "C" NOT NULL
);

CREATE TEXT SEARCH DICTIONARY parallax_stem (TEMPLATE = snowball, Language = english);
CREATE TEXT SEARCH CONFIGURATION parallax (COPY = simple);
ALTER TEXT SEARCH CONFIGURATION parallax
  ALTER MAPPING FOR asciiword, asciihword, hword_asciipart, word, hword, hword_part WITH parallax_stem;

CREATE TABLE document_versions (
  seq                 BIGSERIAL UNIQUE,
  id                  TEXT COLLATE "C" PRIMARY KEY,
  document_id         TEXT COLLATE "C" NOT NULL,
  previous_version_id TEXT COLLATE "C" REFERENCES document_versions(id),
  sha256              TEXT NOT NULL UNIQUE,
  format              TEXT COLLATE "C" NOT NULL,
  text                TEXT COLLATE "C" NOT NULL,
  body_start          INTEGER NOT NULL,
  title               TEXT COLLATE "C",
  url                 TEXT COLLATE "C",
  outlet              TEXT COLLATE "C",
  author              TEXT COLLATE "C",
  published           TEXT COLLATE "C",
  anchor              TEXT COLLATE "C" NOT NULL,
  update_notes        TEXT COLLATE "C" NOT NULL,
  source_path         TEXT COLLATE "C",
  ingested_at         TEXT COLLATE "C" NOT NULL,
  search              TSVECTOR GENERATED ALWAYS AS (to_tsvector('parallax', coalesce(title, '') || ' ' || text)) STORED
);
CREATE INDEX document_versions_document ON document_versions(document_id, seq);
CREATE INDEX document_versions_url ON document_versions(url);
CREATE INDEX document_versions_search ON document_versions USING GIN (search);

CREATE TABLE attributions (
  id           TEXT COLLATE "C" PRIMARY KEY,
  version_id   TEXT COLLATE "C" NOT NULL REFERENCES document_versions(id) ON DELETE CASCADE,
  position     INTEGER NOT NULL,
  kind         TEXT COLLATE "C" NOT NULL,
  speaker_name TEXT COLLATE "C",
  speaker      TEXT COLLATE "C",
  source       TEXT COLLATE "C",
  cue          TEXT COLLATE "C",
  content      TEXT COLLATE "C" NOT NULL,
  sentence     INTEGER NOT NULL,
  stage        TEXT COLLATE "C" NOT NULL,
  UNIQUE (version_id, position)
);
CREATE INDEX attributions_speaker ON attributions(speaker_name);

CREATE TABLE incidents (
  id             TEXT COLLATE "C" PRIMARY KEY,
  date           TEXT COLLATE "C",
  date_precision TEXT COLLATE "C" NOT NULL,
  time           TEXT COLLATE "C",
  city           TEXT COLLATE "C",
  state          TEXT COLLATE "C",
  place          TEXT COLLATE "C",
  lat            DOUBLE PRECISION,
  lon            DOUBLE PRECISION,
  agencies       TEXT COLLATE "C" NOT NULL,
  persons        TEXT COLLATE "C" NOT NULL,
  charges        TEXT COLLATE "C" NOT NULL,
  force          TEXT COLLATE "C" NOT NULL,
  footage        TEXT COLLATE "C",
  sources        TEXT COLLATE "C" NOT NULL,
  contested      TEXT COLLATE "C" NOT NULL,
  stage          TEXT COLLATE "C" NOT NULL
);
CREATE INDEX incidents_date ON incidents(date);
CREATE INDEX incidents_state_city ON incidents(state, city);

-- incident_id has no foreign key: drafts are stored before resolution decides their incident,
-- and deleteIncident unassigns them explicitly.
CREATE TABLE drafts (
  version_id   TEXT COLLATE "C" NOT NULL REFERENCES document_versions(id) ON DELETE CASCADE,
  local_index  INTEGER NOT NULL,
  document_id  TEXT COLLATE "C" NOT NULL,
  incident_id  TEXT COLLATE "C",
  is_primary   BOOLEAN NOT NULL,
  published    TEXT COLLATE "C",
  draft        TEXT COLLATE "C" NOT NULL,
  PRIMARY KEY (version_id, local_index)
);
CREATE INDEX drafts_incident ON drafts(incident_id);

CREATE TABLE claims (
  id             TEXT COLLATE "C" PRIMARY KEY,
  incident_id    TEXT COLLATE "C" NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,
  position       INTEGER NOT NULL,
  version_id     TEXT COLLATE "C" NOT NULL REFERENCES document_versions(id),
  document_id    TEXT COLLATE "C" NOT NULL,
  facet          TEXT COLLATE "C" NOT NULL,
  value          TEXT COLLATE "C" NOT NULL,
  stance         TEXT COLLATE "C" NOT NULL,
  text           TEXT COLLATE "C" NOT NULL,
  start          INTEGER NOT NULL,
  "end"          INTEGER NOT NULL,
  speaker_name   TEXT COLLATE "C",
  speaker        TEXT COLLATE "C",
  side           TEXT COLLATE "C" NOT NULL,
  attribution_id TEXT COLLATE "C",
  stage          TEXT COLLATE "C" NOT NULL,
  search         TSVECTOR GENERATED ALWAYS AS
    (to_tsvector('parallax', text || ' ' || value || ' ' || coalesce(speaker_name, ''))) STORED
);
CREATE INDEX claims_incident ON claims(incident_id, position);
CREATE INDEX claims_version ON claims(version_id);
CREATE INDEX claims_facet ON claims(facet);
CREATE INDEX claims_side ON claims(side);
CREATE INDEX claims_speaker ON claims(speaker_name);
CREATE INDEX claims_search ON claims USING GIN (search);

CREATE TABLE failures (
  seq     BIGSERIAL PRIMARY KEY,
  path    TEXT COLLATE "C" NOT NULL,
  code    TEXT COLLATE "C" NOT NULL,
  message TEXT COLLATE "C" NOT NULL,
  at      TEXT COLLATE "C" NOT NULL
);
`,
});
