import type { BenchConfig } from '../benchConfig.js';
import { iterateCorpus } from '../corpus/generateCorpus.js';
import { openStore } from '../../src/store/openStore.js';
import { measureReaders, type ReadersResult } from './measureReaders.js';
import { populateStore } from './populateStore.js';

export interface ReadersAtSize {
  readonly documents: number;
  readonly incidents: number;
  readonly populateSeconds: number;
  readonly readers: ReadersResult;
}

// Documents written between checks of the incident count, as the growing store writes them.
const CHUNK = 1_000;

/**
 * The readers figure alone (`npm run bench -- --only readers`): a SQLite file at `path` filled
 * from the same corpus stream as the growing store (same seed, same claims per document) until it
 * holds `serverAtIncidents` incidents, or the largest size's documents, whichever comes first,
 * exactly where the full run measures its readers; then the same readers' loads against it.
 */
export async function measureReadersAtSize(config: BenchConfig, seed: number, path: string, log: (line: string) => void): Promise<ReadersAtSize> {
  const store = openStore(path);
  try {
    const articles = iterateCorpus({ seed: seed + 7, articles: Number.MAX_SAFE_INTEGER });
    const lastSize = config.sizes[config.sizes.length - 1];
    let documents = 0;
    let populateSeconds = 0;
    while (documents < lastSize && store.countIncidents() < config.serverAtIncidents) {
      const done = populateStore(store, articles, Math.min(CHUNK, lastSize - documents), config.claimsPerDocument);
      documents += done.documents;
      populateSeconds += done.seconds;
    }
    const incidents = store.countIncidents();
    log(`store at ${documents} documents, ${incidents} incidents (${populateSeconds.toFixed(0)} s writing); ${config.readers} readers`);
    return { documents, incidents, populateSeconds, readers: await measureReaders(store, config.readers, config.requestsPerReader) };
  } finally {
    store.close();
  }
}
