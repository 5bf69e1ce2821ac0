import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

// Linux reports process times in clock ticks of 1/100 s (USER_HZ) on every architecture Node runs on.
const TICK_MS = 10;

/** utime, stime, cutime and cstime of a /proc stat line, in ms, and the parent pid. */
function readStat(pid: string): { ppid: number; ownMs: number; reapedMs: number } | null {
  try {
    // The command name may hold spaces and parentheses: fields start after the last ") ".
    const line = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const f = line.slice(line.lastIndexOf(') ') + 2).split(' ');
    return { ppid: Number(f[1]), ownMs: (Number(f[11]) + Number(f[12])) * TICK_MS, reapedMs: (Number(f[13]) + Number(f[14])) * TICK_MS };
  } catch {
    return null; // gone between listing and reading
  }
}

/**
 * CPU milliseconds a PostgreSQL server has used so far: its postmaster (named by postmaster.pid in
 * `dataDir`), the backends and helpers it runs now, and those it has reaped (a finished backend's
 * time moves to the postmaster's children times). Null off Linux or when the server is not found.
 */
export function readServerCpuMs(dataDir: string): number | null {
  if (process.platform !== 'linux') return null;
  let postmaster: string;
  try {
    postmaster = readFileSync(join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0].trim();
  } catch {
    return null;
  }
  const root = readStat(postmaster);
  if (!root) return null;
  let ms = root.ownMs + root.reapedMs;
  for (const pid of readdirSync('/proc')) {
    if (!/^\d+$/.test(pid) || pid === postmaster) continue;
    const stat = readStat(pid);
    if (stat && String(stat.ppid) === postmaster) ms += stat.ownMs + stat.reapedMs;
  }
  return ms;
}

/**
 * Reads the server's CPU every `everyMs` until stopped, so the CPU of a span known only afterwards
 * (the first job to the last) can be told apart from the set-up around it.
 */
export function sampleServerCpu(dataDir: string, everyMs = 250): { stop(): void; between(from: number, to: number): number | null } {
  const samples: { at: number; ms: number }[] = [];
  const take = (): void => {
    const ms = readServerCpuMs(dataDir);
    if (ms !== null) samples.push({ at: Date.now(), ms });
  };
  take();
  const timer = setInterval(take, everyMs);
  // The CPU at `when`, interpolated between the samples around it (the nearest one at either end):
  // a read walks all of /proc (~1.5 ms), so samples are sparse and the bench's own CPU stays small.
  const at = (when: number): number | null => {
    const after = samples.findIndex((s) => s.at > when);
    if (after === -1) return samples.at(-1)?.ms ?? null;
    if (after === 0) return samples[0].ms;
    const [a, b] = [samples[after - 1], samples[after]];
    return a.ms + ((b.ms - a.ms) * (when - a.at)) / (b.at - a.at);
  };
  return {
    stop: () => {
      clearInterval(timer);
      take();
    },
    between(from, to) {
      const a = at(from);
      const b = at(to);
      return a === null || b === null ? null : b - a;
    },
  };
}
