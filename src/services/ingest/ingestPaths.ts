import { readFileSync } from 'node:fs';
import { listInputFiles } from '../../ingest/listInputFiles.js';
import type { Store } from '../../store/Store.js';
import type { AnalyseVersion } from './applyAnalysis.js';
import { ingestBatch, type BatchEntry, type IngestFailure } from './ingestBatch.js';
import type { IngestOutcome } from './ingestDocument.js';

export type { IngestFailure } from './ingestBatch.js';

export interface IngestSummary {
  readonly files: number;
  readonly stored: number;
  readonly unchanged: number;
  readonly failed: readonly IngestFailure[];
  /** Stored documents in a language Parallax does not read (nothing was read from them). */
  readonly unread: readonly UnreadDocument[];
  readonly incidents: number;
  readonly seconds: number;
}

/** A document stored but not read: its language is not one Parallax reads (vocab/languages.json). */
export interface UnreadDocument {
  readonly path: string;
  readonly language: string;
}

/** The unread document an outcome tells of, if any. */
export function unreadOf(path: string, outcome: IngestOutcome): UnreadDocument[] {
  return outcome.status === 'stored' && outcome.unreadLanguage ? [{ path, language: outcome.unreadLanguage.name ?? outcome.unreadLanguage.code }] : [];
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
  const unread: UnreadDocument[] = [];
  const entries: BatchEntry[] = files.map((path) => ({
    path,
    read: () => ({ raw: readFileSync(path), fileName: path, sourcePath: path, published: options.published ?? null }),
  }));
  ingestBatch(store, entries, options, (outcome, i) => {
    if ('failure' in outcome) failed.push(outcome.failure);
    else if (outcome.status === 'stored') {
      stored++;
      unread.push(...unreadOf(files[i]!, outcome));
    } else unchanged++;
    options.onProgress?.({ done: i + 1, total: files.length, path: files[i]!, elapsedMs: Date.now() - started });
  });
  return { files: files.length, stored, unchanged, failed, unread, incidents: store.countIncidents(), seconds: (Date.now() - started) / 1000 };
}
