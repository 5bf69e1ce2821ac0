import { describe, expect, it } from 'vitest';
import type { ReadersResult } from '../measure/measureReaders.js';
import { readersRows } from './formatTable.js';

const latency = (p95: number) => ({ p50: p95 / 2, p95, max: p95 * 2, samples: 40 });
const load = { requests: 40, errors: 0, latency: latency(30), connectingP95: 5, requestsPerSec: 900 };

describe('readersRows', () => {
  it('shows each load’s p95 and, when measured, the CPU per request of the server and of the clients', () => {
    const readers: ReadersResult = {
      ...load, serverCpuMsPerRequest: 0.125, clientCpuMsPerRequest: 0.25, readers: 200, coldMs: 70, uncachedMs: 15,
      mixed: { ...load, latency: latency(45), connectingP95: 900, serverCpuMsPerRequest: 0.375, clientCpuMsPerRequest: 0.5, distinct: 17 },
    };
    const [same, mixed] = readersRows(readers);
    expect(same[1]).toMatch(new RegExp(`^${readers.latency.p95.toFixed(1)} `));
    expect(same[1]).toContain(`server ${readers.serverCpuMsPerRequest!.toFixed(3)} ms, clients ${readers.clientCpuMsPerRequest!.toFixed(3)} ms`);
    expect(mixed[0]).toContain(`${readers.mixed.distinct} different queries`);
    expect(mixed[1]).toMatch(new RegExp(`^${readers.mixed.latency.p95.toFixed(1)} `));
    expect(mixed[1]).toContain(`server ${readers.mixed.serverCpuMsPerRequest!.toFixed(3)} ms`);
    // The mixed load's connections wait behind the first computation of each of its queries: shown, not hidden.
    expect(mixed[1]).toContain(`opening the connections p95 ${readers.mixed.connectingP95.toFixed(1)}`);
  });

  it('leaves the CPU out for a result saved before it was measured', () => {
    const rows = readersRows({ ...load, readers: 200, coldMs: 70, uncachedMs: 15, mixed: { ...load, distinct: 17 } });
    expect(rows).toHaveLength(2);
    for (const row of rows) expect(row[1]).not.toContain('CPU');
  });
});
