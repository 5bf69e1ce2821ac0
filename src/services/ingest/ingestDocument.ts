import { extractIncidents } from '../../analysis/extract/extractIncidents.js';
import type { ParsedDocument } from '../../domain/document.js';
import type { AttributionRecord, DocumentVersionRecord } from '../../domain/records.js';
import { parseDocument } from '../../ingest/parseDocument.js';
import { stableId } from '../../lib/ids.js';
import { analyseText, NLP_STAGE_LABEL } from '../../nlp/analyseText.js';
import type { Store } from '../../store/Store.js';
import { placeDrafts } from '../incidents/placeDrafts.js';
import { rebuildIncident } from '../incidents/rebuildIncident.js';

export interface IngestInput {
  readonly raw: Uint8Array;
  readonly fileName?: string | null;
  readonly contentType?: string | null;
  readonly url?: string | null;
  /** YYYY-MM-DD set by the user; overrides every date the document states. */
  readonly published?: string | null;
  readonly sourcePath?: string | null;
}

export type IngestOutcome =
  | { readonly status: 'stored'; readonly documentId: string; readonly versionId: string; readonly incidentIds: readonly string[]; readonly newVersionOf: string | null }
  | { readonly status: 'unchanged'; readonly documentId: string; readonly versionId: string };

/**
 * Ingests one document: parse, analyse, attribute, extract, place in incidents, store, all in one
 * transaction. The same bytes twice are stored once; new bytes under a known URL become a new
 * version linked to the previous one, and only the newest version of a document speaks for it.
 * Throws a ParallaxError for a bad document; nothing is written then.
 */
export function ingestDocument(store: Store, input: IngestInput, now: () => Date = () => new Date()): IngestOutcome {
  const doc = parseDocument(input.raw, { fileName: input.fileName, contentType: input.contentType, published: input.published, url: input.url });
  const existing = store.findVersionBySha256(doc.sha256);
  if (existing) return { status: 'unchanged', documentId: existing.documentId, versionId: existing.id };

  const documentId = doc.metadata.url ? stableId('doc', doc.metadata.url) : stableId('doc', doc.sha256);
  const versionId = stableId('ver', doc.sha256);
  const { analysis, attributions } = analyseText(doc.text, { anchorDate: doc.anchor.date, bodyStart: doc.bodyStart });
  const drafts = extractIncidents(doc, analysis, attributions);

  return store.transaction(() => {
    const previous = store.findLatestVersionByDocumentId(documentId);
    store.insertVersion(toVersionRecord(doc, documentId, versionId, previous?.id ?? null, input.sourcePath ?? null, now()));
    store.replaceAttributions(versionId, attributions.map((a, i): AttributionRecord => ({ ...a, id: stableId('att', versionId, i, a.content.start, a.content.end), versionId, stage: NLP_STAGE_LABEL })));
    const affected = new Set<string>();
    if (previous) {
      // The newer version replaces the older one's account of every incident.
      for (const old of store.listDrafts(previous.id)) if (old.incidentId) affected.add(old.incidentId);
      store.replaceDrafts(previous.id, []);
    }
    const placed = placeDrafts(store, versionId, documentId, doc.anchor.date, drafts);
    store.replaceDrafts(versionId, placed);
    for (const p of placed) if (p.incidentId) affected.add(p.incidentId);
    for (const id of [...affected].sort()) rebuildIncident(store, id);
    return { status: 'stored', documentId, versionId, incidentIds: placed.map((p) => p.incidentId ?? '').filter(Boolean), newVersionOf: previous?.id ?? null };
  });
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
