import type { PgConnection } from './openConnection.js';

/** First half of every key lock's advisory-lock id: Parallax's keys apart from any other user of advisory locks. */
export const KEY_LOCK_SPACE = 0x50524c4b; // "PRLK"

/** A key's advisory-lock id (FNV-1a, 32 bits, signed as PostgreSQL's int4): the same in every process. */
export function toKeyLockId(key: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    hash ^= key.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash | 0;
}

function toSortedIds(keys: readonly string[]): number[] {
  return [...new Set(keys.map(toKeyLockId))].sort((a, b) => a - b);
}

/**
 * The statement that takes every key's lock until the transaction ends, in ascending id order so
 * two transactions taking overlapping sets in one call each never wait for each other in a circle.
 * Two keys sharing an id only make their transactions wait for one another, never wrongly pass.
 */
export function toKeyLockStatement(keys: readonly string[]): string | null {
  const ids = toSortedIds(keys);
  if (ids.length === 0) return null;
  // The ids are integers computed here, so they can sit in the text; a function scan of unnest
  // yields them in array order, and the aggregate makes every one of them be taken.
  return `SELECT count(pg_advisory_xact_lock(${KEY_LOCK_SPACE}, k)) FROM unnest('{${ids.join(',')}}'::int4[]) AS k`;
}

/** Store.lockKeys and Store.tryLockKeys on PostgreSQL. */
export function createKeyLocks(db: PgConnection): { lockKeys(keys: readonly string[]): void; tryLockKeys(keys: readonly string[]): boolean } {
  return {
    // The lock travels with the transaction's next statement, costing no round trip of its own.
    lockKeys(keys) {
      const statement = toKeyLockStatement(keys);
      if (statement) db.defer(statement);
    },
    // Every key is tried (an aggregate reads every row); those taken before one that failed stay
    // held until the transaction ends, which is why a caller that gets false rolls back.
    tryLockKeys(keys) {
      const ids = toSortedIds(keys);
      if (ids.length === 0) return true;
      const sql = `SELECT bool_and(pg_try_advisory_xact_lock(${KEY_LOCK_SPACE}, k)) AS ok FROM unnest('{${ids.join(',')}}'::int4[]) AS k`;
      return db.query<{ ok: boolean }>(sql)[0]?.ok === true;
    },
  };
}
