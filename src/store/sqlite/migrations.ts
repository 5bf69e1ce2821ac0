import type Database from 'better-sqlite3';
import { ParallaxError } from '../../lib/errors.js';
import type { Migration } from './migration.js';
import { META_TABLE, PARALLAX_APPLICATION_ID, SCHEMA_VERSION_KEY } from './marker.js';
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
import { MIGRATION_015_POSTGRES_UNREAD_INDEXES } from './migrations/015_postgres_unread_indexes.js';
import { MIGRATION_016_UNREAD_SEARCH_INDEXES } from './migrations/016_unread_search_indexes.js';

export const MIGRATIONS: readonly Migration[] = Object.freeze([MIGRATION_001_INITIAL, MIGRATION_002_REVIEW, MIGRATION_003_ACCOUNTS, MIGRATION_004_LIST_ORDER, MIGRATION_005_STORE_GENERATION, MIGRATION_006_INCIDENT_SEARCH, MIGRATION_007_SEARCH_BY_INCIDENT, MIGRATION_008_CLAIM_UPDATE_TRIGGERS, MIGRATION_009_CANDIDATES_PER_KEY, MIGRATION_010_ONE_SEARCH_INDEX, MIGRATION_011_UNREAD_INDEXES, MIGRATION_012_APPEND_INCIDENT_SEARCH, MIGRATION_013_KEYED_SEARCH_READS, MIGRATION_014_SPREAD_STORE_GENERATION, MIGRATION_015_POSTGRES_UNREAD_INDEXES, MIGRATION_016_UNREAD_SEARCH_INDEXES]);

/** The schema version recorded in the database, 0 when it has no Parallax schema yet. */
export function readSchemaVersion(db: Database.Database): number {
  const table = db.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?`).get(META_TABLE);
  if (!table) return 0;
  const row = db.prepare(`SELECT value FROM ${META_TABLE} WHERE key = ?`).get(SCHEMA_VERSION_KEY) as
    | { value: string }
    | undefined;
  return row ? Number(row.value) : 0;
}

function checkSequence(migrations: readonly Migration[]): void {
  migrations.forEach((m, i) => {
    if (m.version !== i + 1) {
      throw new ParallaxError('internal', `Migration ${m.name} has version ${m.version}, expected ${i + 1}.`);
    }
  });
}

/**
 * Brings the schema up to the last migration in one IMMEDIATE transaction: a failing step leaves
 * the database exactly as it was, and two processes opening the same file cannot both migrate.
 * Returns the schema version after the call.
 */
export function applyMigrations(db: Database.Database, migrations: readonly Migration[] = MIGRATIONS): number {
  checkSequence(migrations);
  const latest = migrations.length;
  const migrate = db.transaction((): number => {
    const current = readSchemaVersion(db);
    if (current > latest) {
      throw new ParallaxError('database_error', 'This database was written by a newer version of Parallax.', {
        schemaVersion: current,
        supported: latest,
      });
    }
    for (const m of migrations.slice(current)) {
      try {
        db.exec(m.sql);
      } catch (err) {
        throw new ParallaxError('database_error', `Migration ${m.version} (${m.name}) failed; the database is unchanged.`, {
          migration: m.version,
          cause: err instanceof Error ? err.message : String(err),
        });
      }
      db.prepare(`INSERT INTO ${META_TABLE}(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value`).run(
        SCHEMA_VERSION_KEY,
        String(m.version),
      );
    }
    if (current === 0 && latest > 0) db.pragma(`application_id = ${PARALLAX_APPLICATION_ID}`);
    return Math.max(current, latest);
  });
  return migrate.immediate();
}
