import type { AccountTables } from '../../store/AccountTables.js';

export interface AccountCopySummary {
  readonly users: number;
  readonly tokens: number;
  /** Users the target already had under the same name (case ignored): kept as they were there. */
  readonly skipped: readonly string[];
}

/**
 * Copies users (with their password hashes) and API tokens (hashes, revoked ones included) from
 * one database's account tables to another's, for `migrate-db`. Sessions are not copied: they are
 * short-lived, and signing in again is the safer way to move them. A user name the target already
 * has is left alone there, with its tokens.
 */
export function copyAccounts(from: AccountTables, to: AccountTables): AccountCopySummary {
  const copiedIds = new Set<string>();
  const skipped: string[] = [];
  for (const user of from.listUsers()) {
    if (to.findUserByName(user.name)) {
      skipped.push(user.name);
      continue;
    }
    to.insertUser(user);
    copiedIds.add(user.id);
  }
  const tokens = from.listTokens().filter((t) => copiedIds.has(t.userId));
  for (const token of tokens) to.insertToken(token);
  return Object.freeze({ users: copiedIds.size, tokens: tokens.length, skipped: Object.freeze(skipped) });
}
