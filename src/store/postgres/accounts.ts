import type { AccountTables } from '../AccountTables.js';
import { toToken, toUser, type TokenRow, type UserRow } from '../rows/accountRows.js';
import { applyMigrations } from './migrations.js';
import { openConnection } from './openConnection.js';

/**
 * The account tables of a Parallax PostgreSQL database, through a connection of their own (the
 * same synchronous connection the store uses). Opening runs the migrations first, so a new
 * database gets the tables.
 */
export function openPostgresAccountTables(url: string): AccountTables {
  const c = openConnection(url);
  try {
    applyMigrations(c);
  } catch (err) {
    c.close();
    throw err;
  }
  // Migration 003 makes lower(name) unique: names compare without case, as on SQLite.
  const one = <R>(sql: string, params: readonly unknown[]): R | undefined => c.query<R>(sql, params)[0];
  return {
    findUserByName: (name) => toUser(one<UserRow>('SELECT * FROM users WHERE lower(name) = lower($1)', [name])),
    findUserById: (id) => toUser(one<UserRow>('SELECT * FROM users WHERE id = $1', [id])),
    insertUser(u) {
      c.query('INSERT INTO users (id, name, role, password_hash, created_at) VALUES ($1, $2, $3, $4, $5)', [u.id, u.name, u.role, u.passwordHash, u.createdAt]);
    },
    listUsers: () => c.query<UserRow>('SELECT * FROM users ORDER BY lower(name), name').map((r) => toUser(r)!),
    deleteUser: (id) => void c.query('DELETE FROM users WHERE id = $1', [id]),
    countAdmins: () => Number(one<{ n: number }>(`SELECT COUNT(*) AS n FROM users WHERE role = 'admin'`, [])?.n ?? 0),
    insertToken(t) {
      c.query('INSERT INTO api_tokens (id, user_id, label, scopes, secret_hash, created_at, revoked_at) VALUES ($1, $2, $3, $4, $5, $6, $7)', [t.id, t.userId, t.label, t.scopes, t.secretHash, t.createdAt, t.revokedAt ?? null]);
    },
    listTokens: () => c.query<TokenRow>('SELECT * FROM api_tokens ORDER BY created_at, id').map(toToken),
    revokeToken: (id, at) => c.query('UPDATE api_tokens SET revoked_at = $1 WHERE id = $2 AND revoked_at IS NULL RETURNING id', [at, id]).length > 0,
    findLiveToken(secretHash) {
      const row = one<{ user_id: string; scopes: string }>('SELECT user_id, scopes FROM api_tokens WHERE secret_hash = $1 AND revoked_at IS NULL', [secretHash]);
      return row ? { userId: row.user_id, scopes: row.scopes } : null;
    },
    insertSession(s) {
      c.query('INSERT INTO sessions (id_hash, user_id, csrf_token, created_at, expires_at) VALUES ($1, $2, $3, $4, $5)', [s.idHash, s.userId, s.csrfToken, s.createdAt, s.expiresAt]);
    },
    findSession(idHash) {
      const row = one<{ user_id: string; csrf_token: string; expires_at: string }>('SELECT user_id, csrf_token, expires_at FROM sessions WHERE id_hash = $1', [idHash]);
      return row ? { userId: row.user_id, csrfToken: row.csrf_token, expiresAt: row.expires_at } : null;
    },
    deleteSession: (idHash) => void c.query('DELETE FROM sessions WHERE id_hash = $1', [idHash]),
    close: () => c.close(),
  };
}
