/** A statement sent to the query worker: SQL with $1…$n placeholders and its parameters. */
export interface Statement {
  readonly sql: string;
  readonly params?: readonly unknown[];
}

export type WorkerRequest =
  | { readonly op: 'open'; readonly url: string }
  | { readonly op: 'run'; readonly connection: number; readonly statements: readonly Statement[] }
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
