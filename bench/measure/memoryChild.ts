import { rmSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { iterateCorpus } from '../corpus/generateCorpus.js';
import { ingestBatch } from '../../src/services/ingest/ingestBatch.js';
import { openStore } from '../../src/store/openStore.js';
import { rates, startClock } from './startClock.js';
import { memoryCheckpoints } from './memoryCheckpoints.js';

/**
 * Run as its own process by measureMemory: ingests a stream of articles into a fresh SQLite file
 * as `parallax ingest` does (ingestBatch: commit groups of at most 32 documents). The corpus is
 * generated as it goes, so its texts are never all held at once and the process's memory is the
 * ingest's. Reads the resident set at checkpoints along the way and prints one JSON line: the peak
 * RSS, the RSS at each checkpoint, the rate.
 */
const { values } = parseArgs({ options: { seed: { type: 'string' }, articles: { type: 'string' }, db: { type: 'string' } } });
const seed = Number(values.seed ?? 1);
const total = Number(values.articles ?? 1000);
const db = values.db ?? ':memory:';
if (db !== ':memory:') rmSync(db, { force: true });
const encoder = new TextEncoder();
const checkpoints = new Set(memoryCheckpoints(total));
const samples: { articles: number; rssMb: number; heapMb: number }[] = [];
const store = openStore(db);
const stop = startClock();
let seen = 0;
let stored = 0;
function* entries() {
  for (const article of iterateCorpus({ seed, articles: total })) {
    yield { path: article.fileName, read: () => ({ raw: encoder.encode(article.text), fileName: article.fileName }) };
  }
}
ingestBatch(store, entries(), {}, (outcome) => {
  if (!('failure' in outcome) && outcome.status === 'stored') stored++;
  seen++;
  if (checkpoints.has(seen)) {
    // A collection first, where the runtime allows one, so the heap figure is what is still live.
    (globalThis as { gc?: () => void }).gc?.();
    const memory = process.memoryUsage();
    samples.push({ articles: seen, rssMb: memory.rss / 1024 / 1024, heapMb: memory.heapUsed / 1024 / 1024 });
  }
});
const ingestPerSec = rates(seen, stop());
const incidents = store.countIncidents();
store.close();
process.stdout.write(`${JSON.stringify({ articles: seen, stored, incidents, ingestPerSec, samples, maxRssMb: process.resourceUsage().maxRSS / 1024 })}\n`);
