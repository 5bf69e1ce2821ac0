import { request as httpRequest, type IncomingMessage, type RequestOptions } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { LookupFunction } from 'node:net';
import { ParallaxError } from '../../lib/errors.js';
import { checkFetchUrl, hostOf, resolveCheckedAddress } from './checkFetchTarget.js';
import { readLimitedBody } from './readLimitedBody.js';
import type { ResolvedAddress, SafeFetchOptions, SafeFetchResult } from './SafeFetchOptions.js';

export type { SafeFetchOptions, SafeFetchResult } from './SafeFetchOptions.js';

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
// Headers a caller may not set: they would change where or how the request goes.
const RESERVED_HEADERS = new Set(['host', 'connection', 'content-length', 'transfer-encoding', 'accept-encoding']);

/** A lookup that ignores the name and answers with the address already checked. */
function pinnedLookup(target: ResolvedAddress): LookupFunction {
  return ((_host: string, opts: { all?: boolean }, callback: (...args: unknown[]) => void) => {
    if (opts?.all) callback(null, [{ address: target.address, family: target.family }]);
    else callback(null, target.address, target.family);
  }) as unknown as LookupFunction;
}

function mediaTypeOf(res: IncomingMessage): string {
  return String(res.headers['content-type'] ?? 'application/octet-stream').split(';')[0]!.trim().toLowerCase();
}

function isAllowedType(type: string, allowed: readonly string[]): boolean {
  return allowed.some((a) => {
    const want = a.toLowerCase();
    return want.endsWith('/*') ? type.startsWith(want.slice(0, -1)) : type === want;
  });
}

function flattenHeaders(res: IncomingMessage): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(res.headers)) if (v !== undefined) out[k] = Array.isArray(v) ? v.join(', ') : v;
  return out;
}

function send(url: URL, target: ResolvedAddress, options: SafeFetchOptions, signal: AbortSignal): Promise<IncomingMessage> {
  const headers: Record<string, string> = { 'user-agent': options.userAgent, accept: options.allowedContentTypes.join(', '), 'accept-encoding': 'gzip, deflate, br' };
  for (const [k, v] of Object.entries(options.headers ?? {})) if (!RESERVED_HEADERS.has(k.toLowerCase())) headers[k.toLowerCase()] = v;
  const requestOptions: RequestOptions & { servername?: string } = {
    method: 'GET',
    headers,
    lookup: pinnedLookup(target),
    signal,
    agent: false,
    ...(url.protocol === 'https:' ? { servername: hostOf(url) } : {}),
  };
  const request = url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const req = request(url, requestOptions, resolve);
    req.on('error', (err) => reject(err));
    req.end();
  });
}

function toFetchError(err: unknown, signal: AbortSignal, timeoutMs: number): ParallaxError {
  if (err instanceof ParallaxError && (err.code === 'fetch_refused' || !signal.aborted)) return err;
  if (signal.aborted) return new ParallaxError('fetch_failed', `Fetch took longer than ${timeoutMs} ms.`, { reason: 'timeout', timeoutMs });
  return new ParallaxError('fetch_failed', 'Connection failed.', { reason: 'network', cause: String((err as Error)?.message ?? err) });
}

async function fetchHops(start: string, options: SafeFetchOptions, signal: AbortSignal): Promise<SafeFetchResult> {
  let current = start;
  for (let hop = 0; ; hop += 1) {
    const url = checkFetchUrl(current, options);
    const target = await resolveCheckedAddress(hostOf(url), options);
    if (signal.aborted) throw new Error('aborted');
    const res = await send(url, target, options, signal);
    const location = res.headers.location;
    if (REDIRECTS.has(res.statusCode ?? 0) && location) {
      res.resume();
      if (hop >= options.maxRedirects) {
        throw new ParallaxError('fetch_refused', `More than ${options.maxRedirects} redirects.`, { reason: 'too_many_redirects' });
      }
      current = new URL(location, url).href;
      continue;
    }
    const contentType = mediaTypeOf(res);
    if (!isAllowedType(contentType, options.allowedContentTypes)) {
      res.destroy();
      throw new ParallaxError('fetch_refused', 'Content type is not accepted.', { reason: 'content_type', contentType });
    }
    const declared = Number(res.headers['content-length'] ?? NaN);
    if (Number.isFinite(declared) && declared > options.maxBytes) {
      res.destroy();
      throw new ParallaxError('fetch_refused', `Response is larger than ${options.maxBytes} bytes.`, { reason: 'too_large', maxBytes: options.maxBytes });
    }
    const body = await readLimitedBody(res, options.maxBytes);
    return Object.freeze({ url: url.href, status: res.statusCode ?? 0, headers: Object.freeze(flattenHeaders(res)), body, contentType });
  }
}

/**
 * Fetches a URL from the open web without letting it reach anything else: http(s) only; every hop
 * (redirects included) is resolved, every resolved address checked (loopback, private,
 * link-local, multicast, reserved, IPv4 inside IPv6), and the connection made to the checked
 * address; redirects, time, size on the wire and decompressed, and content types are bounded.
 * Throws ParallaxError `fetch_refused` (a rule said no) or `fetch_failed` (network, DNS, timeout).
 */
export async function safeFetch(url: string, options: SafeFetchOptions): Promise<SafeFetchResult> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), options.timeoutMs);
  try {
    return await fetchHops(url, options, controller.signal);
  } catch (err) {
    throw toFetchError(err, controller.signal, options.timeoutMs);
  } finally {
    clearTimeout(timer);
  }
}
