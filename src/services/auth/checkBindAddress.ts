import { isIP } from 'node:net';
import { ParallaxError } from '../../lib/errors.js';

const LOOPBACK_NAMES = new Set(['localhost', '127.0.0.1', '::1']);

/** True for 127.0.0.0/8, ::1 and localhost: addresses only this machine can reach. */
export function isLoopbackHost(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, '').toLowerCase();
  return LOOPBACK_NAMES.has(h) || (isIP(h) === 4 && h.startsWith('127.'));
}

/**
 * Without accounts the server is for this machine only: binding any other address (0.0.0.0, a LAN
 * address) requires an admin account to exist, so what is private stays private.
 */
export function checkBindAddress(host: string, adminCount: number): void {
  if (isLoopbackHost(host) || adminCount > 0) return;
  throw new ParallaxError('bad_argument', `Serving on ${host} needs an admin account first (parallax user add NAME --role admin); without accounts Parallax serves on 127.0.0.1 only.`, { host });
}
