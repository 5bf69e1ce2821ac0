/** Waits so that two requests to one host are at least `delayMs` apart (politeness). */
export interface HostPacer {
  wait(url: string): Promise<void>;
}

export function createHostPacer(delayMs: number, clock: { now: () => number; sleep: (ms: number) => Promise<void> } = defaultClock): HostPacer {
  const last = new Map<string, number>();
  return {
    async wait(url) {
      const host = new URL(url).host.toLowerCase();
      const previous = last.get(host);
      if (previous !== undefined) {
        const remaining = previous + delayMs - clock.now();
        if (remaining > 0) await clock.sleep(remaining);
      }
      last.set(host, clock.now());
    },
  };
}

const defaultClock = { now: () => Date.now(), sleep: (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)) };
