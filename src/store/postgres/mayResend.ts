import { CONNECTION_DOES_NOT_EXIST, type Statement } from './workerProtocol.js';

const COMMIT = /(?:^|;)\s*COMMIT\b/i;

/**
 * Whether a batch that failed because its connection was lost may be sent again, whole, on a new
 * connection: only when nothing of it can have taken effect. That is when it never left (the
 * query thread found the connection gone first, SQLSTATE 08003) outside any transaction, or when
 * it opens the outermost transaction and does not commit it (a lost connection's open transaction
 * is rolled back by the server), or when it is plain reads outside a transaction. A statement on
 * its own that reached the server may have been applied; a batch that commits may have committed; the rest of a transaction went with it.
 *
 * `control` is the queued transaction control sent first; `depth` the caller's transaction depth.
 */
export function mayResend(batch: { readonly control: readonly Statement[]; readonly statements: readonly Statement[]; readonly depth: number; readonly sqlstate: unknown }): boolean {
  if (batch.sqlstate === CONNECTION_DOES_NOT_EXIST && batch.depth === 0) return true;
  // Reads on their own change nothing, whether or not they reached the server: a read sent just as
  // the server ended the connection (before the socket said so) is simply read again.
  if (batch.depth === 0 && batch.control.length === 0 && batch.statements.length > 0 && batch.statements.every((s) => isPlainRead(s.sql))) return true;
  return opensTransaction(batch.control) && !batch.control.some((s) => COMMIT.test(s.sql)) && !batch.statements.some((s) => COMMIT.test(s.sql));
}

const READ = /^\s*SELECT\b/i;
const HAS_EFFECT = /\b(?:INSERT|UPDATE|DELETE|MERGE|pg_advisory\w*|nextval|setval|pg_notify|FOR\s+(?:UPDATE|SHARE|NO KEY UPDATE|KEY SHARE))\b|;/i;

/** A SELECT that writes nothing, locks nothing and is one statement. */
export function isPlainRead(sql: string): boolean {
  return READ.test(sql) && !HAS_EFFECT.test(sql);
}

/** The batch starts the outermost transaction (its queued control opens with BEGIN). */
export function opensTransaction(control: readonly Statement[]): boolean {
  return control[0]?.sql.startsWith('BEGIN') ?? false;
}
