import Fastify, { type FastifyInstance } from 'fastify';
import type { Queries } from '../services/queries.js';
import type { ReadModel } from '../services/queries/createReadModel.js';
import type { Review } from '../services/review/createReview.js';
import { createViewerResolver } from './resolveViewer.js';
import { registerErrorHandler } from './errorHandler.js';
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
}

/**
 * The HTTP server: JSON API under /api/v1 and the web UI at /. Registration is synchronous from
 * the caller's point of view; fastify finishes loading plugins on `ready()` / `listen()`.
 */
export function createServer(options: ServerOptions): FastifyInstance {
  const app = Fastify({ logger: options.logger ?? false });
  registerErrorHandler(app);
  registerSecurityHeaders(app);
  registerHealthRoutes(app);
  const viewerOf = createViewerResolver(options.editorToken ?? null);
  registerIncidentRoutes(app, options.queries, options.readModel ? { readModel: options.readModel, viewerOf } : undefined);
  registerViewerRoutes(app, viewerOf, options.editorToken ?? null);
  registerMapRoutes(app);
  if (options.readModel) {
    registerSearchRoutes(app, options.readModel, viewerOf);
    registerReviewRoutes(app, options.readModel, options.review ?? null, viewerOf);
    registerSpeakerRoutes(app, options.readModel, viewerOf);
  }
  registerDocumentRoutes(app, options.queries);
  registerExportRoutes(app, options.queries);
  registerWeb(app, options.webRoot);
  return app;
}
