import type { DocumentVersionRecord } from '../../domain/records.js';
import { isParallaxError } from '../../lib/errors.js';
import type { Store } from '../../store/Store.js';
import { analyseVersion, applyAnalysis } from '../ingest/applyAnalysis.js';
import { toParsedDocument } from '../ingest/reanalyseAll.js';
import { readExportedVersion } from './importJsonSchema.js';

export interface ImportJsonFailure {
  /** Position of the entry in the export's `"documents"` array, from 0. */
  readonly index: number;
  readonly versionId: string | null;
  readonly code: string;
  readonly message: string;
}

export interface ImportJsonSummary {
  readonly versions: number;
  readonly stored: number;
  readonly unchanged: number;
  readonly failed: readonly ImportJsonFailure[];
  readonly incidents: number;
}

/**
 * Replays ingest from the document versions of a json export (`--with-documents`): each version is
 * stored as it was (same ids) and goes through the stages after ingest, in the order it was first
 * ingested (`ingestedAt`), taking over from its previous version. Incident ids are those of the
 * drafts that founded them, and a later version joins the incident its first version founded, so
 * analysing only the newest versions would found incidents under other ids: replaying the history
 * is what makes the second export identical. A version already stored (same sha256) is unchanged;
 * a bad entry is recorded as failed with its index and the rest goes on.
 */
export function importJson(store: Store, entries: Iterable<unknown>): ImportJsonSummary {
  let versions = 0;
  let stored = 0;
  let unchanged = 0;
  const failed: ImportJsonFailure[] = [];
  const valid: { index: number; version: DocumentVersionRecord }[] = [];
  for (const entry of entries) {
    const index = versions++;
    const read = readExportedVersion(entry);
    if (read.ok) valid.push({ index, version: read.version });
    else failed.push({ index, versionId: idOf(entry), code: 'bad_input', message: read.reason });
  }
  // Ingest order: the store lists an incident's documents in the order their versions were stored,
  // and the export writes each document's versions together. A stable sort, so versions stored in
  // the same instant keep the file's order, which is the order their documents were first stored.
  valid.sort((a, b) => (a.version.ingestedAt < b.version.ingestedAt ? -1 : a.version.ingestedAt > b.version.ingestedAt ? 1 : 0));
  for (const { index, version } of valid) {
    if (store.findVersionBySha256(version.sha256)) {
      unchanged++;
      continue;
    }
    const problem = checkHistory(store, version);
    if (problem) {
      failed.push({ index, versionId: version.id, code: 'bad_input', message: problem });
      continue;
    }
    try {
      replayVersion(store, version);
      stored++;
    } catch (err) {
      failed.push({ index, versionId: version.id, code: isParallaxError(err) ? err.code : 'stage_failed', message: (err as Error).message });
    }
  }
  failed.sort((a, b) => a.index - b.index);
  return { versions, stored, unchanged, failed, incidents: store.countIncidents() };
}

/** What ingest did when the version arrived: store it, analyse it, let it take over from its previous version; all or nothing. */
function replayVersion(store: Store, v: DocumentVersionRecord): void {
  const result = analyseVersion(toParsedDocument(v), v.id);
  store.transaction(() => {
    store.insertVersion(v);
    applyAnalysis(store, { versionId: v.id, documentId: v.documentId, published: v.published, supersedes: v.previousVersionId }, result);
  });
}

/** A version must not reuse a stored id, and its previous version must already be stored, in the same document. */
function checkHistory(store: Store, v: DocumentVersionRecord): string | null {
  if (store.getVersion(v.id)) return `id ${v.id} is already stored with other content`;
  if (v.previousVersionId === null) {
    return store.findLatestVersionByDocumentId(v.documentId) ? `document ${v.documentId} is already stored, and this version names no previous version` : null;
  }
  const previous = store.getVersion(v.previousVersionId);
  if (!previous) return `its previous version ${v.previousVersionId} is not stored (it must come earlier in the file)`;
  if (previous.documentId !== v.documentId) return `its previous version ${v.previousVersionId} belongs to another document`;
  return null;
}

function idOf(entry: unknown): string | null {
  const id = entry && typeof entry === 'object' ? (entry as { id?: unknown }).id : null;
  return typeof id === 'string' ? id : null;
}
