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
  return readAnswer(response);
}

/** The JSON body of an answer; a non-2xx one becomes an ApiError with the server's `{ error: { code, message } }`. */
async function readAnswer(response) {
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
  return readAnswer(response);
}

/**
 * Who is signed in: `{ available, viewer, csrfToken }`. `available` is false when the server has no
 * accounts (it answers 404), so the UI offers no sign-in there.
 */
export async function readSession({ fetchImpl = globalThis.fetch } = {}) {
  let response;
  try {
    response = await fetchImpl('/api/v1/session', { headers: { accept: 'application/json' } });
  } catch {
    return { available: false, viewer: null, csrfToken: null };
  }
  if (response.status === 404) return { available: false, viewer: null, csrfToken: null };
  const body = response.ok ? await response.json().catch(() => null) : null;
  csrfToken = body?.csrfToken ?? null;
  return { available: true, viewer: body?.viewer ?? null, csrfToken };
}

async function sendSession(method, body, fetchImpl) {
  let response;
  try {
    const headers = { accept: 'application/json', ...(body ? { 'content-type': 'application/json' } : {}), ...(csrfToken ? { 'x-csrf-token': csrfToken } : {}) };
    response = await fetchImpl('/api/v1/session', { method, headers, ...(body ? { body: JSON.stringify(body) } : {}) });
  } catch {
    throw new ApiError(0, 'network', 'The server could not be reached.');
  }
  return readAnswer(response);
}

/** Signs in (the server sets an http-only cookie); keeps the session's CSRF token for later changes. */
export async function signIn(name, password, { fetchImpl = globalThis.fetch } = {}) {
  const answer = await sendSession('POST', { name, password }, fetchImpl);
  csrfToken = answer?.csrfToken ?? null;
  return { name: answer?.name, role: answer?.role };
}

/** Signs out, showing the CSRF token as the server requires; forgets the token. */
export async function signOut({ fetchImpl = globalThis.fetch } = {}) {
  if (csrfToken === undefined) await sessionCsrfToken(fetchImpl);
  await sendSession('DELETE', null, fetchImpl);
  csrfToken = null;
}
