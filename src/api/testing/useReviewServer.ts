import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach } from 'vitest';
import { openParallax, type Parallax } from '../../services/openParallax.js';
import { seedReviewStore } from '../../services/review/reviewFixtures.js';
import { createServer } from '../createServer.js';
import { EDITOR_HEADER } from '../resolveViewer.js';

export const EDITOR_TOKEN = 'test-editor-token-0123456789';
/** Headers of a request made by an editor of the server `useReviewServer` starts. */
export const AS_EDITOR: Readonly<Record<string, string>> = Object.freeze({ [EDITOR_HEADER]: EDITOR_TOKEN });

export interface ReviewServer {
  px: Parallax;
  app: FastifyInstance;
  ids: ReturnType<typeof seedReviewStore>;
}

/**
 * For route tests: before each test, a fresh in-memory Parallax seeded with the review fixtures
 * and a server over it that knows `EDITOR_TOKEN`; both closed after the test. Read the fields
 * inside tests (they are replaced before each one).
 */
export function useReviewServer(): ReviewServer {
  const current = {} as ReviewServer;
  beforeEach(() => {
    current.px = openParallax(':memory:');
    current.ids = seedReviewStore(current.px.store);
    current.app = createServer({ queries: current.px.queries, readModel: current.px.readModel, review: current.px.review, editorToken: EDITOR_TOKEN });
  });
  afterEach(async () => {
    await current.app.close();
    current.px.close();
  });
  return current;
}
