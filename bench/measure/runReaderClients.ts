import { spawn } from 'node:child_process';

export interface ReaderClientsInput {
  readonly origin: string;
  readonly paths: readonly string[];
  readonly readers: number;
  readonly requestsEach: number;
}

export interface ReaderClientsOutput {
  readonly latencies: readonly number[];
  readonly connecting: readonly number[];
  readonly errors: number;
  readonly seconds: number;
  /** CPU time (user + system) the clients' process spent, start-up included. */
  readonly cpuMs: number;
}

// The readers run in a child Node process, as real readers are not inside the server: sharing
// the server's event loop, the clients' own work would be charged to the server. Plain
// JavaScript, so it needs no TypeScript loader.
//
// Each reader keeps one socket and reads an answer by its Content-Length, as load tools such as
// autocannon do, without node:http's request, agent and stream objects. With node:http the
// clients spent about twice the server's CPU per request (0.35-0.45 ms against 0.15-0.25 ms on
// the mixed load), so on a two-core machine the readers' p95 was the clients' own queue, and it
// moved with whatever else took CPU from them; this client costs about 0.14 ms per request.
export const READER_CLIENTS = `
import net from 'node:net';
const { origin, paths, readers, requestsEach } = JSON.parse(process.argv[1]);
const WARMUP = 2;
const { hostname, port } = new URL(origin);
const HEADER_END = Buffer.from('\\r\\n\\r\\n');
function openReader() {
  const socket = net.connect({ host: hostname, port: Number(port) });
  socket.setNoDelay(true);
  let pending = null;
  let broken = null;
  let head = null;
  let remaining = -1;
  let status = 0;
  // An answer the reader cannot frame (no Content-Length) or a lost connection ends the reader's
  // socket: its later requests fail at once instead of waiting for bytes that never fit.
  const fail = (error) => {
    broken = broken ?? error;
    socket.destroy();
    if (pending) {
      const p = pending;
      pending = null;
      p.reject(error);
    }
  };
  socket.on('error', fail);
  socket.on('close', () => fail(new Error('connection closed')));
  socket.on('data', (chunk) => {
    let data = chunk;
    while (data.length > 0 && pending) {
      if (remaining < 0) {
        head = head ? Buffer.concat([head, data]) : data;
        const end = head.indexOf(HEADER_END);
        if (end < 0) return;
        const text = head.toString('latin1', 0, end);
        status = Number(text.slice(9, 12));
        const length = /\\r\\ncontent-length:[ \\t]*(\\d+)/i.exec(text);
        if (!length) return fail(new Error('an answer without Content-Length'));
        remaining = Number(length[1]);
        data = head.subarray(end + 4);
        head = null;
      }
      const take = Math.min(remaining, data.length);
      remaining -= take;
      data = data.subarray(take);
      if (remaining === 0) {
        remaining = -1;
        const p = pending;
        pending = null;
        p.resolve(status);
      }
    }
  });
  return (path) => new Promise((resolve, reject) => {
    if (broken) return reject(broken);
    pending = { resolve, reject };
    socket.write('GET ' + path + ' HTTP/1.1\\r\\nHost: ' + hostname + ':' + port + '\\r\\nAccept: application/json\\r\\n\\r\\n', 'latin1');
  });
}
const latencies = [];
let errors = 0;
const started = performance.now();
const connecting = [];
const reader = async (r) => {
  const get = openReader();
  // Opens this reader's connection on the cheapest route first, timed apart.
  const c = performance.now();
  try {
    if ((await get('/api/v1/health')) !== 200) errors++;
  } catch {
    errors++;
  }
  connecting.push(performance.now() - c);
  // A couple of untimed requests first, as load tests warm up: both processes' JIT and the
  // sockets settle, so the figure is the steady state rather than the first second.
  for (let n = 0; n < WARMUP; n++) await get(paths[(r + n) % paths.length]).catch(() => errors++);
  for (let n = 0; n < requestsEach; n++) {
    const t = performance.now();
    try {
      const status = await get(paths[(r + n) % paths.length]);
      if (status < 200 || status >= 300) errors++;
    } catch {
      errors++;
    }
    latencies.push(performance.now() - t);
  }
};
await Promise.all(Array.from({ length: readers }, (_, r) => reader(r)));
const cpu = process.cpuUsage();
const output = { latencies, connecting, errors, seconds: (performance.now() - started) / 1000, cpuMs: (cpu.user + cpu.system) / 1000 };
// Exits once written: open keep-alive connections would otherwise hold the process open.
process.stdout.write(JSON.stringify(output), () => process.exit(0));
`;

/**
 * Runs the readers' process to its end: reader r asks paths[(r + n) % paths.length] on its n-th
 * timed request, after one GET /api/v1/health (timed apart) and two untimed requests. The server
 * keeps answering in the calling process meanwhile.
 */
export function runReaderClients(input: ReaderClientsInput): Promise<ReaderClientsOutput> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--input-type=module', '-e', READER_CLIENTS, JSON.stringify(input)], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(JSON.parse(out) as ReaderClientsOutput) : reject(new Error(`reader clients exited with ${code}`))));
  });
}
