import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { runReaderClients } from './runReaderClients.js';

const BIG = 'x'.repeat(300_000); // several socket reads: the body must be framed across chunks

let server: Server | null = null;
const seen: string[] = [];

async function listen(): Promise<string> {
  seen.length = 0;
  server = createServer((req, res) => {
    seen.push(req.url ?? '');
    if (req.url === '/api/v1/health' || req.url === '/small') res.writeHead(200, { 'content-length': '2' }).end('ok');
    else if (req.url === '/big') res.writeHead(200, { 'content-length': String(BIG.length) }).end(BIG);
    else if (req.url === '/chunked') {
      res.writeHead(200);
      res.write('no length, ');
      res.end('so chunked');
    } else res.writeHead(404, { 'content-length': '7' }).end('missing');
  });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server!.address() as AddressInfo).port}`;
}

afterEach(async () => {
  await new Promise((resolve) => server?.close(resolve));
  server = null;
});

/** What reader r asks, in order: health, two warm-ups, then its timed requests. */
function asked(paths: readonly string[], readers: number, requestsEach: number): string[] {
  return Array.from({ length: readers }, (_, r) => [
    '/api/v1/health',
    ...Array.from({ length: 2 + requestsEach }, (_, n) => paths[((n < 2 ? n : n - 2) + r) % paths.length]),
  ]).flat();
}

describe('runReaderClients', () => {
  it('reads every answer by its length, over one connection per reader, and counts non-2xx answers as errors', async () => {
    const origin = await listen();
    const paths = ['/big', '/small', '/missing'];
    const out = await runReaderClients({ origin, paths, readers: 4, requestsEach: 6 });
    const expected = asked(paths, 4, 6);
    expect(out.latencies).toHaveLength(4 * 6);
    expect(out.connecting).toHaveLength(4);
    expect([...seen].sort()).toEqual([...expected].sort());
    // A warm-up's status is not checked (as before): only timed answers and failed requests count.
    const timed = Array.from({ length: 4 }, (_, r) => Array.from({ length: 6 }, (_, n) => paths[(r + n) % paths.length])).flat();
    expect(out.errors).toBe(timed.filter((p) => p === '/missing').length);
    expect(out.cpuMs).toBeGreaterThan(0);
    expect(out.latencies.every((ms) => ms >= 0)).toBe(true);
  });

  it('fails the requests of a reader whose answer has no Content-Length instead of hanging', async () => {
    const origin = await listen();
    const out = await runReaderClients({ origin, paths: ['/chunked'], readers: 2, requestsEach: 3 });
    expect(out.latencies).toHaveLength(2 * 3);
    // Each reader's health check succeeds; its first chunked answer breaks the socket, and every later request fails.
    expect(out.errors).toBe(2 * (2 + 3));
    expect(seen.filter((p) => p === '/chunked')).toHaveLength(2);
  });
});
