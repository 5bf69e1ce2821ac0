import type { Statement } from './workerProtocol.js';

// PostgreSQL allows 65535 parameters per statement; stay well below it.
const MAX_PARAMETERS = 30_000;

/**
 * One multi-row INSERT per chunk instead of one statement per row: claims and attributions are
 * written by the hundred, and each statement is a round trip to the server. `onConflict` (an
 * `ON CONFLICT …` clause) ends every chunk.
 */
export function buildInsert(table: string, columns: readonly string[], rows: readonly (readonly unknown[])[], onConflict = ''): Statement[] {
  const perChunk = Math.max(1, Math.floor(MAX_PARAMETERS / columns.length));
  const statements: Statement[] = [];
  const head = `INSERT INTO ${table} (${columns.map((c) => `"${c}"`).join(', ')}) VALUES `;
  for (let from = 0; from < rows.length; from += perChunk) {
    const chunk = rows.slice(from, from + perChunk);
    const tuples = chunk.map((_, r) => `(${columns.map((__, c) => `$${r * columns.length + c + 1}`).join(', ')})`);
    statements.push({ sql: head + tuples.join(', ') + (onConflict ? ` ${onConflict}` : ''), params: chunk.flat() });
  }
  return statements;
}
