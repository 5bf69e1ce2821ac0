import { openStore } from '../store/openStore.js';
import type { Store } from '../store/Store.js';
import type { Queries } from './queries.js';
import { createQueries } from './queries/createQueries.js';

export interface Parallax {
  readonly store: Store;
  readonly queries: Queries;
  close(): void;
}

/** Opens (or creates) a Parallax database and the read model over it. */
export function openParallax(dbPath: string): Parallax {
  const store = openStore(dbPath);
  return { store, queries: createQueries(store), close: () => store.close() };
}
