import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { FULL, overrideConfig, QUICK, type BenchConfig } from './benchConfig.js';
import { runIngestChild, type IngestRun } from './measure/measureIngest.js';
import { runMemoryChild, type MemoryRun } from './measure/measureMemory.js';
import { readCommit, readMemoryRecord, writeMemoryRecord } from './report/memoryRecord.js';
import { measureGrowingStore } from './measure/measureGrowingStore.js';
import { measurePostgres, measurePostgresIngest } from './measure/measurePostgres.js';
import { formatPostgresIngest, summarisePostgresIngest } from './measure/summarisePostgresIngest.js';
import { measureReadersAtSize } from './measure/measureReadersAtSize.js';
import { startEmbeddedPostgres, type EmbeddedServer } from '../test/postgres/startEmbeddedPostgres.js';
import { readMachine } from './report/readMachine.js';
import { findGrowthFlags } from './report/findGrowthFlags.js';
import { formatTable, GROWTH_HEADER, growthRows, MEMORY_HEADER, readersRows, tableRows } from './report/formatTable.js';
import { summariseBench } from './report/summariseBench.js';
import type { BenchResult } from './report/benchResult.js';
import { toLoadFigures } from './report/toLoadFigures.js';
import { writePerformanceDoc } from './report/writePerformanceDoc.js';

/**
 * `npm run bench [-- --quick] [-- --json] [-- --seed N] [-- --no-doc]` (and --ingest-runs N,
 * --ingest-articles N, --rss-articles N, --sizes 1000,10000 to change sizes; --only memory for the
 * separate full-size memory run alone, recorded in bench/records/memory.json; --only doc to render
 * docs/performance.md again from the last full run and the record; --only readers for the readers'
 * loads alone, on a store filled exactly as the full run fills it before its readers, printed and
 * written nowhere; --only postgres for the PostgreSQL queue ingest runs alone, printed and written
 * nowhere): measures ingest, search,
 * placement, readers and first load on the synthetic corpus on SQLite, then queue ingest (one and
 * two workers) and search on an embedded PostgreSQL server it starts and stops, prints a table (and with --json a
 * last line of JSON), and rewrites docs/performance.md with the method and these figures.
 */
const { values } = parseArgs({
  options: {
    quick: { type: 'boolean' },
    json: { type: 'boolean' },
    seed: { type: 'string' },
    'no-doc': { type: 'boolean' },
    'ingest-runs': { type: 'string' },
    'ingest-articles': { type: 'string' },
    'rss-articles': { type: 'string' },
    only: { type: 'string' },
    sizes: { type: 'string' },
  },
});
const config: BenchConfig = overrideConfig(values.quick ? QUICK : FULL, values);
const seed = Number(values.seed ?? 20260101);
const log = (line: string): void => void process.stderr.write(`bench: ${line}\n`);

/** Where a full run leaves its whole result (ignored by git), for re-rendering the doc. */
const LAST_RESULT = { parentDir: new URL('../test-artifacts/bench/', import.meta.url), file: new URL('../test-artifacts/bench/last-result.json', import.meta.url) };

/** The size of the separate memory run the issue's target names. */
const FULL_MEMORY_ARTICLES = 100_000;

const startedAt = new Date();
const loadBefore = loadavg()[0];
const dir = mkdtempSync(join(tmpdir(), 'parallax-bench-'));
let postgres: EmbeddedServer | null = null;
// An interrupted run still removes its scratch databases (they reach gigabytes at full size) and
// stops the PostgreSQL server it started (which removes that server's data directory).
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    rmSync(dir, { recursive: true, force: true });
    void (postgres?.stop() ?? Promise.resolve()).catch(() => {}).finally(() => process.exit(130));
  });
}
if (values.only !== undefined && !['memory', 'doc', 'readers', 'postgres'].includes(values.only)) throw new Error(`--only takes "memory", "doc", "readers" or "postgres", not "${values.only}".`);
try {
  if (values.only === 'readers' || values.only === 'postgres') {
    await (values.only === 'readers' ? printReadersRun() : printPostgresIngestRun());
    rmSync(dir, { recursive: true, force: true });
    process.exit(0);
  }
  if (values.only !== undefined) {
    if (values.only === 'memory') await recordMemoryRun(values['rss-articles'] === undefined ? FULL_MEMORY_ARTICLES : config.rssArticles);
    if (!values['no-doc']) renderLastResult(values.only === 'doc');
    rmSync(dir, { recursive: true, force: true });
    process.exit(0);
  }
  const ingestRuns: IngestRun[] = [];
  for (let n = 0; n < config.ingestRuns; n++) {
    log(`ingest run ${n + 1}/${config.ingestRuns}: ${config.ingestArticles} articles in a fresh process`);
    ingestRuns.push(await runIngestChild(seed, config.ingestArticles, config.warmUpArticles, join(dir, `ingest-${n}.db`)));
  }
  let rssRun: MemoryRun | null = null;
  if (config.rssArticles > 0) {
    log(`peak memory run: ${config.rssArticles} articles, streamed`);
    rssRun = await runMemoryChild(seed + 1, config.rssArticles, join(dir, 'rss.db'));
  }
  const grown = await measureGrowingStore(config, seed, join(dir, 'grown.db'), log);
  log('starting an embedded PostgreSQL server');
  postgres = await startEmbeddedPostgres();
  const postgresResult = await measurePostgres(postgres, config, seed, dir, log);
  await postgres.stop();
  postgres = null;
  const result = {
    mode: config.mode,
    seed,
    startedAt: startedAt.toISOString(),
    seconds: (Date.now() - startedAt.getTime()) / 1000,
    machine: readMachine(loadBefore),
    ingestRuns,
    rssRun,
    memoryRecord: readMemoryRecord(),
    ...grown,
    postgres: postgresResult,
    flags: findGrowthFlags(grown.steps),
  };
  const summary = summariseBench(result);
  const lines = [
    `Parallax bench (${config.mode}, seed ${seed}, ${result.seconds.toFixed(0)} s)`,
    '',
    formatTable(['Figure', 'Value', 'Target'], tableRows(result, summary)),
    '',
    'Growth with store size',
    formatTable(GROWTH_HEADER, growthRows(summary)),
    '',
    result.flags.length ? `Flags:\n${result.flags.map((f) => `  - ${f}`).join('\n')}` : 'Flags: none (every per-operation cost grew slower than √size).',
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
  if (!values['no-doc']) {
    writeDocs(result);
    // The whole result, so a later memory run (--only memory) or --only doc can render the doc again.
    mkdirSync(LAST_RESULT.parentDir, { recursive: true });
    writeFileSync(LAST_RESULT.file, `${JSON.stringify(result)}\n`);
    // The load figures for docs/reliability.md (rendered by scripts/write-reliability.ts).
    const reliability = new URL('../test-artifacts/reliability/', import.meta.url);
    mkdirSync(reliability, { recursive: true });
    writeFileSync(new URL('load.json', reliability), `${JSON.stringify(toLoadFigures(result), null, 2)}\n`);
  }
  if (values.json) process.stdout.write(`${JSON.stringify(summary)}\n`);
} finally {
  await postgres?.stop();
  rmSync(dir, { recursive: true, force: true });
}

/** `--only memory`: the streamed memory run alone, printed and kept in bench/records/memory.json. */
async function recordMemoryRun(articles: number): Promise<void> {
  const commit = readCommit();
  log(`memory run: ${articles} articles, streamed, at commit ${commit ?? 'unknown'}`);
  const run = await runMemoryChild(seed + 1, articles, join(dir, 'memory.db'));
  writeMemoryRecord({ measuredAt: startedAt.toISOString(), commit, seed: seed + 1, machine: readMachine(loadBefore), run });
  const rows = run.samples.map((s) => [String(s.articles), s.rssMb.toFixed(0), s.heapMb.toFixed(0)]);
  process.stdout.write(`Peak RSS ${run.maxRssMb.toFixed(0)} MB over ${run.articles} articles (${run.ingestPerSec.cpu.toFixed(1)} articles/s CPU)\n\n`);
  process.stdout.write(`${formatTable(MEMORY_HEADER, rows)}\n`);
  log('wrote bench/records/memory.json');
}

/** `--only readers`: the readers' two loads alone at the size the full run measures them, printed (and with --json a JSON line). */
async function printReadersRun(): Promise<void> {
  const run = await measureReadersAtSize(config, seed, join(dir, 'readers.db'), log);
  process.stdout.write(`Readers at ${run.incidents} incidents (${run.documents} documents, seed ${seed})\n\n`);
  process.stdout.write(`${formatTable(['Figure', 'Value', 'Target'], readersRows(run.readers))}\n`);
  if (values.json) process.stdout.write(`${JSON.stringify(run)}\n`);
}

/** `--only postgres`: the queue ingest runs alone (one and two workers alternated), their medians printed (and with --json a JSON line). */
async function printPostgresIngestRun(): Promise<void> {
  log('starting an embedded PostgreSQL server');
  postgres = await startEmbeddedPostgres();
  const summary = summarisePostgresIngest(await measurePostgresIngest(postgres, config, seed, dir, log));
  await postgres.stop();
  postgres = null;
  process.stdout.write(`PostgreSQL queue ingest, ${config.postgresArticles} articles per run (seed ${seed})\n${formatPostgresIngest(summary)}\n`);
  if (values.json) process.stdout.write(`${JSON.stringify(summary)}\n`);
}

function writeDocs(result: BenchResult): void {
  writeFileSync(new URL('../docs/performance.md', import.meta.url), writePerformanceDoc(result, summariseBench(result)));
  log('wrote docs/performance.md');
}

/**
 * docs/performance.md again from the last full run's result with the memory record as it is now
 * (after `--only memory`, or `--only doc`) and its growth flags read again from its measurements;
 * `required` makes a missing result an error.
 */
function renderLastResult(required: boolean): void {
  if (!existsSync(LAST_RESULT.file)) {
    if (required) throw new Error('No saved bench result: run the full bench (`npm run bench`) first.');
    log('no saved bench result: docs/performance.md left as it is');
    return;
  }
  const last = JSON.parse(readFileSync(LAST_RESULT.file, 'utf8')) as BenchResult;
  // Flags are read again from the run's own measurements, so their wording is the code's as it is now.
  writeDocs({ ...last, memoryRecord: readMemoryRecord(), flags: findGrowthFlags(last.steps) });
}
