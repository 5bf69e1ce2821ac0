import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

export const DEFAULT_WEB_ROOT = fileURLToPath(new URL('../../web/', import.meta.url));

/** Only what a browser needs: tests and other files living beside the UI are never served. */
const SERVABLE = /\.(html|css|js|svg|ico|png|woff2)$/;

export function isServablePath(pathName: string): boolean {
  return SERVABLE.test(pathName) && !/\.test\./.test(pathName) && !pathName.split('/').some((part) => part.startsWith('.'));
}

/** The UI is plain files under web/ (no build step); `/` is its index.html. */
export function registerWeb(app: FastifyInstance, root: string = DEFAULT_WEB_ROOT): void {
  app.register(fastifyStatic, {
    root,
    prefix: '/',
    index: ['index.html'],
    dotfiles: 'deny',
    allowedPath: (pathName) => pathName === '/' || isServablePath(pathName),
  });
}
