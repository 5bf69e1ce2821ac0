import { readFileSync } from 'node:fs';
import { listInputFiles } from '../../ingest/listInputFiles.js';
import type { Store } from '../../store/Store.js';
import type { AnalyseVersion } from './applyAnalysis.js';
import { ingestBatch, type BatchEntry, type IngestFailure } from './ingestBatch.js';

export type { IngestFailure } from './ingestBatch.js';

export interface IngestSummary {
  readonly files: number;
  readonly stored: number;
  readonly unchanged: number;
  readonly failed: readonly IngestFailure[];
  readonly incidents: number;
  readonly seconds: number;
}

export interface IngestProgress {
  readonly done: number;
  readonly total: number;
  readonly path: string;
  readonly elapsedMs: number;
}

export interface IngestPathsOptions {
  readonly published?: string | null;
  readonly onProgress?: (progress: IngestProgress) => void;
  readonly now?: () => Date;
  /** Time allowed per document (`--doc-timeout-ms`); a slower one is recorded as failed (`too_slow`) and the batch goes on. */
  readonly docTimeoutMs?: number;
  /** Stands in for the pure stages (tests inject a slow one). */
  readonly analyse?: AnalyseVersion;
}

/**
 * Ingests files and folders (recursively), in commit groups (see ingestBatch). A bad document is
 * recorded as failed with its reason and the batch goes on; what was stored before is never
 * touched by a failure.
 */
export function ingestPaths(store: Store, paths: readonly string[], options: IngestPathsOptions = {}): IngestSummary {
  const started = Date.now();
  const files = listInputFiles(paths);
  let stored = 0;
  let unchanged = 0;
  const failed: IngestFailure[] = [];
  const entries: BatchEntry[] = files.map((path) => ({
    path,
    read: () => ({ raw: readFileSync(path), fileName: path, sourcePath: path, published: options.published ?? null }),
  }));
  ingestBatch(store, entries, options, (outcome, i) => {
    if ('failure' in outcome) failed.push(outcome.failure);
    else if (outcome.status === 'stored') stored++;
    else unchanged++;
    options.onProgress?.({ done: i + 1, total: files.length, path: files[i]!, elapsedMs: Date.now() - started });
  });
  return { files: files.length, stored, unchanged, failed, incidents: store.countIncidents(), seconds: (Date.now() - started) / 1000 };
}
