import { createHash, randomBytes } from 'node:crypto';
import { ParallaxError } from '../../lib/errors.js';
import type { AccountTables, UserAccountRow } from '../../store/AccountTables.js';
import { isPostgresUrl } from '../../store/openStore.js';
import { openPostgresAccountTables } from '../../store/postgres/accounts.js';
import { openSqliteAccountTables } from '../../store/sqlite/accounts.js';
import { hasRole, isAccountRole, TOKEN_SCOPES, type AccountRole, type TokenScope, type AccountViewer } from './accountRoles.js';
import { hashPassword, verifyPassword } from './hashPassword.js';

const USER_NAME = /^[\p{L}\p{N}._@-]{1,64}$/u;

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

/** The account tables of the database at `dbPath`: the SQLite file, or PostgreSQL for a postgres:// URL. */
export function openAccountTables(dbPath: string): AccountTables {
  return isPostgresUrl(dbPath) ? openPostgresAccountTables(dbPath) : openSqliteAccountTables(dbPath);
}

/**
 * Accounts over the Parallax database, SQLite or PostgreSQL alike (tables of migration 003),
 * through a connection of their own so secrets never pass through the document Store. Opening runs
 * the migrations first.
 */
export function openAccounts(dbPath: string, now: () => Date = () => new Date(), tables: AccountTables = openAccountTables(dbPath)): Accounts {
  const toUser = (r: UserAccountRow): UserRow => Object.freeze({ id: r.id, name: r.name, role: r.role as AccountRole, createdAt: r.createdAt });
  const toViewer = (u: UserAccountRow, scopes: readonly TokenScope[] | null): AccountViewer => Object.freeze({ userId: u.id, name: u.name, role: u.role as AccountRole, scopes });

  return {
    async addUser(name, role, password) {
      if (!USER_NAME.test(name)) throw new ParallaxError('bad_argument', 'A user name has 1-64 letters, digits, dots, dashes, underscores or @.');
      if (!isAccountRole(role)) throw new ParallaxError('bad_argument', `Role must be admin, editor or viewer, not "${role}".`);
      if (tables.findUserByName(name)) throw new ParallaxError('bad_argument', `User ${name} already exists.`);
      const row: UserAccountRow = { id: newId('usr'), name, role, passwordHash: await hashPassword(password), createdAt: now().toISOString() };
      tables.insertUser(row);
      return toUser(row);
    },
    listUsers: () => tables.listUsers().map(toUser),
    removeUser(name) {
      const user = tables.findUserByName(name);
      if (!user) throw new ParallaxError('not_found', `No user ${name}.`);
      tables.deleteUser(user.id);
    },
    countAdmins: () => tables.countAdmins(),
    async verifyLogin(name, password) {
      const user = typeof name === 'string' && name.length <= 64 ? tables.findUserByName(name) : null;
      const ok = await verifyPassword(String(password), user?.passwordHash ?? DUMMY_HASH);
      return user && ok ? toUser(user) : null;
    },
    createToken(userName, label, scopes) {
      const user = tables.findUserByName(userName);
      if (!user) throw new ParallaxError('not_found', `No user ${userName}.`);
      const bad = scopes.filter((s) => !(TOKEN_SCOPES as readonly string[]).includes(s));
      if (bad.length || scopes.length === 0) throw new ParallaxError('bad_argument', `Scopes are read, write, admin; got "${scopes.join(',')}".`);
      const id = newId('tok');
      const secret = `${TOKEN_PREFIX}${randomBytes(32).toString('base64url')}`;
      tables.insertToken({ id, userId: user.id, label, scopes: scopes.join(' '), secretHash: sha(secret), createdAt: now().toISOString() });
      return { id, secret };
    },
    revokeToken(id) {
      if (!tables.revokeToken(id, now().toISOString())) throw new ParallaxError('not_found', `No live token ${id}.`);
    },
    viewerForToken(secret) {
      if (!secret.startsWith(TOKEN_PREFIX) || secret.length > 200) return null;
      const row = tables.findLiveToken(sha(secret));
      const user = row ? tables.findUserById(row.userId) : null;
      if (!row || !user) return null;
      const viewer = toViewer(user, row.scopes.split(' ') as TokenScope[]);
      return hasRole(viewer, 'viewer') ? viewer : null;
    },
    createSession(userId) {
      const sessionId = randomBytes(32).toString('base64url');
      const csrfToken = randomBytes(24).toString('base64url');
      const expiresAt = new Date(now().getTime() + SESSION_HOURS * 3600_000).toISOString();
      tables.insertSession({ idHash: sha(sessionId), userId, csrfToken, createdAt: now().toISOString(), expiresAt });
      return { sessionId, csrfToken, expiresAt };
    },
    findSession(sessionId) {
      if (sessionId.length > 200) return null;
      const row = tables.findSession(sha(sessionId));
      const user = row && row.expiresAt > now().toISOString() ? tables.findUserById(row.userId) : null;
      return row && user ? { viewer: toViewer(user, null), csrfToken: row.csrfToken } : null;
    },
    deleteSession: (sessionId) => tables.deleteSession(sha(sessionId)),
    close: () => tables.close(),
  };
}
