import { timingSafeEqual } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import { ANONYMOUS, LOCAL_EDITOR, type Viewer } from '../services/review/viewer.js';

/** The cookie set by /editor/:token and the header API clients may send instead. */
export const EDITOR_COOKIE = 'parallax_editor';
export const EDITOR_HEADER = 'x-parallax-editor';

export type ViewerResolver = (request: FastifyRequest) => Viewer;

function readCookie(header: string | undefined, name: string): string | null {
  if (!header) return null;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return decodeURIComponent(part.slice(eq + 1).trim());
  }
  return null;
}

export function isEditorToken(candidate: string | null | undefined, token: string | null): boolean {
  if (!token || !candidate) return false;
  const a = Buffer.from(candidate);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * THE one place that decides who a request comes from. Until accounts exist, a request holding the
 * server's editor token (cookie or header) is the local editor; every other request is anonymous
 * and sees only what is published. A server started without a token has no editor at all.
 */
export function createViewerResolver(editorToken: string | null): ViewerResolver {
  return (request) => {
    const header = request.headers[EDITOR_HEADER];
    const candidate = (typeof header === 'string' ? header : null) ?? readCookie(request.headers.cookie, EDITOR_COOKIE);
    return isEditorToken(candidate, editorToken) ? LOCAL_EDITOR : ANONYMOUS;
  };
}
