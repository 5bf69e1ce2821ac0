import { safeFetch } from '../ingest/fetch/safeFetch.js';
import type { SafeFetchOptions, SafeFetchResult } from '../ingest/fetch/safeFetch.js';
import { ParallaxError } from '../lib/errors.js';
import type { IngestInput } from './ingest/ingestDocument.js';
import { readPdfInput } from './import/readPdfInput.js';

/** Names Parallax to the sites it reads, with where to learn what it is. */
export const PARALLAX_USER_AGENT = 'Parallax/1 (news attribution research; polite crawler, one request per host per second)';

export const DOCUMENT_TYPES = Object.freeze(['text/html', 'application/xhtml+xml', 'text/plain', 'text/markdown', 'application/pdf']);

export interface FetchSettings {
  readonly maxBytes?: number;
  readonly timeoutMs?: number;
  readonly allowHosts?: readonly string[];
  /** Tests only: lets the fetcher reach a local server (see safeFetch). */
  readonly allowLoopbackForTests?: boolean;
  /** Replaces the fetcher (tests). */
  readonly fetcher?: typeof safeFetch;
}

/** The safe fetcher's options for Parallax: bounded size, time and redirects, our user agent. */
export function fetchOptions(settings: FetchSettings, allowedContentTypes: readonly string[], headers?: Record<string, string>): SafeFetchOptions {
  return {
    maxBytes: settings.maxBytes ?? 20 * 1024 * 1024,
    maxRedirects: 5,
    timeoutMs: settings.timeoutMs ?? 30_000,
    allowedContentTypes,
    userAgent: PARALLAX_USER_AGENT,
    ...(settings.allowHosts ? { allowHosts: settings.allowHosts } : {}),
    ...(headers ? { headers } : {}),
    ...(settings.allowLoopbackForTests ? { allowLoopbackForTests: true } : {}),
  };
}

/** A response that is not a page: `fetch_failed` with the status, so the batch records why. */
export function checkStatus(result: SafeFetchResult, requested: string): void {
  if (result.status < 200 || result.status > 299) {
    throw new ParallaxError('fetch_failed', `${requested} answered HTTP ${result.status}.`, { url: requested, status: result.status });
  }
}

/**
 * Fetches one page (HTML, text or PDF) through the safe fetcher and makes it ready to ingest: the
 * final URL (after redirects) goes with the bytes, so a later change under the same URL becomes a
 * new version of the same document. Throws `fetch_refused`, `fetch_failed`, or a PDF's errors.
 */
export async function fetchDocument(url: string, settings: FetchSettings = {}, published: string | null = null): Promise<IngestInput> {
  const result = await (settings.fetcher ?? safeFetch)(url, fetchOptions(settings, DOCUMENT_TYPES));
  checkStatus(result, url);
  if (result.contentType === 'application/pdf') return readPdfInput(result.body, { url: result.url, published });
  return { raw: result.body, contentType: result.headers['content-type'] ?? result.contentType, url: result.url, published, sourcePath: null };
}
