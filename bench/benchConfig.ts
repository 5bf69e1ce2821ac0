/** Sizes of one bench run. `--quick` must finish in under two minutes on a laptop core. */
export interface BenchConfig {
  readonly mode: 'quick' | 'full';
  /** Fresh processes, each ingesting this many articles end to end; the figure is their median. */
  readonly ingestRuns: number;
  readonly ingestArticles: number;
  /**
   * Other articles each ingest process (and each PostgreSQL worker) ingests before it is timed: the
   * optimising compiler works, in background threads charged to the process, over the first few
   * hundred articles, and a bulk ingest or a long-running worker runs at the rate that follows.
   */
  readonly warmUpArticles: number;
  /**
   * Articles each PostgreSQL worker ingests into a scratch database before any takes a timed job. More
   * than `warmUpArticles`: with two workers each takes only half the timed jobs, and a worker's CPU per
   * job was still falling after 200 (14.6 / 13.5 / 11.8 / 11.6 ms by quarter of one run), so a short
   * warm-up charged the two-worker runs with more of the compiler's work than the one-worker runs.
   */
  readonly postgresWarmUpArticles: number;
  /** A larger single ingest run for peak memory, articles streamed; 0 skips it. */
  readonly rssArticles: number;
  /** Store sizes (documents) at which search, placement and ingest are measured as the store grows. */
  readonly sizes: readonly number[];
  readonly claimsPerDocument: number;
  readonly searchReps: number;
  readonly placementReps: number;
  /** Articles ingested (then rolled back) into the store at each size. */
  readonly growthArticles: number;
  readonly readers: number;
  readonly requestsPerReader: number;
  /** Readers and first load run once the store holds this many incidents (or at the last size). */
  readonly serverAtIncidents: number;
  readonly firstLoadReps: number;
  /** Queue ingest on PostgreSQL: runs with one worker and with two (each into a fresh database), of this many articles. */
  readonly postgresRuns: number;
  readonly postgresArticles: number;
  /** Documents written into the PostgreSQL store before its search is measured. */
  readonly postgresSearchDocuments: number;
}

export const FULL: BenchConfig = Object.freeze({
  mode: 'full',
  ingestRuns: 3,
  ingestArticles: 300,
  warmUpArticles: 200,
  rssArticles: 10_000,
  sizes: [1_000, 10_000, 100_000],
  claimsPerDocument: 10,
  searchReps: 20,
  placementReps: 20,
  growthArticles: 30,
  readers: 200,
  requestsPerReader: 20,
  serverAtIncidents: 10_000,
  firstLoadReps: 10,
  postgresRuns: 3,
  postgresArticles: 200,
  postgresWarmUpArticles: 400,
  postgresSearchDocuments: 10_000,
});

export const QUICK: BenchConfig = Object.freeze({
  mode: 'quick',
  ingestRuns: 3,
  ingestArticles: 30,
  warmUpArticles: 20,
  rssArticles: 0,
  sizes: [1_000, 2_500],
  claimsPerDocument: 10,
  searchReps: 10,
  placementReps: 10,
  growthArticles: 10,
  readers: 200,
  requestsPerReader: 5,
  serverAtIncidents: 10_000,
  firstLoadReps: 5,
  postgresRuns: 1,
  postgresArticles: 30,
  postgresWarmUpArticles: 20,
  postgresSearchDocuments: 1_000,
});

function positiveInteger(name: string, raw: string): number {
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0) throw new Error(`--${name} must be a non-negative integer, not "${raw}".`);
  return n;
}

/** The config with the sizes given on the command line (e.g. a shorter ingest on a busy machine). */
export function overrideConfig(base: BenchConfig, options: { readonly [key: string]: string | boolean | undefined }): BenchConfig {
  const read = (name: string): number | undefined => (typeof options[name] === 'string' ? positiveInteger(name, options[name] as string) : undefined);
  const sizes = typeof options.sizes === 'string' ? options.sizes.split(',').map((s) => positiveInteger('sizes', s.trim())) : undefined;
  if (sizes && (sizes.length === 0 || sizes.some((s, i) => s === 0 || (i > 0 && s <= sizes[i - 1])))) {
    throw new Error('--sizes must be increasing positive numbers, e.g. 1000,10000,100000.');
  }
  return Object.freeze({
    ...base,
    ingestRuns: Math.max(1, read('ingest-runs') ?? base.ingestRuns),
    ingestArticles: Math.max(1, read('ingest-articles') ?? base.ingestArticles),
    rssArticles: read('rss-articles') ?? base.rssArticles,
    sizes: sizes ?? base.sizes,
  });
}

/** Plain words and a prefix, as people type them in the search box; one matches nothing. */
export const SEARCH_QUERIES = Object.freeze([
  'shot', 'footage', 'attorney general', 'accelerat*', 'video contradicted', 'Border Patrol',
  'Salazar', 'Holloway', 'Chicago', 'Texas', 'pepper spray', 'helicopter',
]);
