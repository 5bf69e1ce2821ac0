import type { Store, TransactionMode } from '../Store.js';
import { createAttributionIdCache } from './attributionIdCache.js';
import { createAttributionTable } from './attributions.js';
import { createAuditTable } from './audit.js';
import { createClaimTable } from './claims.js';
import { createDocumentTable } from './documents.js';
import { createDraftTable } from './drafts.js';
import { createFailureTable } from './failures.js';
import { createIncidentTable, toBlockingKeyStatements, toIncidentParams, UPSERT_INCIDENT } from './incidents.js';
import { createListIncidentPage } from './listIncidentPage.js';
import { createKeyLocks } from './lockKeys.js';
import type { PgConnection } from './openConnection.js';
import { createReadModelTable } from './readModel.js';
import { createReviewTable } from './review.js';
import { translatePostgresError } from './translatePostgresError.js';

/**
 * Builds the Store over an open, migrated connection; each concern's table lives in its own file,
 * as in the SQLite store. Every write runs in its own transaction (a savepoint when nested): in
 * PostgreSQL a failed statement poisons the enclosing transaction, so an error must roll back to
 * just before the write for the caller's transaction to go on, as a failed SQLite statement does.
 * Inside a keyed transaction (an ingest) the writes that return nothing wait for the next
 * statement instead (PgConnection.writeLater), and their failure fails the whole transaction.
 */
export function assemblePostgresStore(db: PgConnection): Store {
  const documents = createDocumentTable(db);
  const attributionIds = createAttributionIdCache();
  const attributions = createAttributionTable(db, attributionIds);
  const drafts = createDraftTable(db, attributionIds);
  const incidents = createIncidentTable(db);
  const claims = createClaimTable(db);
  const failures = createFailureTable(db);
  const audit = createAuditTable(db);
  const review = createReviewTable(db);
  const readModel = createReadModelTable(db);
  const keyLocks = createKeyLocks(db);
  const write = <T>(what: string, fn: () => T): T => translatePostgresError(what, () => db.transaction(fn));
  return Object.freeze({
    kind: 'postgres' as const,
    close: () => db.close(),
    transaction: <T>(fn: () => T, mode?: TransactionMode): T => db.transaction(fn, mode),
    commitGroup: <T>(fn: () => T): T => fn(),
    lockKeys: keyLocks.lockKeys,
    tryLockKeys: keyLocks.tryLockKeys,
    findVersionBySha256: documents.findVersionBySha256,
    findLatestVersionByDocumentId: documents.findLatestVersionByDocumentId,
    getVersion: documents.getVersion,
    listVersions: documents.listVersions,
    listLatestVersionIds: documents.listLatestVersionIds,
    insertVersion: (version) => write('store the document version', () => documents.insertVersion(version)),
    replaceAttributions: (versionId, list) => write('store the attributions', () => attributions.replaceAttributions(versionId, list)),
    listAttributions: attributions.listAttributions,
    listAttributionIds: attributions.listAttributionIds,
    replaceDrafts: (versionId, list) => write('store the drafts', () => drafts.replaceDrafts(versionId, list)),
    listDrafts: drafts.listDrafts,
    listDraftsForIncident: drafts.listDraftsForIncident,
    saveIncident: (incident, list) =>
      write('save the incident', () => {
        const statements = claims.replaceClaims(incident.id, list);
        db.writeLater([{ sql: UPSERT_INCIDENT, params: toIncidentParams(incident) }, ...toBlockingKeyStatements(incident), ...statements]);
      }),
    deleteIncident: (id) =>
      write('delete the incident', () => {
        drafts.unassignIncident(id);
        incidents.deleteIncident(id);
      }),
    getIncident: incidents.getIncident,
    findIncidentCandidates: incidents.findIncidentCandidates,
    listIncidentDocuments: incidents.listIncidentDocuments,
    countIncidents: incidents.countIncidents,
    readGeneration: readModel.readGeneration,
    listIncidentRows: readModel.listIncidentRows,
    searchIncidentIds: readModel.searchIncidentIds,
    listClaimsBySpeaker: readModel.listClaimsBySpeaker,
    listClaims: claims.listClaims,
    listIncidents: createListIncidentPage(db),
    appendAudit: (entry) => write('append to the audit log', () => audit.appendAudit(entry)),
    listAudit: audit.listAudit,
    saveReviewDecision: (decision) => write('save the review decision', () => review.saveDecision(decision)),
    listReviewDecisions: review.listDecisions,
    saveVisibility: (rule) => write('save the visibility', () => review.saveVisibility(rule)),
    listVisibility: review.listVisibility,
    listPrivateIncidentIds: review.listPrivateIncidentIds,
    listReviewTallies: review.listReviewTallies,
    recordFailure: (failure) => write('record the failure', () => failures.recordFailure(failure)),
    listFailures: failures.listFailures,
  } satisfies Store);
}
