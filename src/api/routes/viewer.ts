import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { ParallaxError } from '../../lib/errors.js';
import { parseInput } from '../parseInput.js';
import { EDITOR_COOKIE, isEditorToken, type ViewerResolver } from '../resolveViewer.js';

const TOKEN_PARAMS = z.object({ token: z.string().min(1).max(200) });

/** Who the UI is talking to, and the link that turns a browser into the local editor. */
export function registerViewerRoutes(app: FastifyInstance, viewerOf: ViewerResolver, editorToken: string | null): void {
  app.get('/api/v1/viewer', async (request) => {
    const viewer = viewerOf(request);
    return { name: viewer.name, canEdit: viewer.canEdit, canSeePrivate: viewer.canSeePrivate };
  });

  app.get('/editor/:token', async (request, reply) => {
    const { token } = parseInput(TOKEN_PARAMS, request.params, 'editor link');
    if (!isEditorToken(token, editorToken)) throw new ParallaxError('forbidden', 'This editor link is not valid for this server.');
    // HttpOnly: page scripts never see the token; Strict: other sites cannot send it along.
    reply.header('set-cookie', `${EDITOR_COOKIE}=${encodeURIComponent(token)}; Path=/; HttpOnly; SameSite=Strict`);
    return reply.redirect('/');
  });

  app.post('/api/v1/viewer/leave', async (_request, reply) => {
    reply.header('set-cookie', `${EDITOR_COOKIE}=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0`);
    return { name: 'anonymous', canEdit: false, canSeePrivate: false };
  });
}
