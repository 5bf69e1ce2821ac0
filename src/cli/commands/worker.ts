import { ParallaxError } from '../../lib/errors.js';
import { runWorker, type JobResult } from '../../services/queue/runWorker.js';
import { spawnWorker } from '../../services/queue/ingestWithWorkers.js';
import { requirePostgresUrl } from '../../services/queue/requirePostgresUrl.js';
import { parseCommandArgs, resolveDbPath } from '../parseCommandArgs.js';
import type { Command } from './command.js';

function describeJob(result: JobResult): string {
  if ('outcome' in result) return `${result.outcome.status} ${result.path}\n`;
  return `${result.willRetry ? 'will retry' : 'failed'} ${result.path}: ${result.failure.message} [${result.failure.code}]\n`;
}

/**
 * `parallax worker [--concurrency N] [--until-empty]`: processes ingest jobs from the PostgreSQL
 * queue. One process ingests one document at a time (the pipeline is synchronous), so N > 1
 * starts N worker processes, one per core.
 */
export const workerCommand: Command = async (args, io) => {
  const { values } = parseCommandArgs('worker', args, { concurrency: { type: 'string' }, 'until-empty': { type: 'boolean', default: false } }, false);
  const url = requirePostgresUrl(resolveDbPath(values.db, io.env), 'worker');
  const concurrency = Number(values.concurrency ?? '1');
  if (!Number.isInteger(concurrency) || concurrency < 1) {
    throw new ParallaxError('bad_argument', `parallax worker: --concurrency must be a positive integer, got "${values.concurrency}".`);
  }
  const untilEmpty = values['until-empty'];
  if (concurrency === 1) {
    const stop = new AbortController();
    for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => stop.abort());
    const summary = await runWorker(url, { untilEmpty, signal: stop.signal, onJob: values.json ? undefined : (r) => io.stderr(describeJob(r)) });
    io.stdout(values.json ? `${JSON.stringify(summary)}\n` : `${summary.stored} stored, ${summary.unchanged} unchanged, ${summary.failed} failed, ${summary.retried} handed back for retry, ${summary.keptAside} kept aside while another worker wrote their incident\n`);
    return 0;
  }
  const children = Array.from({ length: concurrency }, () => spawnWorker(url, { PARALLAX_WORKER_UNTIL_EMPTY: untilEmpty ? '1' : '0' }));
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => children.forEach((c) => c.stop()));
  // One worker failing (its database connection lost, say) stops the others after their current
  // job, so the command exits with the error and a supervisor can start the group again.
  children.forEach((c) => c.done.catch(() => children.forEach((other) => other.stop())));
  const settled = await Promise.allSettled(children.map((c) => c.done));
  const failed = settled.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (failed) throw failed.reason;
  const reports = settled.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
  const total = (key: 'stored' | 'unchanged' | 'failed' | 'retried' | 'keptAside'): number => reports.reduce((n, r) => n + r[key], 0);
  const summary = { workers: concurrency, stored: total('stored'), unchanged: total('unchanged'), failed: total('failed'), retried: total('retried'), keptAside: total('keptAside') };
  io.stdout(values.json ? `${JSON.stringify(summary)}\n` : `${concurrency} workers: ${summary.stored} stored, ${summary.unchanged} unchanged, ${summary.failed} failed, ${summary.retried} handed back for retry, ${summary.keptAside} kept aside while another worker wrote their incident\n`);
  return 0;
};
