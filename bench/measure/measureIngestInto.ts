import type { SyntheticArticle } from '../corpus/writeArticle.js';
import { ingestDocument } from '../../src/services/ingest/ingestDocument.js';
import type { Store } from '../../src/store/Store.js';
import { rates, startClock } from './startClock.js';

class RollBack extends Error {}

/**
 * Articles per second (CPU time) of ingesting `articles` into a store that already holds many
 * documents. Everything is rolled back afterwards, so the store keeps its size for the next figure.
 */
export function measureIngestInto(store: Store, articles: readonly SyntheticArticle[]): number {
  const encoder = new TextEncoder();
  let rate = 0;
  try {
    store.transaction(() => {
      const stop = startClock();
      for (const a of articles) ingestDocument(store, { raw: encoder.encode(a.text), fileName: a.fileName });
      rate = rates(articles.length, stop()).cpu;
      throw new RollBack();
    });
  } catch (err) {
    if (!(err instanceof RollBack)) throw err;
  }
  return rate;
}
