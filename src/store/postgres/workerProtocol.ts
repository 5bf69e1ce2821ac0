/** How a store's connections are named on the server (pg_stat_activity.application_name). */
export const STORE_APPLICATION_NAME = 'parallax';

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
