/**
 * The account tables of migration 003 (users, API tokens, browser sessions), the same on both
 * stores. Kept apart from the document Store so secrets (hashes) never pass through it; the rules
 * (who may do what, hashing, expiry) live in src/services/auth/openAccounts.ts.
 */
export interface UserAccountRow {
  readonly id: string;
  readonly name: string;
  readonly role: string;
  readonly passwordHash: string;
  readonly createdAt: string;
}

export interface TokenAccountRow {
  readonly id: string;
  readonly userId: string;
  readonly label: string;
  /** Space-separated scopes. */
  readonly scopes: string;
  readonly secretHash: string;
  readonly createdAt: string;
  /** Set once revoked; a revoked token is kept so its id stays taken and the record stays. */
  readonly revokedAt?: string | null;
}

export interface SessionAccountRow {
  readonly idHash: string;
  readonly userId: string;
  readonly csrfToken: string;
  readonly createdAt: string;
  readonly expiresAt: string;
}

export interface AccountTables {
  /** A user name is unique whatever its case; this finds it whatever case it is given in. */
  findUserByName(name: string): UserAccountRow | null;
  findUserById(id: string): UserAccountRow | null;
  insertUser(row: UserAccountRow): void;
  /** Ordered by name. */
  listUsers(): UserAccountRow[];
  /** Its tokens and sessions go with it. */
  deleteUser(id: string): void;
  countAdmins(): number;
  insertToken(row: TokenAccountRow): void;
  /** Every token (hashes only), oldest first: what copying a database to another needs. */
  listTokens(): TokenAccountRow[];
  /** Marks a live token revoked; false when there was no live token with that id. */
  revokeToken(id: string, at: string): boolean;
  findLiveToken(secretHash: string): { userId: string; scopes: string } | null;
  insertSession(row: SessionAccountRow): void;
  findSession(idHash: string): { userId: string; csrfToken: string; expiresAt: string } | null;
  deleteSession(idHash: string): void;
  close(): void;
}
