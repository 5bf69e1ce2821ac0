/**
 * The one error shape of Parallax. Every failure a user can see carries a stable snake_case
 * `code`, a human message, and optional details that are safe to show.
 */
export type ErrorCode =
  | 'bad_argument'
  | 'bad_input'
  | 'unreadable_file'
  | 'unsupported_format'
  | 'empty_document'
  | 'not_found'
  | 'not_our_database'
  | 'database_error'
  | 'stage_failed'
  | 'missing_shared'
  | 'below_floor'
  | 'fetch_refused'
  | 'fetch_failed'
  | 'forbidden'
  | 'unauthorized'
  | 'too_many_requests'
  | 'too_slow'
  | 'internal';

export class ParallaxError extends Error {
  readonly code: ErrorCode;
  readonly details: Readonly<Record<string, unknown>>;

  constructor(code: ErrorCode, message: string, details: Record<string, unknown> = {}) {
    super(message);
    this.name = 'ParallaxError';
    this.code = code;
    this.details = Object.freeze({ ...details });
  }
}

export interface ErrorBody {
  readonly error: { readonly code: ErrorCode; readonly message: string; readonly details?: Record<string, unknown> };
}

/** Builds the public error body; unknown errors become a generic `internal` error so internals never leak. */
export function toErrorBody(err: unknown): ErrorBody {
  if (err instanceof ParallaxError) {
    const details = Object.keys(err.details).length ? { ...err.details } : undefined;
    return { error: { code: err.code, message: err.message, ...(details ? { details } : {}) } };
  }
  return { error: { code: 'internal', message: 'Internal error.' } };
}

export function isParallaxError(err: unknown, code?: ErrorCode): err is ParallaxError {
  return err instanceof ParallaxError && (code === undefined || err.code === code);
}
