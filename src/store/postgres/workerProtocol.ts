/** How a store's connections are named on the server (pg_stat_activity.application_name). */
export const STORE_APPLICATION_NAME = 'parallax';

/** SQLSTATE connection_failure: the query thread's code for a connection lost under a request, when the server sent none. */
export const CONNECTION_FAILURE = '08006';
/** SQLSTATE connection_does_not_exist: the query thread found the connection gone before sending anything of the request. */
export const CONNECTION_DOES_NOT_EXIST = '08003';

/**
 * The failure says the connection itself is gone (SQLSTATE class 08, connection exception; 57P01–03,
 * the server shutting down or terminating it): nothing more can run on it, and whatever
 * transaction was open on it has been rolled back by the server.
 */
export function isConnectionLost(sqlstate: unknown): boolean {
  return typeof sqlstate === 'string' && (sqlstate.startsWith('08') || /^57P0[123]$/.test(sqlstate));
}

/** A statement sent to the query worker: SQL with $1…$n placeholders and its parameters. */
export interface Statement {
  readonly sql: string;
  readonly params?: readonly unknown[];
}

export type WorkerRequest =
  | { readonly op: 'open'; readonly url: string }
  | {
      readonly op: 'run';
      readonly connection: number;
      readonly statements: readonly Statement[];
      /**
       * Every statement runs inside one transaction (or opens it first): they may be sent together,
       * without waiting for each answer, since a failure aborts the transaction and every later
       * statement with it. Otherwise they run one after the other, stopping at the first failure.
       */
      readonly pipelined?: boolean;
    }
  | { readonly op: 'close'; readonly connection: number };

/** What failed, with the SQLSTATE code when PostgreSQL gave one (23505 = unique violation…). */
export interface WorkerError {
  readonly message: string;
  readonly code: string | null;
  readonly constraint: string | null;
  readonly detail: string | null;
}

/** Errors come back as values: a thrown error would lose its SQLSTATE code crossing threads. */
export type WorkerReply =
  | { readonly ok: true; readonly connection: number; readonly results: unknown[][] }
  | { readonly ok: false; readonly error: WorkerError };

/** Any failure as a reply, keeping PostgreSQL's SQLSTATE code, constraint and detail when it has them. */
export function toErrorReply(err: unknown): WorkerReply & { ok: false } {
  const e = (err ?? {}) as { message?: string; code?: string; constraint?: string; detail?: string };
  return {
    ok: false,
    error: { message: e.message ?? String(err), code: e.code ?? null, constraint: e.constraint ?? null, detail: e.detail ?? null },
  };
}
