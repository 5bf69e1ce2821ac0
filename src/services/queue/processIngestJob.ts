import { isParallaxError } from '../../lib/errors.js';
import type { Store } from '../../store/Store.js';
import { prepareDocument, storePreparedDocument, type IngestOutcome, type PreparedDocument } from '../ingest/ingestDocument.js';
import type { IngestJob } from './ingestQueue.js';

/**
 * Ingests the document a job carries. The version insert and everything derived from it are one
 * transaction keyed by sha256, so a retried job, or the same file queued twice and taken by two
 * workers at once, ends as "unchanged": the loser of the race finds the winner's version.
 */
export function processIngestJob(store: Store, job: IngestJob, now?: () => Date): IngestOutcome {
  const prepared = prepareIngestJob(store, job);
  if ('status' in prepared) return prepared;
  const outcome = storeIngestJob(store, prepared, { now });
  if (!outcome) throw new Error('storeIngestJob waited for its keys and still gave none.');
  return outcome;
}

/** A job's document parsed and analysed (nothing written), or its outcome when its bytes are already stored. */
export function prepareIngestJob(store: Store, job: IngestJob): PreparedDocument | IngestOutcome {
  return prepareDocument(store, { raw: Buffer.from(job.contentBase64, 'base64'), fileName: job.fileName, sourcePath: job.sourcePath, published: job.published });
}

/** Stores a prepared job's document; with `ifFree`, null (nothing written) when another worker holds its keys. */
export function storeIngestJob(store: Store, prepared: PreparedDocument, options: { readonly ifFree?: boolean; readonly now?: () => Date } = {}): IngestOutcome | null {
  try {
    return storePreparedDocument(store, prepared, options.now, { ifFree: options.ifFree });
  } catch (err) {
    if (isParallaxError(err, 'bad_input') && err.details.field === 'sha256' && typeof err.details.versionId === 'string') {
      const winner = store.getVersion(err.details.versionId);
      if (winner) return { status: 'unchanged', documentId: winner.documentId, versionId: winner.id };
    }
    throw err;
  }
}
