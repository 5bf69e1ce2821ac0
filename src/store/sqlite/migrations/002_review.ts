import type { Migration } from '../migration.js';

/**
 * Review: the audit log (append-only) and reviewers' decisions and visibility rules. Decisions are
 * keyed by incident and item, not stored inside the incident row, so rebuilding an incident from
 * its documents never erases what a human decided. No foreign key to incidents: the log must
 * outlive a merged or deleted incident.
 */
export const MIGRATION_002_REVIEW: Migration = Object.freeze({
  version: 2,
  name: 'review',
  sql: `
CREATE TABLE audit_log (
  seq          INTEGER PRIMARY KEY,
  id           TEXT NOT NULL UNIQUE,
  at           TEXT NOT NULL,
  actor        TEXT NOT NULL,
  action       TEXT NOT NULL,
  target_kind  TEXT NOT NULL,
  target_id    TEXT NOT NULL,
  incident_id  TEXT,
  before_json  TEXT,
  after_json   TEXT
) STRICT;
CREATE INDEX audit_log_incident ON audit_log(incident_id, seq);
CREATE INDEX audit_log_target ON audit_log(target_kind, target_id, seq);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN
  SELECT RAISE(ABORT, 'the audit log is append-only');
END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN
  SELECT RAISE(ABORT, 'the audit log is append-only');
END;

CREATE TABLE review_decisions (
  incident_id   TEXT NOT NULL,
  kind          TEXT NOT NULL,
  key           TEXT NOT NULL,
  verdict       TEXT NOT NULL,
  value_json    TEXT,
  original_json TEXT,
  actor         TEXT NOT NULL,
  at            TEXT NOT NULL,
  PRIMARY KEY (incident_id, kind, key)
) STRICT;

CREATE TABLE visibility_rules (
  incident_id  TEXT NOT NULL,
  field        TEXT NOT NULL,
  visibility   TEXT NOT NULL,
  actor        TEXT NOT NULL,
  at           TEXT NOT NULL,
  PRIMARY KEY (incident_id, field)
) STRICT;
`,
});
