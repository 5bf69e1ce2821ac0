import { ParallaxError } from '../../lib/errors.js';
import type { PgConnection } from './openConnection.js';
import type { Migration } from './migration.js';
import { META_TABLE, MIGRATION_LOCK_KEY, SCHEMA_VERSION_KEY } from './marker.js';
import { MIGRATION_001_INITIAL } from './migrations/001_initial.js';
import { MIGRATION_002_REVIEW } from './migrations/002_review.js';
import { MIGRATION_003_ACCOUNTS } from './migrations/003_accounts.js';
import { MIGRATION_004_LIST_ORDER } from './migrations/004_list_order.js';
import { MIGRATION_005_STORE_GENERATION } from './migrations/005_store_generation.js';
import { MIGRATION_006_INCIDENT_SEARCH } from './migrations/006_incident_search.js';
import { MIGRATION_007_SEARCH_BY_INCIDENT } from './migrations/007_search_by_incident.js';
import { MIGRATION_008_CLAIM_UPDATE_TRIGGERS } from './migrations/008_claim_update_triggers.js';
import { MIGRATION_009_CANDIDATES_PER_KEY } from './migrations/009_candidates_per_key.js';
import { MIGRATION_010_ONE_SEARCH_INDEX } from './migrations/010_one_search_index.js';
import { MIGRATION_011_UNREAD_INDEXES } from './migrations/011_unread_indexes.js';
import { MIGRATION_012_APPEND_INCIDENT_SEARCH } from './migrations/012_append_incident_search.js';
import { MIGRATION_013_KEYED_SEARCH_READS } from './migrations/013_keyed_search_reads.js';
import { MIGRATION_014_SPREAD_STORE_GENERATION } from './migrations/014_spread_store_generation.js';
import { MIGRATION_015_UNREAD_INDEXES } from './migrations/015_unread_indexes.js';
import { MIGRATION_016_UNREAD_SEARCH_INDEXES } from './migrations/016_unread_search_indexes.js';

/** The same steps, numbered alike, as the SQLite store's list (src/store/sqlite/migrations.ts). */
export const MIGRATIONS: readonly Migration[] = Object.freeze([MIGRATION_001_INITIAL, MIGRATION_002_REVIEW, MIGRATION_003_ACCOUNTS, MIGRATION_004_LIST_ORDER, MIGRATION_005_STORE_GENERATION, MIGRATION_006_INCIDENT_SEARCH, MIGRATION_007_SEARCH_BY_INCIDENT, MIGRATION_008_CLAIM_UPDATE_TRIGGERS, MIGRATION_009_CANDIDATES_PER_KEY, MIGRATION_010_ONE_SEARCH_INDEX, MIGRATION_011_UNREAD_INDEXES, MIGRATION_012_APPEND_INCIDENT_SEARCH, MIGRATION_013_KEYED_SEARCH_READS, MIGRATION_014_SPREAD_STORE_GENERATION, MIGRATION_015_UNREAD_INDEXES, MIGRATION_016_UNREAD_SEARCH_INDEXES]);

/** The schema version recorded in the current schema, 0 when it has no Parallax schema yet. */
export function readSchemaVersion(connection: PgConnection): number {
  const [table] = connection.query<{ found: boolean }>(`SELECT to_regclass($1) IS NOT NULL AS found`, [META_TABLE]);
  if (!table?.found) return 0;
  const [row] = connection.query<{ value: string }>(`SELECT value FROM ${META_TABLE} WHERE key = $1`, [SCHEMA_VERSION_KEY]);
  return row ? Number(row.value) : 0;
}

/** Tables of the current schema that hold user data; a database with some but no marker is not ours. */
function countForeignTables(connection: PgConnection): number {
  const [row] = connection.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = current_schema() AND tablename <> $1`,
    [META_TABLE],
  );
  return row?.n ?? 0;
}

function checkSequence(migrations: readonly Migration[]): void {
  migrations.forEach((m, i) => {
    if (m.version !== i + 1) {
      throw new ParallaxError('internal', `Migration ${m.name} has version ${m.version}, expected ${i + 1}.`);
    }
  });
}

function applyOne(connection: PgConnection, m: Migration): void {
  try {
    connection.query(m.sql);
  } catch (err) {
    throw new ParallaxError('database_error', `Migration ${m.version} (${m.name}) failed; the database is unchanged.`, {
      migration: m.version,
      cause: err instanceof Error ? err.message : String(err),
    });
  }
  connection.query(
    `INSERT INTO ${META_TABLE}(key, value) VALUES ($1, $2) ON CONFLICT(key) DO UPDATE SET value = excluded.value`,
    [SCHEMA_VERSION_KEY, String(m.version)],
  );
}

/**
 * Brings the schema up to the last migration in one transaction (PostgreSQL DDL is
 * transactional, so a failing step leaves the database exactly as it was). An advisory lock
 * makes concurrent openers — many workers starting together — migrate one after the other.
 * Refuses, before any write, a database that has tables but no Parallax marker.
 */
export function applyMigrations(connection: PgConnection, migrations: readonly Migration[] = MIGRATIONS): number {
  checkSequence(migrations);
  const latest = migrations.length;
  return connection.transaction((): number => {
    connection.query(`SELECT pg_advisory_xact_lock($1)`, [MIGRATION_LOCK_KEY]);
    const current = readSchemaVersion(connection);
    if (current === 0 && countForeignTables(connection) > 0) {
      throw new ParallaxError('not_our_database', 'This PostgreSQL schema holds tables that are not Parallax\'s; it was left untouched.', {});
    }
    if (current > latest) {
      throw new ParallaxError('database_error', 'This database was written by a newer version of Parallax.', {
        schemaVersion: current,
        supported: latest,
      });
    }
    for (const m of migrations.slice(current)) applyOne(connection, m);
    return Math.max(current, latest);
  });
}
