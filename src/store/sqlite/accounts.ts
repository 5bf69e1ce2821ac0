import Database from 'better-sqlite3';
import type { AccountTables } from '../AccountTables.js';
import { toToken, toUser, type TokenRow, type UserRow } from '../rows/accountRows.js';
import { openSqliteStore } from './openSqliteStore.js';

/**
 * The account tables of a Parallax SQLite file, through a connection of their own. Opening runs
 * the migrations first (through the store), so a new file gets the tables.
 */
export function openSqliteAccountTables(path: string): AccountTables {
  openSqliteStore(path).close();
  const db = new Database(path);
  db.pragma('busy_timeout = 5000');
  db.pragma('foreign_keys = ON');
  // users.name is COLLATE NOCASE, so "=" already ignores case.
  const byName = db.prepare<[string], UserRow>('SELECT * FROM users WHERE name = ?');
  const byId = db.prepare<[string], UserRow>('SELECT * FROM users WHERE id = ?');
  return {
    findUserByName: (name) => toUser(byName.get(name)),
    findUserById: (id) => toUser(byId.get(id)),
    insertUser(u) {
      db.prepare('INSERT INTO users (id, name, role, password_hash, created_at) VALUES (?, ?, ?, ?, ?)').run(u.id, u.name, u.role, u.passwordHash, u.createdAt);
    },
    listUsers: () => db.prepare<[], UserRow>('SELECT * FROM users ORDER BY name').all().map((r) => toUser(r)!),
    deleteUser: (id) => void db.prepare('DELETE FROM users WHERE id = ?').run(id),
    countAdmins: () => (db.prepare(`SELECT COUNT(*) AS n FROM users WHERE role = 'admin'`).get() as { n: number }).n,
    insertToken(t) {
      db.prepare('INSERT INTO api_tokens (id, user_id, label, scopes, secret_hash, created_at, revoked_at) VALUES (?, ?, ?, ?, ?, ?, ?)').run(t.id, t.userId, t.label, t.scopes, t.secretHash, t.createdAt, t.revokedAt ?? null);
    },
    listTokens: () => db.prepare<[], TokenRow>('SELECT * FROM api_tokens ORDER BY created_at, id').all().map(toToken),
    revokeToken: (id, at) => db.prepare('UPDATE api_tokens SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL').run(at, id).changes > 0,
    findLiveToken(secretHash) {
      const row = db.prepare<[string], { user_id: string; scopes: string }>('SELECT user_id, scopes FROM api_tokens WHERE secret_hash = ? AND revoked_at IS NULL').get(secretHash);
      return row ? { userId: row.user_id, scopes: row.scopes } : null;
    },
    insertSession(s) {
      db.prepare('INSERT INTO sessions (id_hash, user_id, csrf_token, created_at, expires_at) VALUES (?, ?, ?, ?, ?)').run(s.idHash, s.userId, s.csrfToken, s.createdAt, s.expiresAt);
    },
    findSession(idHash) {
      const row = db.prepare<[string], { user_id: string; csrf_token: string; expires_at: string }>('SELECT user_id, csrf_token, expires_at FROM sessions WHERE id_hash = ?').get(idHash);
      return row ? { userId: row.user_id, csrfToken: row.csrf_token, expiresAt: row.expires_at } : null;
    },
    deleteSession: (idHash) => void db.prepare('DELETE FROM sessions WHERE id_hash = ?').run(idHash),
    close: () => void db.close(),
  };
}
