import type { Store } from '../../src/store/Store.js';
import { median } from './stats.js';
import { startReaderServer } from './measureReaders.js';

export interface FirstLoadResult {
  readonly incidents: number;
  /** HTML then the API call the page makes, on a server that has served nothing yet. */
  readonly coldMs: number;
  /** The same pair again, median of `reps`. */
  readonly warmMs: number;
  readonly bytes: number;
}

// What web/pages/incidentListPage.js asks for on first load (its default page size).
const PAGE_CALL = '/api/v1/incidents?limit=50&offset=0';

async function loadPage(origin: string): Promise<{ ms: number; bytes: number }> {
  const started = performance.now();
  let bytes = 0;
  for (const path of ['/', PAGE_CALL]) {
    const response = await fetch(`${origin}${path}`);
    if (!response.ok) throw new Error(`GET ${path} answered ${response.status}`);
    bytes += (await response.arrayBuffer()).byteLength;
  }
  return { ms: performance.now() - started, bytes };
}

/** First load of the incidents page over the store as it is (the bench fills it to 10,000 incidents first), on the server `parallax serve` runs. */
export async function measureFirstLoad(store: Store, reps: number): Promise<FirstLoadResult> {
  const server = await startReaderServer(store);
  try {
    const cold = await loadPage(server.origin);
    const warm: number[] = [];
    for (let n = 0; n < reps; n++) warm.push((await loadPage(server.origin)).ms);
    return { incidents: store.countIncidents(), coldMs: cold.ms, warmMs: median(warm), bytes: cold.bytes };
  } finally {
    await server.close();
  }
}
