import type { ParsedDocument } from '../../domain/document.js';
import type { DocumentVersionRecord } from '../../domain/records.js';
import type { Store } from '../../store/Store.js';
import { analyseVersion, applyAnalysis } from './applyAnalysis.js';

export interface ReanalyseSummary {
  readonly documents: number;
  readonly incidents: number;
  readonly seconds: number;
}

/**
 * Re-runs every stage after ingest over the newest version of every stored document, in the
 * order the documents were first stored, so that ids stay what they were: attributions and claims
 * are derived from the version and their spans, incidents keep the id of the draft that founded them.
 */
export function reanalyseAll(store: Store, onProgress?: (done: number, total: number) => void): ReanalyseSummary {
  const started = Date.now();
  const versionIds = store.listLatestVersionIds();
  versionIds.forEach((versionId, i) => {
    const version = store.getVersion(versionId);
    if (!version) return;
    const result = analyseVersion(toParsedDocument(version), version.id);
    store.transaction(() => applyAnalysis(store, { versionId: version.id, documentId: version.documentId, published: version.published, supersedes: null }, result));
    onProgress?.(i + 1, versionIds.length);
  });
  return { documents: versionIds.length, incidents: store.countIncidents(), seconds: (Date.now() - started) / 1000 };
}

/** A stored version carries everything the stages after ingest read. */
export function toParsedDocument(v: DocumentVersionRecord): ParsedDocument {
  const stated = v.anchor.kind === 'header' || v.anchor.kind === 'html-meta' || v.anchor.kind === 'json-ld' ? v.anchor.date : null;
  return {
    kind: 'parsed-document',
    format: v.format,
    sha256: v.sha256,
    byteLength: 0,
    text: v.text,
    bodyStart: v.bodyStart,
    metadata: { title: v.title, url: v.url, outlet: v.outlet, author: v.author, published: stated, modified: null },
    anchor: v.anchor,
    updateNotes: v.updateNotes,
  };
}
