/** Sizes of one bench run. `--quick` must finish in under two minutes on a laptop core. */
export interface BenchConfig {
  readonly mode: 'quick' | 'full';
  /** Fresh processes, each ingesting this many articles end to end; the figure is their median. */
  readonly ingestRuns: number;
  readonly ingestArticles: number;
  /** A larger single ingest run for peak memory; 0 skips it. */
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
}

export const FULL: BenchConfig = Object.freeze({
  mode: 'full',
  ingestRuns: 3,
  ingestArticles: 300,
  rssArticles: 1000,
  sizes: [1_000, 10_000, 100_000],
  claimsPerDocument: 10,
  searchReps: 20,
  placementReps: 20,
  growthArticles: 30,
  readers: 200,
  requestsPerReader: 5,
  serverAtIncidents: 10_000,
  firstLoadReps: 10,
});

export const QUICK: BenchConfig = Object.freeze({
  mode: 'quick',
  ingestRuns: 3,
  ingestArticles: 30,
  rssArticles: 0,
  sizes: [1_000, 2_500],
  claimsPerDocument: 10,
  searchReps: 10,
  placementReps: 10,
  growthArticles: 10,
  readers: 200,
  requestsPerReader: 1,
  serverAtIncidents: 10_000,
  firstLoadReps: 5,
});

/** Plain words and a prefix, as people type them in the search box; one matches nothing. */
export const SEARCH_QUERIES = Object.freeze([
  'shot', 'footage', 'attorney general', 'accelerat*', 'video contradicted', 'Border Patrol',
  'Salazar', 'Holloway', 'Chicago', 'Texas', 'pepper spray', 'helicopter',
]);
