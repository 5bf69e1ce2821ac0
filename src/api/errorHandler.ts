import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { ParallaxError, toErrorBody, type ErrorCode } from '../lib/errors.js';

const STATUS_OF_CODE: Partial<Record<ErrorCode, number>> = {
  bad_argument: 400,
  bad_input: 400,
  not_found: 404,
  forbidden: 403,
  unauthorized: 401,
  too_many_requests: 429,
};

/**
 * Fastify's own client errors (malformed query string, unsupported media type…) carry a 4xx
 * status and a message written for clients; they become `bad_argument` with that status so the
 * shape stays the same. Anything else is an internal error whose message is never shown.
 */
function toParallaxError(err: unknown): { status: number; error: unknown } {
  if (err instanceof ParallaxError) return { status: STATUS_OF_CODE[err.code] ?? 500, error: err };
  const status = (err as Partial<FastifyError> | null)?.statusCode;
  if (typeof status === 'number' && status >= 400 && status < 500) {
    const code: ErrorCode = status === 404 ? 'not_found' : 'bad_argument';
    return { status, error: new ParallaxError(code, (err as Error).message) };
  }
  return { status: 500, error: err };
}

/** The one place where errors become HTTP responses: `{ error: { code, message, details? } }`. */
export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((err: unknown, request: FastifyRequest, reply: FastifyReply) => {
    const { status, error } = toParallaxError(err);
    if (status >= 500) request.log.error({ err }, 'request failed');
    return reply.status(status).send(toErrorBody(error));
  });
  app.setNotFoundHandler((request: FastifyRequest, reply: FastifyReply) => {
    // The path is echoed to help a client spot a typo, but bounded so the body stays small.
    const path = request.url.split('?')[0].slice(0, 200);
    const body = toErrorBody(new ParallaxError('not_found', `No route for ${request.method} ${path}.`));
    return reply.status(404).send(body);
  });
}
