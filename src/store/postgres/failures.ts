import type { FailureRecord } from '../../domain/records.js';
import type { PgConnection } from './openConnection.js';

export interface FailureTable {
  recordFailure(failure: FailureRecord): void;
  listFailures(): FailureRecord[];
}

export function createFailureTable(db: PgConnection): FailureTable {
  return {
    recordFailure: (failure) =>
      void db.query(`INSERT INTO failures (path, code, message, at) VALUES ($1, $2, $3, $4)`, [failure.path, failure.code, failure.message, failure.at]),
    listFailures: () => db.query<FailureRecord>(`SELECT path, code, message, at FROM failures ORDER BY seq`).map((row) => Object.freeze({ ...row })),
  };
}
