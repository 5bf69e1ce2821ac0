import { mkdirSync, rmSync, truncateSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { ParallaxError } from '../../lib/errors.js';
import type { Store } from '../Store.js';
import { createAttributionTable } from './attributions.js';
import { createClaimTable } from './claims.js';
import { createDocumentTable } from './documents.js';
import { createDraftTable } from './drafts.js';
import { createFailureTable } from './failures.js';
import { createIncidentTable } from './incidents.js';
import { inspectDatabaseFile, type DatabaseFileState } from './inspectDatabaseFile.js';
import type { Migration } from './migration.js';
import { applyMigrations, MIGRATIONS } from './migrations.js';
import { createListIncidentPage } from './listIncidentPage.js';
import { translateSqliteError } from './translateSqliteError.js';

export interface SqliteStoreOptions {
  /** Replaces the built-in migrations (tests use this to check that a failing one rolls back). */
  readonly migrations?: readonly Migration[];
}

const IN_MEMORY = ':memory:';

function openConnection(path: string): Database.Database {
  try {
    return new Database(path);
  } catch (err) {
    throw new ParallaxError('database_error', `Cannot open database ${path}: ${(err as Error).message}`, { path });
  }
}

function configure(db: Database.Database): void {
  // Another process (serve while ingest runs, or a second opener) may hold the lock for a moment.
  db.pragma('busy_timeout = 5000');
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  db.pragma('synchronous = NORMAL');
}

/** True when some process has committed a Parallax schema to the file (never delete that). */
function isOursNow(path: string): boolean {
  try {
    return inspectDatabaseFile(path) === 'ours';
  } catch {
    return false;
  }
}

/** Puts a path we created back as it was: gone if it was missing, empty if it was empty. */
function undoCreation(path: string, state: DatabaseFileState): void {
  for (const suffix of ['-wal', '-shm']) rmSync(path + suffix, { force: true });
  if (state === 'missing') rmSync(path, { force: true });
  else truncateSync(path, 0);
}

function prepareFile(path: string): DatabaseFileState {
  const state = inspectDatabaseFile(path);
  if (state === 'missing') mkdirSync(dirname(path), { recursive: true });
  return state;
}

/**
 * Opens (or creates) a Parallax SQLite database. A file that is not ours is refused before any
 * write; a new file whose first migration fails is removed again.
 */
export function openSqliteStore(path: string, options: SqliteStoreOptions = {}): Store {
  const state = path === IN_MEMORY ? 'missing' : prepareFile(path);
  const db = openConnection(path);
  try {
    configure(db);
    applyMigrations(db, options.migrations ?? MIGRATIONS);
  } catch (err) {
    db.close();
    if (path !== IN_MEMORY && state !== 'ours' && !isOursNow(path)) undoCreation(path, state);
    throw err;
  }
  return assembleStore(db);
}

function assembleStore(db: Database.Database): Store {
  const documents = createDocumentTable(db);
  const attributions = createAttributionTable(db);
  const drafts = createDraftTable(db);
  const incidents = createIncidentTable(db);
  const claims = createClaimTable(db);
  const failures = createFailureTable(db);
  const saveIncident = db.transaction((incident: Parameters<Store['saveIncident']>[0], list: Parameters<Store['saveIncident']>[1]) => {
    incidents.upsertIncident(incident);
    claims.replaceClaims(incident.id, list);
  });
  const deleteIncident = db.transaction((id: string) => {
    drafts.unassignIncident(id);
    incidents.deleteIncident(id);
  });
  return Object.freeze({
    kind: 'sqlite' as const,
    close: () => void db.close(),
    transaction: <T>(fn: () => T): T => db.transaction(fn)(),
    findVersionBySha256: documents.findVersionBySha256,
    findLatestVersionByDocumentId: documents.findLatestVersionByDocumentId,
    getVersion: documents.getVersion,
    listVersions: documents.listVersions,
    insertVersion: (version) => translateSqliteError('store the document version', () => documents.insertVersion(version)),
    replaceAttributions: (versionId, list) =>
      translateSqliteError('store the attributions', () => attributions.replaceAttributions(versionId, list)),
    listAttributions: attributions.listAttributions,
    replaceDrafts: (versionId, list) => translateSqliteError('store the drafts', () => drafts.replaceDrafts(versionId, list)),
    listDrafts: drafts.listDrafts,
    listDraftsForIncident: drafts.listDraftsForIncident,
    saveIncident: (incident, list) => translateSqliteError('save the incident', () => saveIncident(incident, list)),
    deleteIncident: (id) => deleteIncident(id),
    getIncident: incidents.getIncident,
    findIncidentCandidates: incidents.findIncidentCandidates,
    listIncidentDocuments: incidents.listIncidentDocuments,
    countIncidents: incidents.countIncidents,
    listClaims: claims.listClaims,
    listIncidents: createListIncidentPage(db),
    recordFailure: failures.recordFailure,
    listFailures: failures.listFailures,
  } satisfies Store);
}
