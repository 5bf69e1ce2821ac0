import { fileURLToPath } from 'node:url';
import { runJsonChild } from './runJsonChild.js';
import type { Rate } from './timePasses.js';

/** The resident set and the live heap (after a collection) at one point of a memory run. */
export interface MemorySample {
  readonly articles: number;
  readonly rssMb: number;
  readonly heapMb: number;
}

export interface MemoryRun {
  readonly articles: number;
  readonly stored: number;
  readonly incidents: number;
  readonly ingestPerSec: Rate;
  readonly samples: readonly MemorySample[];
  readonly maxRssMb: number;
}

const CHILD = fileURLToPath(new URL('./memoryChild.ts', import.meta.url));

/**
 * One fresh process ingests a stream of `articles` articles of `seed` into a new SQLite file at
 * `db`, generating each as it goes; its peak RSS and the memory it holds at checkpoints. The child
 * may collect garbage before each checkpoint (--expose-gc) so the heap figure is what stays live.
 */
export function runMemoryChild(seed: number, articles: number, db: string): Promise<MemoryRun> {
  return runJsonChild<MemoryRun>(CHILD, ['--seed', String(seed), '--articles', String(articles), '--db', db], ['--expose-gc']);
}
