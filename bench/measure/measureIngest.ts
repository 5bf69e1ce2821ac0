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
