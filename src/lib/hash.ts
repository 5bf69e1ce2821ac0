import { hash } from 'node:crypto';

/**
 * The SHA-256 of `data` (a string is hashed as UTF-8), as 64 hex digits. Node's one-shot `hash`
 * gives the same digest as createHash(…).update(…).digest('hex') without building a Hash stream
 * per call: every stable id is one (issue 6: a few dozen per ingested article).
 */
export function sha256Hex(data: Uint8Array | string): string {
  return hash('sha256', data, 'hex');
}
