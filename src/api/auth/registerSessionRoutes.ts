import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { ParallaxError } from '../../lib/errors.js';
import type { Accounts } from '../../services/auth/openAccounts.js';
import { parseInput } from '../parseInput.js';
import type { ViewerResolver } from '../resolveViewer.js';
import { LOGIN_RATE_LIMIT, RATE_LIMIT_CONFIG } from './registerRateLimits.js';
import { formatSessionCookie, readCookieValue, SESSION_COOKIE } from './sessionCookie.js';

export const LOGIN = z.object({ name: z.string().min(1).max(64), password: z.string().min(1).max(1024) }).strict();
const SESSION_SECONDS = 12 * 3600;

export interface SessionRouteOptions {
  /** Secure cookies (default true); only tests over plain http turn it off. */
  readonly secureCookies?: boolean;
  readonly loginRateLimit?: { readonly max: number; readonly timeWindow: string };
}

/** Log in (POST), see who you are and your CSRF token (GET), log out (DELETE). */
export function registerSessionRoutes(app: FastifyInstance, accounts: Accounts, viewerOf: ViewerResolver, options: SessionRouteOptions = {}): void {
  const secure = options.secureCookies ?? true;
  app.post('/api/v1/session', { config: { [RATE_LIMIT_CONFIG]: options.loginRateLimit ?? LOGIN_RATE_LIMIT } }, async (request, reply) => {
    const { name, password } = parseInput(LOGIN, request.body ?? {}, 'login');
    const user = await accounts.verifyLogin(name, password);
    if (!user) throw new ParallaxError('unauthorized', 'Unknown user name or wrong password.');
    const grant = accounts.createSession(user.id);
    reply.header('set-cookie', formatSessionCookie(grant.sessionId, SESSION_SECONDS, secure));
    return { name: user.name, role: user.role, csrfToken: grant.csrfToken };
  });

  app.get('/api/v1/session', async (request) => {
    const sessionId = readCookieValue(request.headers.cookie, SESSION_COOKIE);
    const session = sessionId ? accounts.findSession(sessionId) : null;
    if (!session?.viewer) return { viewer: null };
    return { viewer: { name: session.viewer.name, role: session.viewer.role }, csrfToken: session.csrfToken };
  });

  app.delete('/api/v1/session', async (request, reply) => {
    viewerOf(request); // a logged-in browser must show its CSRF token to log out
    const sessionId = readCookieValue(request.headers.cookie, SESSION_COOKIE);
    if (sessionId) accounts.deleteSession(sessionId);
    reply.header('set-cookie', formatSessionCookie('', 0, secure));
    return { viewer: null };
  });
}
