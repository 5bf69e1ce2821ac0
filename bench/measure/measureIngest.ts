import { fileURLToPath } from 'node:url';
import { runJsonChild } from './runJsonChild.js';
import type { Rate } from './timePasses.js';
import type { StageCosts } from './timeStages.js';

export interface IngestRun {
  readonly articles: number;
  readonly stored: number;
  readonly incidents: number;
  readonly winkPerSec: Rate;
  readonly analysisPerSec: Rate;
  readonly attributionPerSec: Rate;
  readonly ingestPerSec: Rate;
  readonly stageMs: StageCosts;
  /**
   * CPU ms per article inside the ingest run itself: the pure stages (analysis and extract, timed
   * around each document's) and the rest (reading, parsing, placing, rebuilding, storing, committing).
   */
  readonly ingestSplitMs?: { readonly pure: number; readonly rest: number };
  readonly maxRssMb: number;
}

const CHILD = fileURLToPath(new URL('./ingestChild.ts', import.meta.url));

/**
 * One fresh process ingests `warmUp` other articles, then `articles` articles of `seed` into a new
 * SQLite file at `db`; its figures, including its own peak RSS.
 */
export function runIngestChild(seed: number, articles: number, warmUp: number, db: string): Promise<IngestRun> {
  return runJsonChild<IngestRun>(CHILD, ['--seed', String(seed), '--articles', String(articles), '--warm-up', String(warmUp), '--db', db]);
}
