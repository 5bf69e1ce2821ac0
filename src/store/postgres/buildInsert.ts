import type { Statement } from './workerProtocol.js';

// PostgreSQL allows 65535 parameters per statement; stay well below it.
const MAX_PARAMETERS = 30_000;

// A lone surrogate (or a NUL): JSON carries it as an escape PostgreSQL refuses in text, whereas a
// text parameter turns a lone surrogate into U+FFFD. Rows holding one take the VALUES path.
const LONE_SURROGATE = /\p{Cs}/u;

/** A value that travels through JSON to the same stored value it has as a text parameter. */
function isJsonSafe(value: unknown): boolean {
  if (value === null) return true;
  switch (typeof value) {
    case 'string':
      return !value.includes('\0') && !LONE_SURROGATE.test(value);
    case 'boolean':
      return true;
    case 'number':
      // JSON has no NaN or Infinity (it writes null); pg sends them as 'NaN' / 'Infinity'.
      return Number.isFinite(value);
    default:
      return false;
  }
}

/**
 * The rows as one JSON parameter, expanded by the server into records of the table's own row
 * type: one statement text per table (a named prepared statement from its second use), one
 * parameter instead of hundreds for the pg client to serialise and the server to bind, and one
 * string to copy across the query thread's bridge instead of an array of hundreds of values.
 * Rows come out of the array in order (WITH ORDINALITY), so they are inserted in the order given.
 */
function buildJsonInsert(table: string, columns: readonly string[], rows: readonly (readonly unknown[])[], onConflict: string, skipStoredBy?: string): Statement {
  const quoted = columns.map((c) => `"${c}"`).join(', ');
  const compared = columns.filter((c) => c !== skipStoredBy);
  // A scalar subquery, looked up by key row by row: as NOT EXISTS, the planner of a store whose
  // statistics lag made it an anti join over a scan of the whole table.
  const skip = skipStoredBy
    ? ` WHERE (SELECT (${compared.map((c) => `s."${c}"`).join(', ')}) IS NOT DISTINCT FROM (${compared.map((c) => `r."${c}"`).join(', ')})` +
      ` FROM ${table} s WHERE s."${skipStoredBy}" = r."${skipStoredBy}") IS NOT TRUE`
    : '';
  const objects = rows.map((row) => {
    const object: Record<string, unknown> = {};
    columns.forEach((column, i) => (object[column] = row[i]));
    return object;
  });
  const sql =
    `INSERT INTO ${table} (${quoted}) SELECT ${quoted} FROM json_populate_recordset(NULL::${table}, $1::json) WITH ORDINALITY AS r${skip} ` +
    `ORDER BY r.ordinality${onConflict ? ` ${onConflict}` : ''}`;
  return { sql, params: [JSON.stringify(objects)] };
}

/**
 * One statement for all the rows instead of one per row: claims and attributions are written by
 * the hundred, and each statement costs a round trip and its own work on both sides. The rows go
 * as one JSON parameter when every value survives JSON unchanged (strings without NUL or lone
 * surrogates, finite numbers, booleans, nulls: what the row builders give), else as multi-row
 * VALUES in chunks. `onConflict` (an `ON CONFLICT …` clause) ends every statement.
 *
 * `skipStoredBy` (a key column) leaves out, on the JSON path, the rows already stored exactly as
 * given (same key, every other column not distinct): for an upsert whose `DO UPDATE … WHERE`
 * skips unchanged rows anyway, so the table ends the same. Left to the conflict clause, each such
 * row still had its generated columns computed (a claim's search vector) and the stored row
 * locked, a WAL record each, before the WHERE let it be. The VALUES path sends every row.
 */
export function buildInsert(table: string, columns: readonly string[], rows: readonly (readonly unknown[])[], onConflict = '', skipStoredBy?: string): Statement[] {
  if (rows.length === 0) return [];
  if (rows.every((row) => row.every(isJsonSafe))) return [buildJsonInsert(table, columns, rows, onConflict, skipStoredBy)];
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
