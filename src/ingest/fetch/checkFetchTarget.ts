import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import { ParallaxError } from '../../lib/errors.js';
import { classifyAddress } from './classifyAddress.js';
import type { ResolvedAddress, SafeFetchOptions } from './SafeFetchOptions.js';

/** Parses a URL and refuses anything that is not plain http(s) to an allowed host. */
export function checkFetchUrl(raw: string, options: Pick<SafeFetchOptions, 'allowHosts'>): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ParallaxError('fetch_refused', 'Not a valid URL.', { reason: 'invalid_url' });
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new ParallaxError('fetch_refused', 'Only http and https URLs may be fetched.', { reason: 'scheme', scheme: url.protocol });
  }
  if (url.username || url.password) {
    throw new ParallaxError('fetch_refused', 'URLs with credentials are not fetched.', { reason: 'credentials' });
  }
  const host = hostOf(url);
  if (options.allowHosts && !options.allowHosts.some((pattern) => matchesHost(host, pattern))) {
    throw new ParallaxError('fetch_refused', 'Host is not on the allow-list.', { reason: 'not_allowed', host });
  }
  return url;
}

/** The URL's host name without IPv6 brackets, lower case. */
export function hostOf(url: URL): string {
  return url.hostname.replace(/^\[|\]$/g, '').toLowerCase();
}

function matchesHost(host: string, pattern: string): boolean {
  const p = pattern.toLowerCase();
  return p.startsWith('*.') ? host.endsWith(p.slice(1)) : host === p;
}

async function resolveAll(host: string, options: SafeFetchOptions): Promise<readonly ResolvedAddress[]> {
  const literal = isIP(host);
  if (literal) return [{ address: host, family: literal as 4 | 6 }];
  try {
    if (options.resolveHost) return await options.resolveHost(host);
    return (await lookup(host, { all: true, verbatim: true })).map((a) => ({ address: a.address, family: a.family as 4 | 6 }));
  } catch (err) {
    throw new ParallaxError('fetch_failed', 'Host name could not be resolved.', { reason: 'dns', host, cause: String((err as Error).message ?? err) });
  }
}

/**
 * Resolves the host and checks every address it resolves to; one refused address refuses the
 * host (a name that mixes public and private answers is a rebinding attempt). Returns the address
 * to connect to, so the connection goes to exactly what was checked.
 */
export async function resolveCheckedAddress(host: string, options: SafeFetchOptions): Promise<ResolvedAddress> {
  const addresses = await resolveAll(host, options);
  if (addresses.length === 0) throw new ParallaxError('fetch_failed', 'Host name resolved to no address.', { reason: 'dns', host });
  for (const { address } of addresses) {
    const refusal = classifyAddress(address);
    if (refusal === null) continue;
    if (refusal === 'loopback' && options.allowLoopbackForTests === true) continue;
    throw new ParallaxError('fetch_refused', `Refused to connect to a ${refusal.replace('_', '-')} address.`, { reason: refusal, host });
  }
  return addresses[0]!;
}
