import Fastify, { type FastifyInstance } from 'fastify';
import type { Queries } from '../services/queries.js';
import { registerErrorHandler } from './errorHandler.js';
import { registerDocumentRoutes } from './routes/documents.js';
import { registerExportRoutes } from './routes/exports.js';
import { registerHealthRoutes } from './routes/health.js';
import { registerIncidentRoutes } from './routes/incidents.js';
import { registerSecurityHeaders } from './securityHeaders.js';
import { registerWeb } from './serveWeb.js';

export interface ServerOptions {
  readonly queries: Queries;
  readonly logger?: boolean;
  /** Folder of the web UI; defaults to the repository's web/. */
  readonly webRoot?: string;
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
  registerIncidentRoutes(app, options.queries);
  registerDocumentRoutes(app, options.queries);
  registerExportRoutes(app, options.queries);
  registerWeb(app, options.webRoot);
  return app;
}
