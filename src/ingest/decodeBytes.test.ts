import { describe, expect, it } from 'vitest';
import { errorCodeOf } from './__fixtures__/errorCodeOf.js';
import { decodeBytes } from './decodeBytes.js';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('decodeBytes', () => {
  it('decodes UTF-8 and keeps curly quotes and accents as they are', () => {
    const text = '“Ya,” dijo Peña — it’s done.';
    expect(decodeBytes(utf8(text))).toBe(text);
  });

  it('drops a UTF-8 byte-order mark', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Hello')]);
    expect(decodeBytes(bytes)).toBe('Hello');
  });

  it('refuses invalid UTF-8 rather than replacing bytes', () => {
    const bytes = new Uint8Array([...utf8('caf'), 0xe9, ...utf8(' au lait')]);
    expect(errorCodeOf(() => decodeBytes(bytes))).toBe('bad_input');
  });

  it('refuses NUL characters', () => {
    expect(errorCodeOf(() => decodeBytes(utf8('abc\u0000def')))).toBe('bad_input');
  });

  it('follows a declared charset, and a UTF-16 byte-order mark', () => {
    expect(decodeBytes(new Uint8Array([0x63, 0x61, 0x66, 0xe9]), 'windows-1252')).toBe('café');
    const utf16 = new Uint8Array([0xff, 0xfe, 0x48, 0x00, 0x69, 0x00]);
    expect(decodeBytes(utf16)).toBe('Hi');
  });

  it('refuses a charset it does not know', () => {
    expect(errorCodeOf(() => decodeBytes(utf8('x'), 'klingon-8'))).toBe('unsupported_format');
  });
});
