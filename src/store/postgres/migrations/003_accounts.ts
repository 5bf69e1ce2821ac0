import type { Migration } from '../migration.js';

/**
 * Accounts (the SQLite store's migration 003): users with a role, API tokens and browser
 * sessions; secrets only as hashes. A name is unique whatever its case, as SQLite's NOCASE does:
 * compare with lower(name).
 */
export const MIGRATION_003_ACCOUNTS: Migration = Object.freeze({
  version: 3,
  name: 'accounts',
  sql: `
CREATE TABLE users (
  id            TEXT COLLATE "C" PRIMARY KEY,
  name          TEXT NOT NULL,
  role          TEXT NOT NULL CHECK (role IN ('admin', 'editor', 'viewer')),
  password_hash TEXT NOT NULL,
  created_at    TEXT NOT NULL
);
CREATE UNIQUE INDEX users_name ON users (lower(name));

CREATE TABLE api_tokens (
  id          TEXT COLLATE "C" PRIMARY KEY,
  user_id     TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  label       TEXT NOT NULL,
  scopes      TEXT NOT NULL,
  secret_hash TEXT NOT NULL UNIQUE,
  created_at  TEXT NOT NULL,
  revoked_at  TEXT
);
CREATE INDEX api_tokens_user ON api_tokens(user_id);

CREATE TABLE sessions (
  id_hash    TEXT PRIMARY KEY,
  user_id    TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  csrf_token TEXT NOT NULL,
  created_at TEXT NOT NULL,
  expires_at TEXT NOT NULL
);
CREATE INDEX sessions_user ON sessions(user_id);
`,
});
