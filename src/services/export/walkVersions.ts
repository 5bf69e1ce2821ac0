import type { DocumentVersionRecord } from '../../domain/records.js';
import type { Store } from '../../store/Store.js';

/** The part of the store the document export reads. */
export type VersionSource = Pick<Store, 'listLatestVersionIds' | 'getVersion' | 'listVersions'>;

/**
 * Every stored document version: documents in the order they were first stored, each document's
 * versions oldest first. Only one document's versions are held at a time, so the export's memory
 * does not grow with the database. That order is the order an import must replay them in for the
 * incidents to be founded by the same drafts (and so keep their ids).
 */
export function* walkVersions(store: VersionSource): Generator<DocumentVersionRecord> {
  for (const latestId of store.listLatestVersionIds()) {
    const latest = store.getVersion(latestId);
    // Removed between the id list and now: skipped rather than invented.
    if (!latest) continue;
    yield* store.listVersions(latest.documentId);
  }
}

/**
 * A version in the export's field order, whatever order the store built its record in, so two
 * databases holding the same versions write the same bytes.
 */
export function toExportedVersion(v: DocumentVersionRecord): DocumentVersionRecord {
  return {
    id: v.id,
    documentId: v.documentId,
    previousVersionId: v.previousVersionId,
    sha256: v.sha256,
    format: v.format,
    text: v.text,
    bodyStart: v.bodyStart,
    title: v.title,
    url: v.url,
    outlet: v.outlet,
    author: v.author,
    published: v.published,
    anchor: { kind: v.anchor.kind, date: v.anchor.date, span: v.anchor.span ? { start: v.anchor.span.start, end: v.anchor.span.end, text: v.anchor.span.text } : null },
    updateNotes: v.updateNotes.map((n) => ({ span: { start: n.span.start, end: n.span.end, text: n.span.text }, date: n.date, time: n.time, timezone: n.timezone, note: n.note })),
    sourcePath: v.sourcePath,
    ingestedAt: v.ingestedAt,
  };
}
