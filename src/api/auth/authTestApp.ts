import Fastify, { type FastifyInstance } from 'fastify';
import { ParallaxError } from '../../lib/errors.js';
import type { Accounts } from '../../services/auth/openAccounts.js';
import { ANONYMOUS } from '../../services/review/viewer.js';
import { registerErrorHandler } from '../errorHandler.js';
import { createAccountViewerResolver } from './createAccountViewerResolver.js';
import { registerRateLimits } from './registerRateLimits.js';
import { registerSessionRoutes } from './registerSessionRoutes.js';

/** A server with only the auth pieces and two probe routes: one read, one change needing an editor. */
export function createAuthTestApp(accounts: Accounts, limits: { login?: number; writes?: number } = {}): FastifyInstance {
  const app = Fastify();
  registerErrorHandler(app);
  registerRateLimits(app, { writesPerMinute: limits.writes ?? 1000 });
  const viewerOf = createAccountViewerResolver(accounts, () => ANONYMOUS);
  registerSessionRoutes(app, accounts, viewerOf, { secureCookies: false, loginRateLimit: { max: limits.login ?? 1000, timeWindow: '1 minute' } });
  app.get('/probe', async (request) => viewerOf(request));
  app.post('/probe', async (request) => {
    const viewer = viewerOf(request);
    if (!viewer.canEdit) throw new ParallaxError(viewer.canSeePrivate ? 'forbidden' : 'unauthorized', 'Editors only.');
    return { changedBy: viewer.name };
  });
  return app;
}
