import { writeSync } from 'node:fs';
import { runWorker } from '../../src/services/queue/runWorker.js';

// A worker that dies holding a batch: it takes jobs three at a time and kills itself once its
// first job is stored, before that job's completion is sent and before it starts the two other
// jobs of its batch, as a machine losing power would. Started by jobBatches.test.ts.
const url = process.env.PARALLAX_WORKER_URL ?? '';
await runWorker(url, {
  batchSize: 3,
  pollMs: 100,
  onJob: (result) => {
    writeSync(1, `${JSON.stringify(result)}\n`);
    process.kill(process.pid, 'SIGKILL');
  },
});
