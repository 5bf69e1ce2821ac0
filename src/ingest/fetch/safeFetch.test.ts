import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isParallaxError } from '../../lib/errors.js';
import { recordFigures } from '../../../test/hostile/recordFigures.js';
import { safeFetch, type SafeFetchOptions } from './safeFetch.js';

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

let server: Server;
let port = 0;
let hits = 0;
let lastHost = '';
const routes = new Map<string, Handler>();
const refusedCases: string[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    hits += 1;
    lastHost = req.headers.host ?? '';
    const handler = routes.get(new URL(req.url ?? '/', 'http://x').pathname);
    if (handler) handler(req, res);
    else res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end('<p>ok</p>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(async () => {
  recordFigures('ssrf', { casesRefused: refusedCases.length, cases: refusedCases });
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const base: SafeFetchOptions = {
  maxBytes: 64 * 1024,
  maxRedirects: 3,
  timeoutMs: 2000,
  allowedContentTypes: ['text/html', 'text/plain'],
  userAgent: 'parallax-test',
};
const loopback: SafeFetchOptions = { ...base, allowLoopbackForTests: true };

function redirectTo(path: string, location: string): string {
  routes.set(path, (_req, res) => res.writeHead(302, { location: location.replace('PORT', String(port)) }).end());
  return `http://127.0.0.1:${port}${path}`;
}

async function expectRefused(url: string, options: SafeFetchOptions, reason?: string, hopsServed = options.allowLoopbackForTests ? 1 : 0): Promise<void> {
  const before = hits;
  const err = await safeFetch(url, options).then(() => null, (e: unknown) => e);
  expect(isParallaxError(err, 'fetch_refused'), `${url} should be refused, got ${String(err)}`).toBe(true);
  if (reason && isParallaxError(err)) expect(err.details.reason).toBe(reason);
  refusedCases.push(url.replace(String(port), 'PORT'));
  // A refused first hop never reaches the server; a refused redirect reaches it once, for the redirect.
  expect(hits - before).toBeLessThanOrEqual(hopsServed);
}

describe('safeFetch refuses what is not the public web (loopback test mode off)', () => {
  it.each([
    ['127.0.0.1', 'loopback'],
    ['2130706433', 'loopback'],
    ['0x7f000001', 'loopback'],
    ['0177.0.0.1', 'loopback'],
    ['017700000001', 'loopback'],
    ['127.1', 'loopback'],
    ['0x7f.1', 'loopback'],
    ['[::1]', 'loopback'],
    ['[::ffff:127.0.0.1]', 'loopback'],
    ['[::ffff:7f00:1]', 'loopback'],
    ['[64:ff9b::7f00:1]', 'loopback'],
    ['[2002:7f00:1::]', 'loopback'],
    ['localhost', 'loopback'],
    ['0.0.0.0', 'unspecified'],
    ['0', 'unspecified'],
    ['[::]', 'unspecified'],
    ['10.0.0.1', 'private'],
    ['0xa000001', 'private'],
    ['012.0.0.1', 'private'],
    ['167772161', 'private'],
    ['172.16.5.4', 'private'],
    ['192.168.1.1', 'private'],
    ['100.64.0.1', 'private'],
    ['[fc00::1]', 'private'],
    ['[fd00::abcd]', 'private'],
    ['[::ffff:10.0.0.1]', 'private'],
    ['169.254.169.254', 'link_local'],
    ['2852039166', 'link_local'],
    ['0xa9.0xfe.0xa9.0xfe', 'link_local'],
    ['[fe80::1]', 'link_local'],
    ['[::ffff:a9fe:a9fe]', 'link_local'],
    ['224.0.0.1', 'multicast'],
    ['239.255.255.250', 'multicast'],
    ['[ff02::1]', 'multicast'],
    ['240.0.0.1', 'reserved'],
    ['255.255.255.255', 'reserved'],
    ['192.0.2.1', 'reserved'],
    ['198.18.0.1', 'reserved'],
    ['[2001:db8::1]', 'reserved'],
    ['[::127.0.0.1]', 'reserved'],
  ])('refuses http://%s (%s)', async (host, reason) => {
    await expectRefused(`http://${host}:${port}/`, base, reason);
  });

  it.each([
    ['file:///etc/passwd', 'scheme'],
    ['ftp://example.org/x', 'scheme'],
    ['gopher://example.org/', 'scheme'],
    ['data:text/html,<p>x</p>', 'scheme'],
    ['javascript:alert(1)', 'scheme'],
    ['http://user:pass@example.org/', 'credentials'],
    ['not a url', 'invalid_url'],
  ])('refuses %s (%s)', async (url, reason) => {
    await expectRefused(url, base, reason);
  });

  it('refuses a name whose answers mix a public and a private address (rebinding)', async () => {
    const resolveHost = async () => [{ address: '93.184.216.34', family: 4 as const }, { address: '127.0.0.1', family: 4 as const }];
    await expectRefused(`http://rebind.example:${port}/`, { ...base, resolveHost }, 'loopback');
  });

  it('refuses hosts off the allow-list before resolving them', async () => {
    let resolved = 0;
    const resolveHost = async () => {
      resolved += 1;
      return [{ address: '93.184.216.34', family: 4 as const }];
    };
    await expectRefused('http://elsewhere.example/', { ...base, allowHosts: ['news.example', '*.wire.example'], resolveHost }, 'not_allowed');
    expect(resolved).toBe(0);
  });

  it('keeps loopback test mode off by default', async () => {
    await expectRefused(`http://127.0.0.1:${port}/`, { ...base, allowLoopbackForTests: false }, 'loopback');
  });
});

describe('safeFetch in loopback test mode', () => {
  it('fetches a page and reports type, status and final URL', async () => {
    const res = await safeFetch(`http://127.0.0.1:${port}/page`, loopback);
    expect(res.status).toBe(200);
    expect(res.contentType).toBe('text/html');
    expect(new TextDecoder().decode(res.body)).toContain('ok');
    expect(res.url).toBe(`http://127.0.0.1:${port}/page`);
  });

  it('connects to the checked address, not to a fresh resolution of the name', async () => {
    const resolveHost = async () => [{ address: '127.0.0.1', family: 4 as const }];
    const res = await safeFetch(`http://news.invalid:${port}/`, { ...loopback, resolveHost, headers: { Host: 'evil.example' } });
    expect(res.status).toBe(200);
    expect(lastHost).toBe(`news.invalid:${port}`);
  });

  it.each([
    ['http://10.0.0.1/', 'private'],
    ['http://169.254.169.254/latest/meta-data/', 'link_local'],
    ['http://0xa9fea9fe/', 'link_local'],
    ['http://[::ffff:a00:1]/', 'private'],
    ['http://[fe80::1]:PORT/', 'link_local'],
    ['http://224.0.0.1/', 'multicast'],
    ['file:///etc/passwd', 'scheme'],
    ['gopher://127.0.0.1:PORT/', 'scheme'],
  ])('refuses a redirect to %s (%s)', async (location, reason) => {
    await expectRefused(redirectTo(`/to-${reason}-${location.length}`, location), loopback, reason);
  });

  it('follows redirects up to the limit and refuses beyond it', async () => {
    redirectTo('/r1', 'http://127.0.0.1:PORT/r2');
    redirectTo('/r2', '/final');
    const res = await safeFetch(`http://127.0.0.1:${port}/r1`, loopback);
    expect(res.url).toBe(`http://127.0.0.1:${port}/final`);
    await expectRefused(redirectTo('/loop', '/loop'), loopback, 'too_many_redirects', loopback.maxRedirects + 1);
  });

  it('refuses bodies over the limit, declared or streamed', async () => {
    routes.set('/declared', (_req, res) => res.writeHead(200, { 'content-type': 'text/plain', 'content-length': String(10 * 1024 * 1024) }).end());
    routes.set('/streamed', (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.end('x'.repeat(base.maxBytes + 1));
    });
    await expectRefused(`http://127.0.0.1:${port}/declared`, loopback, 'too_large');
    await expectRefused(`http://127.0.0.1:${port}/streamed`, loopback, 'too_large');
  });

  it('refuses a gzip bomb once its decompressed size passes the limit', async () => {
    const bomb = gzipSync(Buffer.alloc(50 * 1024 * 1024));
    expect(bomb.length).toBeLessThan(base.maxBytes);
    routes.set('/bomb', (_req, res) => res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' }).end(bomb));
    await expectRefused(`http://127.0.0.1:${port}/bomb`, loopback, 'decompressed_too_large');
  });

  it('decompresses gzip within the limit', async () => {
    routes.set('/gz', (_req, res) => res.writeHead(200, { 'content-type': 'text/plain', 'content-encoding': 'gzip' }).end(gzipSync('compressed words')));
    const res = await safeFetch(`http://127.0.0.1:${port}/gz`, loopback);
    expect(new TextDecoder().decode(res.body)).toBe('compressed words');
  });

  it('refuses content types not asked for, and accepts wildcards', async () => {
    routes.set('/bin', (_req, res) => res.writeHead(200, { 'content-type': 'application/octet-stream' }).end('x'));
    routes.set('/csv', (_req, res) => res.writeHead(200, { 'content-type': 'text/csv' }).end('a,b'));
    await expectRefused(`http://127.0.0.1:${port}/bin`, loopback, 'content_type');
    const res = await safeFetch(`http://127.0.0.1:${port}/csv`, { ...loopback, allowedContentTypes: ['text/*'] });
    expect(res.contentType).toBe('text/csv');
  });

  it('gives up on a server that dribbles past the time limit', async () => {
    routes.set('/slow', (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/plain' });
      const timer = setInterval(() => res.write('.'), 50);
      res.on('close', () => clearInterval(timer));
    });
    const started = Date.now();
    const err = await safeFetch(`http://127.0.0.1:${port}/slow`, { ...loopback, timeoutMs: 300 }).then(() => null, (e: unknown) => e);
    expect(isParallaxError(err, 'fetch_failed') && err.details.reason).toBe('timeout');
    expect(Date.now() - started).toBeLessThan(1500);
  });

  it('reports a refused connection as fetch_failed', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const deadPort = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const err = await safeFetch(`http://127.0.0.1:${deadPort}/`, loopback).then(() => null, (e: unknown) => e);
    expect(isParallaxError(err, 'fetch_failed')).toBe(true);
  });
});
