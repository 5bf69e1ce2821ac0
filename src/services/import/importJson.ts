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
  /** Documents whose newest version went through the stages after ingest. */
  readonly analysed: number;
  readonly failed: readonly ImportJsonFailure[];
  readonly incidents: number;
}

/**
 * Stores the document versions of a json export (`--with-documents`) as they were, same ids, then
 * re-runs the stages after ingest on the newest version of each document that gained one, in the
 * order the documents come (the order they were first stored where the export was made), so the
 * incidents are founded by the same drafts and keep their ids. Older versions are stored for the
 * history only. A version already stored (same sha256) is unchanged; a bad entry is recorded as
 * failed with its index and the rest goes on.
 */
export function importJson(store: Store, entries: Iterable<unknown>): ImportJsonSummary {
  let versions = 0;
  let stored = 0;
  let unchanged = 0;
  const failed: ImportJsonFailure[] = [];
  // documentId → its newest stored entry; setting an existing key keeps its first-appearance place.
  const touched = new Map<string, { index: number; versionId: string }>();
  for (const entry of entries) {
    const index = versions++;
    const read = readExportedVersion(entry);
    if (!read.ok) {
      failed.push({ index, versionId: idOf(entry), code: 'bad_input', message: read.reason });
      continue;
    }
    const v = read.version;
    if (store.findVersionBySha256(v.sha256)) {
      unchanged++;
      continue;
    }
    const problem = checkHistory(store, v);
    if (problem) {
      failed.push({ index, versionId: v.id, code: 'bad_input', message: problem });
      continue;
    }
    try {
      store.transaction(() => store.insertVersion(v));
    } catch (err) {
      failed.push({ index, versionId: v.id, code: isParallaxError(err) ? err.code : 'internal', message: (err as Error).message });
      continue;
    }
    stored++;
    touched.set(v.documentId, { index, versionId: v.id });
  }
  let analysed = 0;
  for (const [documentId, at] of touched) {
    try {
      analyseNewest(store, documentId);
      analysed++;
    } catch (err) {
      failed.push({ index: at.index, versionId: at.versionId, code: isParallaxError(err) ? err.code : 'stage_failed', message: (err as Error).message });
    }
  }
  return { versions, stored, unchanged, analysed, failed, incidents: store.countIncidents() };
}

function analyseNewest(store: Store, documentId: string): void {
  const newest = store.findLatestVersionByDocumentId(documentId);
  if (!newest) return;
  const result = analyseVersion(toParsedDocument(newest), newest.id);
  store.transaction(() => applyAnalysis(store, { versionId: newest.id, documentId, published: newest.published, supersedes: newest.previousVersionId }, result));
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
