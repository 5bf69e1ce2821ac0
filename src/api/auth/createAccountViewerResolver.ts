import { timingSafeEqual } from 'node:crypto';
import { ParallaxError } from '../../lib/errors.js';
import { hasRole, type AccountViewer } from '../../services/auth/accountRoles.js';
import type { Accounts } from '../../services/auth/openAccounts.js';
import type { Viewer } from '../../services/review/viewer.js';
import type { ViewerResolver } from '../resolveViewer.js';
import { CSRF_HEADER, readCookieValue, SESSION_COOKIE } from './sessionCookie.js';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** An account as the read model and review service see it: private material for any role, changes for editors. */
export function toReviewViewer(viewer: AccountViewer): Viewer {
  return Object.freeze({ name: viewer?.name ?? 'anonymous', canEdit: hasRole(viewer, 'editor'), canSeePrivate: hasRole(viewer, 'viewer') });
}

function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/**
 * Who a request comes from once accounts exist: an API token (`Authorization: Bearer pxt_…`), else
 * a session cookie, else whatever `fallback` says (the local editor link, or anonymous). A token
 * that does not check out is a 401, never a silent downgrade; a cookie session changing anything
 * must echo its CSRF token in `x-csrf-token` (a token request needs none: browsers never attach it).
 */
export function createAccountViewerResolver(accounts: Accounts, fallback: ViewerResolver): ViewerResolver {
  return (request) => {
    const auth = request.headers.authorization;
    if (typeof auth === 'string' && /^bearer\s/i.test(auth)) {
      const viewer = accounts.viewerForToken(auth.replace(/^bearer\s+/i, '').trim());
      if (!viewer) throw new ParallaxError('unauthorized', 'The API token is not valid (unknown, revoked, or its user was removed).');
      return toReviewViewer(viewer);
    }
    const sessionId = readCookieValue(request.headers.cookie, SESSION_COOKIE);
    const session = sessionId ? accounts.findSession(sessionId) : null;
    if (!session) return fallback(request);
    if (!SAFE_METHODS.has(request.method)) {
      const sent = request.headers[CSRF_HEADER];
      if (typeof sent !== 'string' || !sameSecret(sent, session.csrfToken)) {
        throw new ParallaxError('forbidden', 'A change from a browser session needs its CSRF token in the x-csrf-token header.');
      }
    }
    return toReviewViewer(session.viewer);
  };
}
