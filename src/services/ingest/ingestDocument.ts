import type { ParsedDocument } from '../../domain/document.js';
import type { DocumentVersionRecord } from '../../domain/records.js';
import { parseDocument } from '../../ingest/parseDocument.js';
import { DEFAULT_DOC_TIMEOUT_MS, startDeadline } from '../../lib/deadline.js';
import { stableId } from '../../lib/ids.js';
import type { Store } from '../../store/Store.js';
import { documentLockKey, placementLockKeys } from '../incidents/lockKeys.js';
import { analyseVersion, applyAnalysis, type AnalyseVersion, type VersionAnalysis } from './applyAnalysis.js';

export interface IngestInput {
  readonly raw: Uint8Array;
  readonly fileName?: string | null;
  readonly contentType?: string | null;
  readonly url?: string | null;
  /** YYYY-MM-DD set by the user; overrides every date the document states. */
  readonly published?: string | null;
  readonly sourcePath?: string | null;
  /** Time allowed for this document's parsing and analysis (default DEFAULT_DOC_TIMEOUT_MS); past it, `too_slow`. */
  readonly docTimeoutMs?: number;
}

export type IngestOutcome =
  | {
      readonly status: 'stored';
      readonly documentId: string;
      readonly versionId: string;
      readonly incidentIds: readonly string[];
      readonly newVersionOf: string | null;
      /** Set when the document is in a language Parallax does not read: stored, nothing read from it. */
      readonly unreadLanguage?: { readonly code: string; readonly name: string | null };
    }
  | { readonly status: 'unchanged'; readonly documentId: string; readonly versionId: string };

/** A document parsed and analysed, not yet stored: what `storePreparedDocument` writes. */
export interface PreparedDocument {
  readonly doc: ParsedDocument;
  readonly documentId: string;
  readonly versionId: string;
  readonly result: VersionAnalysis;
  readonly sourcePath: string | null;
}

/**
 * Ingests one document: parse, analyse, attribute, extract, place in incidents, store, all in one
 * keyed transaction (beside other workers' documents about other incidents). The same bytes twice
 * are stored once; new bytes under a known URL become a new version linked to the previous one,
 * and only the newest version of a document speaks for it. Throws a ParallaxError for a bad
 * document, or `too_slow` when its analysis outruns `input.docTimeoutMs`; nothing is written then.
 * `analyse` replaces the pure stages in tests.
 */
export function ingestDocument(store: Store, input: IngestInput, now: () => Date = () => new Date(), analyse: AnalyseVersion = analyseVersion): IngestOutcome {
  const prepared = prepareDocument(store, input, analyse);
  if ('status' in prepared) return prepared;
  const outcome = storePreparedDocument(store, prepared, now);
  if (!outcome) throw new Error('storePreparedDocument waited for its keys and still gave none.');
  return outcome;
}

/**
 * The first half of ingestDocument, the slow one, which writes nothing: parse and analyse, within
 * the document's time limit. Bytes already stored come back as their `unchanged` outcome.
 */
export function prepareDocument(store: Store, input: IngestInput, analyse: AnalyseVersion = analyseVersion): PreparedDocument | IngestOutcome {
  // Started before parsing: the limit covers everything done for this document before it is stored.
  const deadline = startDeadline(input.docTimeoutMs ?? DEFAULT_DOC_TIMEOUT_MS);
  const doc = parseDocument(input.raw, { fileName: input.fileName, contentType: input.contentType, published: input.published, url: input.url });
  deadline.check('parse');
  const existing = store.findVersionBySha256(doc.sha256);
  if (existing) return { status: 'unchanged', documentId: existing.documentId, versionId: existing.id };
  const documentId = doc.metadata.url ? stableId('doc', doc.metadata.url) : stableId('doc', doc.sha256);
  const versionId = stableId('ver', doc.sha256);
  return { doc, documentId, versionId, result: analyse(doc, versionId, deadline), sourcePath: input.sourcePath ?? null };
}

/**
 * The second half: stores a prepared document and places it, in one keyed transaction. With
 * `ifFree`, gives up at once (null, nothing written) when another transaction holds the keys its
 * placement needs — another worker is storing a document about the same incident — so a worker can
 * store something else meanwhile instead of waiting; without it, waits for them.
 */
export function storePreparedDocument(store: Store, prepared: PreparedDocument, now: () => Date = () => new Date(), options: { readonly ifFree?: boolean } = {}): IngestOutcome | null {
  const { doc, documentId, versionId, result } = prepared;
  const busy = Symbol('busy');
  const outcome = attempt(() =>
    store.transaction((): IngestOutcome => {
      store.lockKeys([documentLockKey(documentId)]);
      if (options.ifFree && !store.tryLockKeys(placementLockKeys(result.drafts))) throw busy;
      const previous = store.findLatestVersionByDocumentId(documentId);
      store.insertVersion(toVersionRecord(doc, documentId, versionId, previous?.id ?? null, prepared.sourcePath, now()));
      const incidentIds = applyAnalysis(store, { versionId, documentId, published: doc.anchor.date, supersedes: previous?.id ?? null, isNew: true }, result);
      return { status: 'stored', documentId, versionId, incidentIds, newVersionOf: previous?.id ?? null, ...(result.unreadLanguage ? { unreadLanguage: result.unreadLanguage } : {}) };
    }, 'keyed'),
    busy,
  );
  return outcome === busy ? null : outcome;
}

/** Runs `fn`; the `busy` it throws (to roll its transaction back) comes back as its value. */
function attempt<T, B>(fn: () => T, busy: B): T | B {
  try {
    return fn();
  } catch (err) {
    if (err === busy) return busy;
    throw err;
  }
}

function toVersionRecord(doc: ParsedDocument, documentId: string, versionId: string, previousVersionId: string | null, sourcePath: string | null, now: Date): DocumentVersionRecord {
  return {
    id: versionId,
    documentId,
    previousVersionId,
    sha256: doc.sha256,
    format: doc.format,
    text: doc.text,
    bodyStart: doc.bodyStart,
    title: doc.metadata.title,
    url: doc.metadata.url,
    outlet: doc.metadata.outlet,
    author: doc.metadata.author,
    published: doc.anchor.date,
    anchor: doc.anchor,
    updateNotes: doc.updateNotes,
    sourcePath,
    ingestedAt: now.toISOString(),
  };
}
