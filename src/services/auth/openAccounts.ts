import { createHash, randomBytes } from 'node:crypto';
import Database from 'better-sqlite3';
import { ParallaxError } from '../../lib/errors.js';
import { isPostgresUrl, openStore } from '../../store/openStore.js';
import { hasRole, isAccountRole, TOKEN_SCOPES, type AccountRole, type TokenScope, type AccountViewer } from './accountRoles.js';
import { hashPassword, verifyPassword } from './hashPassword.js';

export interface UserRow {
  readonly id: string;
  readonly name: string;
  readonly role: AccountRole;
  readonly createdAt: string;
}

export interface SessionGrant {
  /** The cookie value; only its hash is stored. */
  readonly sessionId: string;
  readonly csrfToken: string;
  readonly expiresAt: string;
}

export interface Accounts {
  addUser(name: string, role: string, password: string): Promise<UserRow>;
  listUsers(): UserRow[];
  removeUser(name: string): void;
  countAdmins(): number;
  /** The user for a name and password, or null (same answer and similar time for an unknown name). */
  verifyLogin(name: string, password: string): Promise<UserRow | null>;
  /** Returns the secret once; only its hash is kept. */
  createToken(userName: string, label: string, scopes: readonly string[]): { id: string; secret: string };
  revokeToken(id: string): void;
  viewerForToken(secret: string): AccountViewer;
  createSession(userId: string): SessionGrant;
  /** The viewer and CSRF token of a live session, or null. */
  findSession(sessionId: string): { viewer: AccountViewer; csrfToken: string } | null;
  deleteSession(sessionId: string): void;
  close(): void;
}

const SESSION_HOURS = 12;
const TOKEN_PREFIX = 'pxt_';
const sha = (s: string): string => createHash('sha256').update(s).digest('hex');
const newId = (prefix: string): string => `${prefix}_${randomBytes(9).toString('base64url')}`;
// Verifying against a fixed hash when the name is unknown keeps login time independent of it.
const DUMMY_HASH = 'scrypt$32768$8$1$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';

/**
 * Accounts over the Parallax SQLite file (tables of migration 003), through a connection of their
 * own so secrets never pass through the document Store. Opening runs the migrations first.
 */
export function openAccounts(dbPath: string, now: () => Date = () => new Date()): Accounts {
  if (isPostgresUrl(dbPath)) {
    throw new ParallaxError('bad_argument', 'Accounts are kept in the embedded (SQLite) database only for now; on PostgreSQL, serve on 127.0.0.1 without accounts.');
  }
  openStore(dbPath).close();
  const db = new Database(dbPath);
  db.pragma('busy_timeout = 5000');
  db.pragma('foreign_keys = ON');
  const toUser = (r: { id: string; name: string; role: AccountRole; created_at: string }): UserRow => Object.freeze({ id: r.id, name: r.name, role: r.role, createdAt: r.created_at });
  const userByName = (name: string) => db.prepare(`SELECT id, name, role, created_at, password_hash FROM users WHERE name = ?`).get(name) as
    | { id: string; name: string; role: AccountRole; created_at: string; password_hash: string }
    | undefined;
  const userById = (id: string) => db.prepare(`SELECT id, name, role, created_at FROM users WHERE id = ?`).get(id) as { id: string; name: string; role: AccountRole; created_at: string } | undefined;
  const toViewer = (u: { id: string; name: string; role: AccountRole }, scopes: readonly TokenScope[] | null): AccountViewer => Object.freeze({ userId: u.id, name: u.name, role: u.role, scopes });

  return {
    async addUser(name, role, password) {
      if (!/^[\p{L}\p{N}._@-]{1,64}$/u.test(name)) throw new ParallaxError('bad_argument', 'A user name has 1-64 letters, digits, dots, dashes, underscores or @.');
      if (!isAccountRole(role)) throw new ParallaxError('bad_argument', `Role must be admin, editor or viewer, not "${role}".`);
      if (userByName(name)) throw new ParallaxError('bad_argument', `User ${name} already exists.`);
      const row = { id: newId('usr'), name, role, created_at: now().toISOString() };
      db.prepare(`INSERT INTO users (id, name, role, password_hash, created_at) VALUES (?, ?, ?, ?, ?)`).run(row.id, name, role, await hashPassword(password), row.created_at);
      return toUser(row);
    },
    listUsers: () => (db.prepare(`SELECT id, name, role, created_at FROM users ORDER BY name`).all() as Parameters<typeof toUser>[0][]).map(toUser),
    removeUser(name) {
      const user = userByName(name);
      if (!user) throw new ParallaxError('not_found', `No user ${name}.`);
      db.prepare(`DELETE FROM users WHERE id = ?`).run(user.id);
    },
    countAdmins: () => (db.prepare(`SELECT COUNT(*) AS n FROM users WHERE role = 'admin'`).get() as { n: number }).n,
    async verifyLogin(name, password) {
      const user = typeof name === 'string' && name.length <= 64 ? userByName(name) : undefined;
      const ok = await verifyPassword(String(password), user?.password_hash ?? DUMMY_HASH);
      return user && ok ? toUser(user) : null;
    },
    createToken(userName, label, scopes) {
      const user = userByName(userName);
      if (!user) throw new ParallaxError('not_found', `No user ${userName}.`);
      const bad = scopes.filter((s) => !(TOKEN_SCOPES as readonly string[]).includes(s));
      if (bad.length || scopes.length === 0) throw new ParallaxError('bad_argument', `Scopes are read, write, admin; got "${scopes.join(',')}".`);
      const id = newId('tok');
      const secret = `${TOKEN_PREFIX}${randomBytes(32).toString('base64url')}`;
      db.prepare(`INSERT INTO api_tokens (id, user_id, label, scopes, secret_hash, created_at) VALUES (?, ?, ?, ?, ?, ?)`).run(id, user.id, label, scopes.join(' '), sha(secret), now().toISOString());
      return { id, secret };
    },
    revokeToken(id) {
      const changed = db.prepare(`UPDATE api_tokens SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL`).run(now().toISOString(), id).changes;
      if (changed === 0) throw new ParallaxError('not_found', `No live token ${id}.`);
    },
    viewerForToken(secret) {
      if (!secret.startsWith(TOKEN_PREFIX) || secret.length > 200) return null;
      const row = db.prepare(`SELECT user_id, scopes FROM api_tokens WHERE secret_hash = ? AND revoked_at IS NULL`).get(sha(secret)) as { user_id: string; scopes: string } | undefined;
      const user = row ? userById(row.user_id) : undefined;
      if (!row || !user) return null;
      const viewer = toViewer(user, row.scopes.split(' ') as TokenScope[]);
      return hasRole(viewer, 'viewer') ? viewer : null;
    },
    createSession(userId) {
      const sessionId = randomBytes(32).toString('base64url');
      const csrfToken = randomBytes(24).toString('base64url');
      const expiresAt = new Date(now().getTime() + SESSION_HOURS * 3600_000).toISOString();
      db.prepare(`INSERT INTO sessions (id_hash, user_id, csrf_token, created_at, expires_at) VALUES (?, ?, ?, ?, ?)`).run(sha(sessionId), userId, csrfToken, now().toISOString(), expiresAt);
      return { sessionId, csrfToken, expiresAt };
    },
    findSession(sessionId) {
      if (sessionId.length > 200) return null;
      const row = db.prepare(`SELECT user_id, csrf_token, expires_at FROM sessions WHERE id_hash = ?`).get(sha(sessionId)) as { user_id: string; csrf_token: string; expires_at: string } | undefined;
      const user = row && row.expires_at > now().toISOString() ? userById(row.user_id) : undefined;
      return row && user ? { viewer: toViewer(user, null), csrfToken: row.csrf_token } : null;
    },
    deleteSession: (sessionId) => void db.prepare(`DELETE FROM sessions WHERE id_hash = ?`).run(sha(sessionId)),
    close: () => void db.close(),
  };
}
