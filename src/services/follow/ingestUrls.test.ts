import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { makePdf } from '../../ingest/pdf/pdfFixtures.js';
import { PARALLAX_USER_AGENT } from '../fetchDocument.js';
import { openParallax, type Parallax } from '../openParallax.js';
import { createHostPacer } from './createHostPacer.js';
import { ingestUrls } from './ingestUrls.js';
import { articleHtml, startTestServer, type TestServer } from './testServer.js';

let server: TestServer;
let dir: string;
let px: Parallax;
const options = { allowLoopbackForTests: true, pacer: createHostPacer(0) };

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'parallax-url-'));
  px = openParallax(path.join(dir, 'test.db'));
  server.routes.clear();
});
afterEach(() => {
  px.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('ingestUrls', () => {
  it('stores a fetched page, the same page once, and a changed page as a second version', async () => {
    let body = articleHtml();
    server.routes.set('/story', (_req, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(body));
    expect(await ingestUrls(px.store, [server.url('/story')], options)).toMatchObject({ stored: 1, unchanged: 0, failed: [] });
    expect(await ingestUrls(px.store, [server.url('/story')], options)).toMatchObject({ stored: 0, unchanged: 1 });
    body = articleHtml(' The agency later said the agent fired twice.');
    expect(await ingestUrls(px.store, [server.url('/story')], options)).toMatchObject({ stored: 1 });
    const incident = px.store.listIncidents({ limit: 5, offset: 0 }).items[0];
    const [document] = px.store.listIncidentDocuments(incident.id);
    const versions = px.store.listVersions(document.documentId);
    expect(versions).toHaveLength(2);
    expect(versions[1].previousVersionId).toBe(versions[0].id);
    expect(versions[1].url).toBe(server.url('/story'));
    expect(server.requests.at(-1)!.headers['user-agent']).toBe(PARALLAX_USER_AGENT);
  });

  it('reads a PDF behind a URL and records what cannot be fetched, going on', async () => {
    server.routes.set('/complaint.pdf', (_req, res) => res.writeHead(200, { 'content-type': 'application/pdf' }).end(Buffer.from(makePdf([['A complaint about an arrest.'], ['Page two of it.']]))));
    server.routes.set('/image', (_req, res) => res.writeHead(200, { 'content-type': 'image/png' }).end('x'));
    const summary = await ingestUrls(px.store, [server.url('/missing'), server.url('/image'), server.url('/complaint.pdf')], options);
    expect(summary.stored).toBe(1);
    expect(summary.failed.map((f) => f.code)).toEqual(['fetch_failed', 'fetch_refused']);
    expect(summary.failed[0].message).toMatch(/404/);
    expect(px.store.listFailures()).toHaveLength(2);
  });

  it('refuses loopback addresses outside test mode', async () => {
    server.routes.set('/story', (_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(articleHtml()));
    const summary = await ingestUrls(px.store, [server.url('/story')], { pacer: createHostPacer(0) });
    expect(summary.failed.map((f) => f.code)).toEqual(['fetch_refused']);
  });
});

describe('createHostPacer', () => {
  it('spaces requests to one host and leaves other hosts alone', async () => {
    let now = 0;
    const sleeps: number[] = [];
    const pacer = createHostPacer(1000, { now: () => now, sleep: async (ms) => void (sleeps.push(ms), (now += ms)) });
    await pacer.wait('https://a.example/1');
    now += 300;
    await pacer.wait('https://a.example/2');
    await pacer.wait('https://b.example/1');
    expect(sleeps).toEqual([700]);
  });
});
