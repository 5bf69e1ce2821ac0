import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openParallax, type Parallax } from '../openParallax.js';
import { createHostPacer } from './createHostPacer.js';
import { feedStatePath, loadFeedState, saveFeedState } from './feedStateFile.js';
import { emptyFeedState, pollFeed } from './pollFeed.js';
import { articleHtml, startTestServer, type TestServer } from './testServer.js';

let server: TestServer;
let dir: string;
let px: Parallax;
const options = { allowLoopbackForTests: true, pacer: createHostPacer(0) };

function rss(paths: readonly string[]): string {
  const items = paths.map((p) => `<item><title>${p}</title><link>${server.url(p)}</link></item>`).join('');
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>Test feed</title>${items}</channel></rss>`;
}

/** A feed that honours If-None-Match like a real server: 304 when the ETag still holds. */
function serveFeed(paths: readonly string[], etag: string, lastModified: string): void {
  server.routes.set('/feed.xml', (req, res) => {
    if (req.headers['if-none-match'] === etag) return void res.writeHead(304, { etag }).end();
    res.writeHead(200, { 'content-type': 'application/rss+xml', etag, 'last-modified': lastModified }).end(rss(paths));
  });
}

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'parallax-feed-'));
  px = openParallax(path.join(dir, 'test.db'));
  server.routes.clear();
  for (const p of ['/a', '/b']) server.routes.set(p, (_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(articleHtml(` Page ${p}.`)));
});
afterEach(() => {
  px.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('pollFeed', () => {
  it('ingests new items, sends the validators back, and fetches nothing more on 304', async () => {
    serveFeed(['/a'], '"v1"', 'Tue, 03 Jun 2025 10:00:00 GMT');
    const first = await pollFeed(px.store, emptyFeedState(server.url('/feed.xml')), options);
    expect(first).toMatchObject({ modified: true, items: 1 });
    expect(first.ingest?.stored).toBe(1);
    expect(first.state).toMatchObject({ etag: '"v1"', lastModified: 'Tue, 03 Jun 2025 10:00:00 GMT', seen: [server.url('/a')] });

    const before = server.requests.length;
    const second = await pollFeed(px.store, first.state, options);
    expect(second.modified).toBe(false);
    expect(server.requests.length - before).toBe(1);
    expect(server.requests.at(-1)!.headers).toMatchObject({ 'if-none-match': '"v1"', 'if-modified-since': 'Tue, 03 Jun 2025 10:00:00 GMT' });

    serveFeed(['/b', '/a'], '"v2"', 'Wed, 04 Jun 2025 10:00:00 GMT');
    const third = await pollFeed(px.store, second.state, options);
    expect(third.ingest?.files).toBe(1);
    expect(server.requests.at(-1)!.path).toBe('/b');
    expect(third.state.seen).toEqual([server.url('/a'), server.url('/b')]);
  });

  it('retries an item that failed on the next poll', async () => {
    serveFeed(['/a', '/gone'], '"v1"', 'Tue, 03 Jun 2025 10:00:00 GMT');
    const poll = await pollFeed(px.store, emptyFeedState(server.url('/feed.xml')), options);
    expect(poll.ingest?.failed.map((f) => f.path)).toEqual([server.url('/gone')]);
    expect(poll.state.seen).toEqual([server.url('/a')]);
  });

  it('keeps its state in a file beside the database, one entry per feed', () => {
    const file = feedStatePath(path.join(dir, 'test.db'));
    expect(loadFeedState(file, 'https://x.example/feed')).toEqual(emptyFeedState('https://x.example/feed'));
    const state = { ...emptyFeedState('https://x.example/feed'), etag: '"e"', seen: ['https://x.example/1'] };
    saveFeedState(file, state);
    saveFeedState(file, emptyFeedState('https://y.example/feed'));
    expect(loadFeedState(file, 'https://x.example/feed')).toEqual(state);
  });
});
