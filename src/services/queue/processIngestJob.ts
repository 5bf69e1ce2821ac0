import { isParallaxError } from '../../lib/errors.js';
import type { Store } from '../../store/Store.js';
import { ingestDocument, type IngestOutcome } from '../ingest/ingestDocument.js';
import type { IngestJob } from './ingestQueue.js';

/**
 * Ingests the document a job carries. The version insert and everything derived from it are one
 * transaction keyed by sha256, so a retried job, or the same file queued twice and taken by two
 * workers at once, ends as "unchanged": the loser of the race finds the winner's version.
 */
export function processIngestJob(store: Store, job: IngestJob, now?: () => Date): IngestOutcome {
  const raw = Buffer.from(job.contentBase64, 'base64');
  try {
    return ingestDocument(store, { raw, fileName: job.fileName, sourcePath: job.sourcePath, published: job.published }, now);
  } catch (err) {
    if (isParallaxError(err, 'bad_input') && err.details.field === 'sha256' && typeof err.details.versionId === 'string') {
      const winner = store.getVersion(err.details.versionId);
      if (winner) return { status: 'unchanged', documentId: winner.documentId, versionId: winner.id };
    }
    throw err;
  }
}
