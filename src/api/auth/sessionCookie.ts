/** The browser session cookie: HttpOnly (scripts never see it), SameSite=Strict, Secure unless told otherwise. */
export const SESSION_COOKIE = 'parallax_session';

/** The header a browser session must echo on every change (double submit of the session's CSRF token). */
export const CSRF_HEADER = 'x-csrf-token';

export function formatSessionCookie(value: string, maxAgeSeconds: number, secure: boolean): string {
  return [`${SESSION_COOKIE}=${encodeURIComponent(value)}`, 'Path=/', 'HttpOnly', 'SameSite=Strict', `Max-Age=${maxAgeSeconds}`, ...(secure ? ['Secure'] : [])].join('; ');
}

export function readCookieValue(header: string | undefined, name: string): string | null {
  if (!header) return null;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) {
      try {
        return decodeURIComponent(part.slice(eq + 1).trim());
      } catch {
        return null;
      }
    }
  }
  return null;
}
