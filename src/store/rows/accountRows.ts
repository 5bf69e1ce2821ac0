import type { TokenAccountRow, UserAccountRow } from '../AccountTables.js';

/** A `users` row as both databases return it. */
export interface UserRow {
  id: string;
  name: string;
  role: string;
  password_hash: string;
  created_at: string;
}

/** An `api_tokens` row as both databases return it. */
export interface TokenRow {
  id: string;
  user_id: string;
  label: string;
  scopes: string;
  secret_hash: string;
  created_at: string;
  revoked_at: string | null;
}

export const toToken = (r: TokenRow): TokenAccountRow =>
  Object.freeze({ id: r.id, userId: r.user_id, label: r.label, scopes: r.scopes, secretHash: r.secret_hash, createdAt: r.created_at, revokedAt: r.revoked_at });

export const toUser = (r: UserRow | undefined): UserAccountRow | null =>
  r ? Object.freeze({ id: r.id, name: r.name, role: r.role, passwordHash: r.password_hash, createdAt: r.created_at }) : null;
