import type { IngestRun } from '../measure/measureIngest.js';
import type { MemoryRun } from '../measure/measureMemory.js';
import type { MemoryRecord } from './memoryRecord.js';
import type { PostgresResult } from '../measure/measurePostgres.js';
import type { FirstLoadResult } from '../measure/measureFirstLoad.js';
import type { PlacementResult } from '../measure/measurePlacement.js';
import type { ReadersResult } from '../measure/measureReaders.js';
import type { SearchResult } from '../measure/measureSearch.js';

export interface MachineInfo {
  readonly cpu: string;
  readonly cores: number;
  readonly memoryGb: number;
  readonly node: string;
  readonly sqlite: string;
  readonly platform: string;
  /** 1-minute load average at the start and the end: other work on the machine skews wall times. */
  readonly loadBefore: number;
  readonly loadAfter: number;
}

/** Figures at one store size, as the store grows. */
export interface SizeStep {
  readonly documents: number;
  readonly claims: number;
  readonly incidents: number;
  readonly populateSeconds: number;
  readonly search: SearchResult;
  readonly placement: PlacementResult;
  /** Articles/s (CPU time) ingesting fresh articles into the store at this size, rolled back after. */
  readonly ingestIntoPerSec: number;
}

export interface BenchResult {
  readonly mode: 'quick' | 'full';
  readonly seed: number;
  readonly startedAt: string;
  readonly seconds: number;
  readonly machine: MachineInfo;
  readonly ingestRuns: readonly IngestRun[];
  /** An extra, larger ingest run for peak memory, articles streamed one at a time (full mode only). */
  readonly rssRun: MemoryRun | null;
  /** The latest separate full-size memory run (`--only memory`), if one is recorded. */
  readonly memoryRecord: MemoryRecord | null;
  readonly steps: readonly SizeStep[];
  readonly readers: ReadersResult;
  readonly firstLoad: FirstLoadResult;
  /** Queue ingest with one and two workers, and search on a store of `postgresSearchDocuments`. */
  readonly postgres: PostgresResult;
  readonly flags: readonly string[];
}
