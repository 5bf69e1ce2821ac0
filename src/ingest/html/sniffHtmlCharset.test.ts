import { describe, expect, it } from 'vitest';
import { sniffHtmlCharset } from './sniffHtmlCharset.js';

const bytes = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('sniffHtmlCharset', () => {
  it('reads <meta charset> and the http-equiv form', () => {
    expect(sniffHtmlCharset(bytes('<html><head><meta charset="Windows-1252">'))).toBe('windows-1252');
    expect(sniffHtmlCharset(bytes('<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">'))).toBe('iso-8859-1');
  });

  it('returns null when nothing is declared in the first 1,024 bytes', () => {
    expect(sniffHtmlCharset(bytes('<html><head><title>x</title>'))).toBeNull();
    expect(sniffHtmlCharset(bytes(' '.repeat(1100) + '<meta charset="latin1">'))).toBeNull();
  });
});
