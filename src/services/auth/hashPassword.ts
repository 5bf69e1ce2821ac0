import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import { ParallaxError } from '../../lib/errors.js';

// scrypt, memory-hard: N=2^15, r=8 uses 32 MiB per hash (OWASP's minimum is N=2^17 at r=8 with
// p=1 or 2^15 with more memory per round; we keep N in the stored string so it can be raised).
const PARAMS = { N: 2 ** 15, r: 8, p: 1 } as const;
const KEY_LENGTH = 32;
const MIN_LENGTH = 10;
const MAX_LENGTH = 1024;

function derive(password: string, salt: Buffer, params: { N: number; r: number; p: number }): Promise<Buffer> {
  const options: ScryptOptions = { ...params, maxmem: 256 * params.N * params.r };
  return new Promise((resolve, reject) => scrypt(password.normalize('NFC'), salt, KEY_LENGTH, options, (err, key) => (err ? reject(err) : resolve(key))));
}

/** Refuses passwords too short to resist guessing, or so long they would be a denial of service. */
export function checkPasswordStrength(password: string): void {
  if (password.length < MIN_LENGTH) throw new ParallaxError('bad_argument', `A password needs at least ${MIN_LENGTH} characters.`);
  if (password.length > MAX_LENGTH) throw new ParallaxError('bad_argument', `A password may have at most ${MAX_LENGTH} characters.`);
}

/** `scrypt$N$r$p$salt$hash` (base64url), self-describing so parameters can change later. */
export async function hashPassword(password: string): Promise<string> {
  checkPasswordStrength(password);
  const salt = randomBytes(16);
  const key = await derive(password, salt, PARAMS);
  return ['scrypt', PARAMS.N, PARAMS.r, PARAMS.p, salt.toString('base64url'), key.toString('base64url')].join('$');
}

/** Compares in constant time; a malformed stored hash is a mismatch, never a crash. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [kind, n, r, p, salt, hash] = stored.split('$');
  if (kind !== 'scrypt' || !salt || !hash || password.length > MAX_LENGTH) return false;
  const expected = Buffer.from(hash, 'base64url');
  const key = await derive(password, Buffer.from(salt, 'base64url'), { N: Number(n), r: Number(r), p: Number(p) });
  return key.length === expected.length && timingSafeEqual(key, expected);
}
