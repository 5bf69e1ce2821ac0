import rateLimit, { type RateLimitOptions as LimitConfig } from '@fastify/rate-limit';
import type { FastifyInstance, FastifyReply, FastifyRequest, onRequestHookHandler } from 'fastify';
import { ParallaxError } from '../../lib/errors.js';

export interface RateLimitOptions {
  /** Changes (POST, PUT, PATCH, DELETE) per client address per minute. */
  readonly writesPerMinute?: number;
}

/** Login attempts per client address per minute: slows password guessing to a crawl. */
export const LOGIN_RATE_LIMIT = Object.freeze({ max: 10, timeWindow: '1 minute' });

/** A route sets its own limit with `config: { [RATE_LIMIT_CONFIG]: { max, timeWindow } }`. */
export const RATE_LIMIT_CONFIG = 'parallaxRateLimit';

const READ_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

type Limiter = (request: FastifyRequest, reply: FastifyReply) => Promise<void>;

/**
 * Limits every change per client address; reads are never limited (anonymous readers must stay
 * fast). The server is assembled synchronously, before @fastify/rate-limit has loaded, so each
 * change route gets a hook (at declaration, through onRoute) that builds its limiter on first use.
 */
export function registerRateLimits(app: FastifyInstance, options: RateLimitOptions = {}): void {
  void app.register(rateLimit, {
    global: false,
    errorResponseBuilder: (_request, context) =>
      new ParallaxError('too_many_requests', `Too many requests; try again in ${context.after}.`, { retryAfter: context.after }),
  });
  const writes = { max: options.writesPerMinute ?? 120, timeWindow: '1 minute' };
  app.addHook('onRoute', (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    if (methods.every((m) => READ_METHODS.has(m))) return;
    const config = ((route.config as Record<string, unknown> | undefined)?.[RATE_LIMIT_CONFIG] as LimitConfig | undefined) ?? writes;
    let limiter: Limiter | null = null;
    const hook: onRequestHookHandler = async (request, reply) => {
      limiter ??= (app as unknown as { rateLimit: (c: LimitConfig) => Limiter }).rateLimit(config);
      await limiter(request, reply);
    };
    const existing = route.onRequest ? (Array.isArray(route.onRequest) ? route.onRequest : [route.onRequest]) : [];
    route.onRequest = [hook, ...existing];
  });
}
