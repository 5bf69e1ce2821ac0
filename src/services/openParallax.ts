import { isPostgresUrl, openStore } from '../store/openStore.js';
import type { Store } from '../store/Store.js';
import type { Queries } from './queries.js';
import { createQueries } from './queries/createQueries.js';
import { createReadModel, type ReadModel } from './queries/createReadModel.js';
import { createReview, type Review } from './review/createReview.js';

export interface Parallax {
  readonly store: Store;
  readonly queries: Queries;
  /** The viewer-aware read side of the web UI. */
  readonly readModel: ReadModel;
  /** Reviewers' changes, each with its audit entry. */
  readonly review: Review;
  close(): void;
}

/** Opens (or creates) a Parallax database and the read model over it. */
export function openParallax(dbPath: string): Parallax {
  const store = openStore(dbPath);
  return { store, queries: createQueries(store), readModel: createReadModel(store), review: createReview(store), close: () => store.close() };
}

/** Whether a --db value names a PostgreSQL server rather than an embedded database file. */
export function isPostgresLocation(location: string): boolean {
  return isPostgresUrl(location);
}
