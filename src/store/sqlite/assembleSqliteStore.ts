import type Database from 'better-sqlite3';
import type { ClaimRecord, IncidentRecord } from '../../domain/records.js';
import type { Store } from '../Store.js';
import { createAttributionTable } from './attributions.js';
import { createAuditTable } from './audit.js';
import { createClaimTable } from './claims.js';
import { createDocumentTable } from './documents.js';
import { createDraftTable } from './drafts.js';
import { createFailureTable } from './failures.js';
import { createIncidentTable } from './incidents.js';
import { createListIncidentPage } from './listIncidentPage.js';
import { createReadModelTable } from './readModel.js';
import { createReviewTable } from './review.js';
import { translateSqliteError } from './translateSqliteError.js';

/** Builds the Store over an open, migrated connection; each concern's table lives in its own file. */
export function assembleSqliteStore(db: Database.Database): Store {
  const documents = createDocumentTable(db);
  const attributions = createAttributionTable(db);
  const drafts = createDraftTable(db);
  const incidents = createIncidentTable(db);
  const claims = createClaimTable(db);
  const failures = createFailureTable(db);
  const audit = createAuditTable(db);
  const review = createReviewTable(db);
  const readModel = createReadModelTable(db);
  const saveIncident = db.transaction((incident: IncidentRecord, list: readonly ClaimRecord[]) => {
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
    // One writer at a time on SQLite: a keyed transaction is an ordinary one, with nothing to lock.
    transaction: <T>(fn: () => T): T => db.transaction(fn)(),
    commitGroup: <T>(fn: () => T): T => db.transaction(fn)(),
    lockKeys: () => {},
    tryLockKeys: () => true,
    findVersionBySha256: documents.findVersionBySha256,
    findLatestVersionByDocumentId: documents.findLatestVersionByDocumentId,
    getVersion: documents.getVersion,
    listVersions: documents.listVersions,
    listLatestVersionIds: documents.listLatestVersionIds,
    insertVersion: (version) => translateSqliteError('store the document version', () => documents.insertVersion(version)),
    replaceAttributions: (versionId, list) =>
      translateSqliteError('store the attributions', () => attributions.replaceAttributions(versionId, list)),
    listAttributions: attributions.listAttributions,
    listAttributionIds: attributions.listAttributionIds,
    replaceDrafts: (versionId, list) => translateSqliteError('store the drafts', () => drafts.replaceDrafts(versionId, list)),
    listDrafts: drafts.listDrafts,
    listDraftsForIncident: drafts.listDraftsForIncident,
    saveIncident: (incident, list) => translateSqliteError('save the incident', () => saveIncident(incident, list)),
    deleteIncident: (id) => deleteIncident(id),
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
    appendAudit: (entry) => translateSqliteError('append to the audit log', () => audit.appendAudit(entry)),
    listAudit: audit.listAudit,
    saveReviewDecision: (decision) => translateSqliteError('save the review decision', () => review.saveDecision(decision)),
    listReviewDecisions: review.listDecisions,
    saveVisibility: (rule) => translateSqliteError('save the visibility', () => review.saveVisibility(rule)),
    listVisibility: review.listVisibility,
    listPrivateIncidentIds: review.listPrivateIncidentIds,
    listReviewTallies: review.listReviewTallies,
    recordFailure: failures.recordFailure,
    listFailures: failures.listFailures,
  } satisfies Store);
}
