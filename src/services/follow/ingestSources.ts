import { readFileSync } from 'node:fs';
import { listInputFiles } from '../../ingest/listInputFiles.js';
import { isParallaxError } from '../../lib/errors.js';
import type { Store } from '../../store/Store.js';
import { readPdfInput } from '../import/readPdfInput.js';
import { ingestDocument } from '../ingest/ingestDocument.js';
import { ingestPaths, unreadOf, type IngestFailure, type IngestPathsOptions, type IngestSummary, type UnreadDocument } from '../ingest/ingestPaths.js';
import { ingestUrls, type IngestUrlsOptions } from './ingestUrls.js';

export function isUrlArgument(arg: string): boolean {
  return /^https?:\/\//i.test(arg);
}

function isPdfPath(arg: string): boolean {
  return /\.pdf$/i.test(arg);
}

/**
 * What `parallax ingest` takes: files and folders (the synchronous pipeline), PDF files (their text
 * layer read first, pages kept) and http(s) URLs (fetched through the safe fetcher), in one summary.
 * Every source that fails is recorded with its reason and the rest goes on.
 */
export async function ingestSources(store: Store, sources: readonly string[], options: IngestPathsOptions & IngestUrlsOptions = {}): Promise<IngestSummary> {
  const started = Date.now();
  const urls = sources.filter(isUrlArgument);
  // Folders are expanded first so that PDFs inside them take the PDF path too.
  const files = listInputFiles(sources.filter((s) => !isUrlArgument(s)));
  const pdfs = files.filter(isPdfPath);
  const paths = files.filter((s) => !isPdfPath(s));
  const parts: IngestSummary[] = [];
  if (paths.length) parts.push(ingestPaths(store, paths, options));
  if (pdfs.length) parts.push(await ingestPdfFiles(store, pdfs, options));
  if (urls.length) parts.push(await ingestUrls(store, urls, options));
  return {
    files: parts.reduce((n, p) => n + p.files, 0),
    stored: parts.reduce((n, p) => n + p.stored, 0),
    unchanged: parts.reduce((n, p) => n + p.unchanged, 0),
    failed: parts.flatMap((p) => p.failed),
    unread: parts.flatMap((p) => p.unread),
    incidents: store.countIncidents(),
    seconds: (Date.now() - started) / 1000,
  };
}

async function ingestPdfFiles(store: Store, paths: readonly string[], options: IngestPathsOptions): Promise<IngestSummary> {
  let stored = 0;
  let unchanged = 0;
  const failed: IngestFailure[] = [];
  const unread: UnreadDocument[] = [];
  for (const path of paths) {
    try {
      let raw: Uint8Array;
      try {
        raw = readFileSync(path);
      } catch (err) {
        throw Object.assign(new Error(`Cannot read ${path} (${(err as NodeJS.ErrnoException).code ?? 'error'}).`), { code: 'unreadable_file' });
      }
      const outcome = ingestDocument(store, { ...(await readPdfInput(raw, { path, published: options.published ?? null })), docTimeoutMs: options.docTimeoutMs }, options.now);
      if (outcome.status === 'stored') stored++;
      else unchanged++;
      unread.push(...unreadOf(path, outcome));
    } catch (err) {
      const code = isParallaxError(err) ? err.code : ((err as { code?: string }).code ?? 'stage_failed');
      const failure = { path, code, message: err instanceof Error ? err.message : String(err) };
      failed.push(failure);
      store.recordFailure({ ...failure, at: (options.now?.() ?? new Date()).toISOString() });
    }
  }
  return { files: paths.length, stored, unchanged, failed, unread, incidents: store.countIncidents(), seconds: 0 };
}
