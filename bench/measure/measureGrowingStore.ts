import type { BenchConfig } from '../benchConfig.js';
import { SEARCH_QUERIES } from '../benchConfig.js';
import { generateCorpus, iterateCorpus } from '../corpus/generateCorpus.js';
import type { SyntheticArticle } from '../corpus/writeArticle.js';
import type { SizeStep } from '../report/benchResult.js';
import { openStore } from '../../src/store/openStore.js';
import { measureFirstLoad, type FirstLoadResult } from './measureFirstLoad.js';
import { measureIngestInto } from './measureIngestInto.js';
import { measurePlacement } from './measurePlacement.js';
import { measureReaders, type ReadersResult } from './measureReaders.js';
import { measureSearch } from './measureSearch.js';
import { populateStore } from './populateStore.js';

export interface GrowingStoreResult {
  readonly steps: readonly SizeStep[];
  readonly readers: ReadersResult;
  readonly firstLoad: FirstLoadResult;
}

// Compiles every stage in this process first, so the first size is not charged for the JIT.
function warmUp(articles: readonly SyntheticArticle[]): void {
  const scratch = openStore(':memory:');
  try {
    measureIngestInto(scratch, articles);
  } finally {
    scratch.close();
  }
}

// Documents written between checks of the incident count, while waiting to reach serverAtIncidents.
const CHUNK = 1_000;

/**
 * Fills one SQLite file through the Store, size by size, and measures at each size; the readers
 * and first-load figures are taken once the store holds `serverAtIncidents` incidents.
 */
export async function measureGrowingStore(config: BenchConfig, seed: number, path: string, log: (line: string) => void): Promise<GrowingStoreResult> {
  const store = openStore(path);
  try {
    const articles = iterateCorpus({ seed: seed + 7, articles: Number.MAX_SAFE_INTEGER });
    const fresh = generateCorpus({ seed: seed + 13, articles: config.growthArticles });
    warmUp(generateCorpus({ seed: seed + 17, articles: 8 }));
    const steps: SizeStep[] = [];
    let documents = 0;
    let claims = 0;
    let populateSeconds = 0;
    let server: { readers: ReadersResult; firstLoad: FirstLoadResult } | null = null;
    const fill = (target: number): void => {
      const done = populateStore(store, articles, target - documents, config.claimsPerDocument);
      documents += done.documents;
      claims += done.claims;
      populateSeconds += done.seconds;
    };
    const measureServer = async (): Promise<void> => {
      log(`${config.readers} readers and first load at ${store.countIncidents()} incidents`);
      const readers = await measureReaders(store, config.readers, config.requestsPerReader);
      server = { readers, firstLoad: await measureFirstLoad(store, config.firstLoadReps) };
      log(`readers p95 ${readers.latency.p95.toFixed(0)} ms (${readers.requests} requests); first load cold ${server.firstLoad.coldMs.toFixed(0)} ms, warm ${server.firstLoad.warmMs.toFixed(0)} ms`);
    };
    for (const size of config.sizes) {
      while (documents < size) {
        fill(Math.min(size, documents + CHUNK));
        if (!server && store.countIncidents() >= config.serverAtIncidents) await measureServer();
      }
      log(`store at ${documents} documents, ${claims} claims (${populateSeconds.toFixed(0)} s writing); measuring`);
      const step: SizeStep = {
        documents,
        claims,
        incidents: store.countIncidents(),
        populateSeconds,
        search: measureSearch(store, SEARCH_QUERIES, config.searchReps),
        placement: measurePlacement(store, config.placementReps),
        ingestIntoPerSec: measureIngestInto(store, fresh),
      };
      // Logged as soon as known, so a run stopped before the end still leaves its figures.
      log(`at ${documents} documents: search p95 ${step.search.search.p95.toFixed(1)} ms, list p95 ${step.search.list.p95.toFixed(1)} ms, candidates ${step.placement.datedMs.toFixed(2)}/${step.placement.undatedMs.toFixed(1)} ms (dated/undated), ingest ${step.ingestIntoPerSec.toFixed(1)} articles/s`);
      steps.push(step);
    }
    if (!server) await measureServer();
    return { steps, ...server! };
  } finally {
    store.close();
  }
}
