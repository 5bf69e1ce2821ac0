/** An API failure with the server's stable error code (see src/api/errorHandler.ts). */
export class ApiError extends Error {
  constructor(status, code, message) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
  }
}

/** GETs a JSON API path; any non-2xx answer becomes an ApiError carrying `{ error: { code, message } }`. */
export async function fetchJson(path, { signal, fetchImpl = globalThis.fetch } = {}) {
  let response;
  try {
    response = await fetchImpl(path, { headers: { accept: 'application/json' }, signal });
  } catch (err) {
    if (err?.name === 'AbortError') throw err;
    throw new ApiError(0, 'network', 'The server could not be reached.');
  }
  const body = await response.json().catch(() => null);
  if (!response.ok) {
    const error = body?.error ?? {};
    throw new ApiError(response.status, error.code ?? 'internal', error.message ?? `Request failed (${response.status}).`);
  }
  return body;
}

let csrfToken;

/**
 * The CSRF token of a signed-in browser session (GET /api/v1/session), asked once; null without a
 * session (the local editor link and anonymous visitors need none).
 */
async function sessionCsrfToken(fetchImpl) {
  if (csrfToken === undefined) {
    try {
      const response = await fetchImpl('/api/v1/session', { headers: { accept: 'application/json' } });
      csrfToken = response.ok ? ((await response.json())?.csrfToken ?? null) : null;
    } catch {
      csrfToken = null;
    }
  }
  return csrfToken;
}

/** POSTs JSON (review actions), echoing the session's CSRF token; errors come back as ApiError like fetchJson's. */
export async function postJson(path, body, { fetchImpl = globalThis.fetch } = {}) {
  let response;
  try {
    const token = await sessionCsrfToken(fetchImpl);
    const headers = { accept: 'application/json', 'content-type': 'application/json', ...(token ? { 'x-csrf-token': token } : {}) };
    response = await fetchImpl(path, { method: 'POST', headers, body: JSON.stringify(body) });
  } catch {
    throw new ApiError(0, 'network', 'The server could not be reached.');
  }
  const answer = await response.json().catch(() => null);
  if (!response.ok) {
    const error = answer?.error ?? {};
    throw new ApiError(response.status, error.code ?? 'internal', error.message ?? `Request failed (${response.status}).`);
  }
  return answer;
}
