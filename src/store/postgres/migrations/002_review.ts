import type { Migration } from '../migration.js';

/**
 * Review: the audit log (append-only, enforced by a trigger even against raw SQL) and reviewers'
 * decisions and visibility rules, keyed by incident and item so a rebuild never erases them.
 */
export const MIGRATION_002_REVIEW: Migration = Object.freeze({
  version: 2,
  name: 'review',
  sql: `
CREATE TABLE audit_log (
  seq          BIGSERIAL PRIMARY KEY,
  id           TEXT COLLATE "C" NOT NULL UNIQUE,
  at           TEXT COLLATE "C" NOT NULL,
  actor        TEXT COLLATE "C" NOT NULL,
  action       TEXT COLLATE "C" NOT NULL,
  target_kind  TEXT COLLATE "C" NOT NULL,
  target_id    TEXT COLLATE "C" NOT NULL,
  incident_id  TEXT COLLATE "C",
  before_json  TEXT COLLATE "C",
  after_json   TEXT COLLATE "C"
);
CREATE INDEX audit_log_incident ON audit_log(incident_id, seq);
CREATE INDEX audit_log_target ON audit_log(target_kind, target_id, seq);
CREATE FUNCTION parallax_refuse_audit_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'the audit log is append-only';
END $$;
CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION parallax_refuse_audit_change();

CREATE TABLE review_decisions (
  incident_id   TEXT COLLATE "C" NOT NULL,
  kind          TEXT COLLATE "C" NOT NULL,
  key           TEXT COLLATE "C" NOT NULL,
  verdict       TEXT COLLATE "C" NOT NULL,
  value_json    TEXT COLLATE "C",
  original_json TEXT COLLATE "C",
  actor         TEXT COLLATE "C" NOT NULL,
  at            TEXT COLLATE "C" NOT NULL,
  PRIMARY KEY (incident_id, kind, key)
);

CREATE TABLE visibility_rules (
  incident_id  TEXT COLLATE "C" NOT NULL,
  field        TEXT COLLATE "C" NOT NULL,
  visibility   TEXT COLLATE "C" NOT NULL,
  actor        TEXT COLLATE "C" NOT NULL,
  at           TEXT COLLATE "C" NOT NULL,
  PRIMARY KEY (incident_id, field)
);
`,
});
