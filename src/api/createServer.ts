import Fastify, { type FastifyInstance } from 'fastify';
import type { Queries } from '../services/queries.js';
import type { ReadModel } from '../services/queries/createReadModel.js';
import type { Review } from '../services/review/createReview.js';
import { createViewerResolver } from './resolveViewer.js';
import { createAccountViewerResolver } from './auth/createAccountViewerResolver.js';
import { registerRateLimits } from './auth/registerRateLimits.js';
import { registerSessionRoutes } from './auth/registerSessionRoutes.js';
import type { Accounts } from '../services/auth/openAccounts.js';
import { registerErrorHandler } from './errorHandler.js';
import { registerOpenApi } from './openapi/registerOpenApi.js';
import { registerDocumentRoutes } from './routes/documents.js';
import { registerExportRoutes } from './routes/exports.js';
import { registerHealthRoutes } from './routes/health.js';
import { registerIncidentRoutes } from './routes/incidents.js';
import { registerMapRoutes } from './routes/map.js';
import { registerReviewRoutes } from './routes/review.js';
import { registerSearchRoutes } from './routes/search.js';
import { registerSpeakerRoutes } from './routes/speakers.js';
import { registerViewerRoutes } from './routes/viewer.js';
import { registerSecurityHeaders } from './securityHeaders.js';
import { registerWeb } from './serveWeb.js';

export interface ServerOptions {
  readonly queries: Queries;
  readonly logger?: boolean;
  /** Folder of the web UI; defaults to the repository's web/. */
  readonly webRoot?: string;
  /** The viewer-aware read side (search with facets, reviewed incidents, speakers); without it only the export routes exist. */
  readonly readModel?: ReadModel;
  /** The write side of review; without it every change is refused. */
  readonly review?: Review;
  /** The secret that makes a browser the local editor (see resolveViewer.ts); null or absent: nobody can edit. */
  readonly editorToken?: string | null;
  /** Users, tokens and sessions (src/services/auth); without them only the editor link grants more than anonymous. */
  readonly accounts?: Accounts;
  /** Secure session cookies (default true); only plain-http tests turn it off. */
  readonly secureCookies?: boolean;
}

/**
 * The HTTP server: JSON API under /api/v1 and the web UI at /. Registration is synchronous from
 * the caller's point of view; fastify finishes loading plugins on `ready()` / `listen()`.
 */
export function createServer(options: ServerOptions): FastifyInstance {
  const app = Fastify({ logger: options.logger ?? false });
  registerErrorHandler(app);
  registerSecurityHeaders(app);
  // First, so it sees every route registered after it.
  registerOpenApi(app);
  registerHealthRoutes(app);
  registerRateLimits(app);
  const editorViewer = createViewerResolver(options.editorToken ?? null);
  const viewerOf = options.accounts ? createAccountViewerResolver(options.accounts, editorViewer) : editorViewer;
  if (options.accounts) registerSessionRoutes(app, options.accounts, viewerOf, { secureCookies: options.secureCookies });
  registerIncidentRoutes(app, options.queries, options.readModel ? { readModel: options.readModel, viewerOf } : undefined);
  registerViewerRoutes(app, viewerOf, options.editorToken ?? null);
  registerMapRoutes(app);
  if (options.readModel) {
    registerSearchRoutes(app, options.readModel, viewerOf);
    registerReviewRoutes(app, options.readModel, options.review ?? null, viewerOf);
    registerSpeakerRoutes(app, options.readModel, viewerOf);
  }
  registerDocumentRoutes(app, options.queries, options.readModel ? { readModel: options.readModel, viewerOf } : undefined);
  registerExportRoutes(app, options.queries, options.readModel ? { readModel: options.readModel, viewerOf } : undefined);
  registerWeb(app, options.webRoot);
  return app;
}
