import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { sha256Hex } from './hash.js';
import { stableId } from './ids.js';

describe('sha256Hex', () => {
  it('gives the standard SHA-256 digests', () => {
    expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('hashes a string as its UTF-8 bytes, and bytes as they are, as a Hash stream does', () => {
    const text = 'Señora Núñez said “no comment” — 東京 🚓';
    const bytes = new TextEncoder().encode(text);
    const stream = createHash('sha256').update(bytes).digest('hex');
    expect(sha256Hex(text)).toBe(stream);
    expect(sha256Hex(bytes)).toBe(stream);
    expect(sha256Hex(bytes.subarray(3, 9))).toBe(createHash('sha256').update(bytes.subarray(3, 9)).digest('hex'));
  });

  it('keeps stable ids as they were', () => {
    expect(stableId('att', 'ver_0123456789abcdef', 2, 10, null)).toBe(`att_${createHash('sha256').update('ver_0123456789abcdef\u001f2\u001f10\u001f\u0000').digest('hex').slice(0, 16)}`);
  });
});
