import { parseFeed } from '../../ingest/feed/parseFeed.js';
import { safeFetch } from '../../ingest/fetch/safeFetch.js';
import type { Store } from '../../store/Store.js';
import { checkStatus, fetchOptions } from '../fetchDocument.js';
import type { IngestSummary } from '../ingest/ingestPaths.js';
import { createHostPacer } from './createHostPacer.js';
import { ingestUrls, type IngestUrlsOptions } from './ingestUrls.js';

/** What a feed told us last time: validators for a conditional GET, and the items already fetched. */
export interface FeedState {
  readonly url: string;
  readonly etag: string | null;
  readonly lastModified: string | null;
  readonly checkedAt: string | null;
  /** Item URLs already ingested, newest last, bounded so the state cannot grow without end. */
  readonly seen: readonly string[];
}

export interface FeedPoll {
  readonly state: FeedState;
  /** false when the server answered 304 Not Modified: nothing was fetched beyond the feed. */
  readonly modified: boolean;
  readonly items: number;
  readonly ingest: IngestSummary | null;
}

export const FEED_TYPES = Object.freeze(['application/rss+xml', 'application/atom+xml', 'application/xml', 'text/xml', 'application/rdf+xml', 'application/feed+xml',
  // A 304 usually carries no content type; a real body of this type must still parse as a feed.
  'application/octet-stream']);

const MAX_SEEN = 5000;

export function emptyFeedState(url: string): FeedState {
  return { url, etag: null, lastModified: null, checkedAt: null, seen: [] };
}

/**
 * One poll of a feed: a conditional GET (If-None-Match / If-Modified-Since from the last poll);
 * on 304 nothing else is fetched; otherwise every item not seen before is fetched and ingested
 * politely through the safe fetcher (a changed page becomes a new version). Returns the new state.
 */
export async function pollFeed(store: Store, state: FeedState, options: IngestUrlsOptions = {}): Promise<FeedPoll> {
  const headers: Record<string, string> = {};
  if (state.etag) headers['if-none-match'] = state.etag;
  if (state.lastModified) headers['if-modified-since'] = state.lastModified;
  const pacer = options.pacer ?? createHostPacer(1000);
  await pacer.wait(state.url);
  const result = await (options.fetcher ?? safeFetch)(state.url, fetchOptions(options, FEED_TYPES, headers));
  const checkedAt = (options.now?.() ?? new Date()).toISOString();
  if (result.status === 304) return { state: { ...state, checkedAt }, modified: false, items: 0, ingest: null };
  checkStatus(result, state.url);
  const feed = parseFeed(new TextDecoder('utf-8').decode(result.body), result.url);
  const seen = new Set(state.seen);
  const fresh = feed.items.filter((i) => !seen.has(i.url)).map((i) => i.url);
  const ingest = await ingestUrls(store, fresh, { ...options, pacer });
  const failedUrls = new Set(ingest.failed.map((f) => f.path));
  // A page that failed is tried again next time; the others are done.
  const done = [...state.seen, ...fresh.filter((u) => !failedUrls.has(u))].slice(-MAX_SEEN);
  return {
    state: { url: state.url, etag: result.headers.etag ?? null, lastModified: result.headers['last-modified'] ?? null, checkedAt, seen: done },
    modified: true,
    items: feed.items.length,
    ingest,
  };
}
