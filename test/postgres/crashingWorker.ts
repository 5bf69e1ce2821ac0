import { writeSync } from 'node:fs';
import { INGEST_QUEUE, openIngestQueue, type IngestJob } from '../../src/services/queue/ingestQueue.js';
import { processIngestJob } from '../../src/services/queue/processIngestJob.js';
import { openStore } from '../../src/store/openStore.js';

// A worker that dies mid-job: it takes one job, writes the document inside the ingest transaction,
// then kills itself before COMMIT, as a machine losing power would. Started by ingestQueue.test.ts.
const url = process.env.PARALLAX_WORKER_URL ?? '';
const store = openStore(url);
const boss = await openIngestQueue(url);
const [job] = await boss.fetch<IngestJob>(INGEST_QUEUE, { batchSize: 1 });
if (!job) {
  process.stdout.write('no job\n');
  process.exit(2);
}
store.transaction(() => {
  processIngestJob(store, job.data);
  writeSync(1, `${job.data.sourcePath}\n`);
  process.kill(process.pid, 'SIGKILL');
});
