import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
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

/** One fresh process ingests `articles` articles of `seed` into a new SQLite file at `db`; its figures, including its own peak RSS. */
export function runIngestChild(seed: number, articles: number, db: string): Promise<IngestRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, '--seed', String(seed), '--articles', String(articles), '--db', db], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => {
      const line = out.trim().split('\n').pop() ?? '';
      if (code !== 0 || !line.startsWith('{')) reject(new Error(`ingest child exited with ${code}: ${out.slice(-500)}`));
      else resolve(JSON.parse(line) as IngestRun);
    });
  });
}
