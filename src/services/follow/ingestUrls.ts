import { isParallaxError } from '../../lib/errors.js';
import type { Store } from '../../store/Store.js';
import { fetchDocument, type FetchSettings } from '../fetchDocument.js';
import { ingestDocument } from '../ingest/ingestDocument.js';
import { unreadOf, type IngestFailure, type IngestSummary, type UnreadDocument } from '../ingest/ingestPaths.js';
import { createHostPacer, type HostPacer } from './createHostPacer.js';

export interface IngestUrlsOptions extends FetchSettings {
  readonly published?: string | null;
  /** Shared across calls so politeness holds across a whole run; defaults to 1 s per host. */
  readonly pacer?: HostPacer;
  readonly now?: () => Date;
  /** Time allowed per page's parsing and analysis; a slower one is recorded as `too_slow`. */
  readonly docTimeoutMs?: number;
  readonly onProgress?: (progress: { done: number; total: number; path: string; elapsedMs: number }) => void;
}

/**
 * Fetches and ingests pages one at a time, politely (one request per host per second by default).
 * A page that cannot be fetched or read is recorded as failed with its reason and the batch goes
 * on. A page whose content changed since it was last fetched is stored as a new version.
 */
export async function ingestUrls(store: Store, urls: readonly string[], options: IngestUrlsOptions = {}): Promise<IngestSummary> {
  const started = Date.now();
  const pacer = options.pacer ?? createHostPacer(1000);
  let stored = 0;
  let unchanged = 0;
  const failed: IngestFailure[] = [];
  const unread: UnreadDocument[] = [];
  for (const [i, url] of urls.entries()) {
    try {
      await pacer.wait(url);
      const input = await fetchDocument(url, options, options.published ?? null);
      const outcome = ingestDocument(store, { ...input, docTimeoutMs: options.docTimeoutMs }, options.now);
      if (outcome.status === 'stored') stored++;
      else unchanged++;
      unread.push(...unreadOf(url, outcome));
    } catch (err) {
      const failure = { path: url, code: isParallaxError(err) ? err.code : 'stage_failed', message: err instanceof Error ? err.message : String(err) };
      failed.push(failure);
      store.recordFailure({ ...failure, at: (options.now?.() ?? new Date()).toISOString() });
    }
    options.onProgress?.({ done: i + 1, total: urls.length, path: url, elapsedMs: Date.now() - started });
  }
  return { files: urls.length, stored, unchanged, failed, unread, incidents: store.countIncidents(), seconds: (Date.now() - started) / 1000 };
}
