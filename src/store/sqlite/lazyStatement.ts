import type Database from 'better-sqlite3';

/**
 * Prepares a statement on first use. Tables added by a later migration are absent from a database
 * opened with an earlier migration list (tests do this), so preparing them up front would fail.
 */
export function lazyStatement<P extends unknown[] | object = unknown[], R = unknown>(
  db: Database.Database,
  sql: string,
): () => Database.Statement<P, R> {
  let statement: Database.Statement<P, R> | null = null;
  return () => (statement ??= db.prepare<P, R>(sql));
}
