export interface Elapsed {
  readonly wallMs: number;
  /** User + system CPU time of this process: on a shared machine it counts work, not waiting. */
  readonly cpuMs: number;
}

/** Starts a stopwatch over both wall time and this process's CPU time. */
export function startClock(): () => Elapsed {
  const wall = performance.now();
  const cpu = process.cpuUsage();
  return () => {
    const used = process.cpuUsage(cpu);
    return { wallMs: performance.now() - wall, cpuMs: (used.user + used.system) / 1000 };
  };
}

/** Items per second, on CPU time and on wall time. */
export function rates(count: number, elapsed: Elapsed): { readonly cpu: number; readonly wall: number } {
  return { cpu: count / (elapsed.cpuMs / 1000), wall: count / (elapsed.wallMs / 1000) };
}
