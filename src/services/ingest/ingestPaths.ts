import { readFileSync } from 'node:fs';
import { listInputFiles } from '../../ingest/listInputFiles.js';
import { isParallaxError } from '../../lib/errors.js';
import type { Store } from '../../store/Store.js';
import type { AnalyseVersion } from './applyAnalysis.js';
import { ingestDocument, type IngestOutcome } from './ingestDocument.js';

export interface IngestFailure {
  readonly path: string;
  readonly code: string;
  readonly message: string;
}

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
 * Ingests files and folders (recursively). A bad document is recorded as failed with its reason
 * and the batch goes on; what was stored before is never touched by a failure.
 */
export function ingestPaths(store: Store, paths: readonly string[], options: IngestPathsOptions = {}): IngestSummary {
  const started = Date.now();
  const files = listInputFiles(paths);
  let stored = 0;
  let unchanged = 0;
  const failed: IngestFailure[] = [];
  files.forEach((path, i) => {
    const outcome = ingestOne(store, path, options);
    if ('failure' in outcome) failed.push(outcome.failure);
    else if (outcome.status === 'stored') stored++;
    else unchanged++;
    options.onProgress?.({ done: i + 1, total: files.length, path, elapsedMs: Date.now() - started });
  });
  return { files: files.length, stored, unchanged, failed, incidents: store.countIncidents(), seconds: (Date.now() - started) / 1000 };
}

function ingestOne(store: Store, path: string, options: IngestPathsOptions): IngestOutcome | { failure: IngestFailure } {
  try {
    const raw = readFileSync(path);
    return ingestDocument(store, { raw, fileName: path, sourcePath: path, published: options.published ?? null, docTimeoutMs: options.docTimeoutMs }, options.now, options.analyse);
  } catch (err) {
    const failure = describeFailure(path, err);
    store.recordFailure({ ...failure, at: (options.now?.() ?? new Date()).toISOString() });
    return { failure };
  }
}

function describeFailure(path: string, err: unknown): IngestFailure {
  if (isParallaxError(err)) return { path, code: err.code, message: err.message };
  const code = (err as NodeJS.ErrnoException)?.code;
  if (code === 'ENOENT' || code === 'EACCES' || code === 'EISDIR') return { path, code: 'unreadable_file', message: `Cannot read ${path} (${code}).` };
  // An unexpected error inside a stage: recorded with its message so it can be fixed, batch goes on.
  return { path, code: 'stage_failed', message: err instanceof Error ? err.message : String(err) };
}
