import { readFileSync } from 'node:fs';
import { isParallaxError } from '../../lib/errors.js';

/** The ParallaxError code `fn` throws, null when it returns, or a marker when it throws something else. */
export function errorCodeOf(fn: () => unknown): string | null {
  try {
    fn();
    return null;
  } catch (err) {
    return isParallaxError(err) ? err.code : `not a ParallaxError: ${String(err)}`;
  }
}

/** The raw bytes of a fixture document in this folder. */
export function readFixture(name: string): Uint8Array {
  return readFileSync(new URL(`./${name}`, import.meta.url));
}
