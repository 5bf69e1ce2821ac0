import type Database from 'better-sqlite3';
import type { FailureRecord } from '../../domain/records.js';

export interface FailureTable {
  recordFailure(failure: FailureRecord): void;
  listFailures(): FailureRecord[];
}

export function createFailureTable(db: Database.Database): FailureTable {
  const insert = db.prepare(`INSERT INTO failures (path, code, message, at) VALUES (@path, @code, @message, @at)`);
  const list = db.prepare<[], FailureRecord>(`SELECT path, code, message, at FROM failures ORDER BY seq`);
  return {
    recordFailure: (failure) => void insert.run({ path: failure.path, code: failure.code, message: failure.message, at: failure.at }),
    listFailures: () => list.all().map((row) => Object.freeze({ ...row })),
  };
}
