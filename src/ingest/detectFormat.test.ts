import { describe, expect, it } from 'vitest';
import { errorCodeOf } from './__fixtures__/errorCodeOf.js';
import { detectFormat, extensionOf, looksLikeHtml, parseContentType } from './detectFormat.js';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const page = utf8('<!DOCTYPE html><html><body><p>x</p></body></html>');
const prose = utf8('Plain words, nothing more.');

describe('detectFormat', () => {
  it('lets the extension decide first', () => {
    expect(detectFormat(page, 'notes.txt', 'text/html')).toBe('text');
    expect(detectFormat(prose, 'story.HTM', null)).toBe('html');
    expect(detectFormat(prose, 'dir/readme.md', null)).toBe('text');
    expect(detectFormat(prose, 'page.xhtml', null)).toBe('html');
  });

  it('then the content type, with its parameters', () => {
    expect(detectFormat(prose, null, 'text/html; charset=utf-8')).toBe('html');
    expect(detectFormat(page, 'download', 'text/plain')).toBe('text');
    expect(errorCodeOf(() => detectFormat(prose, null, 'application/pdf'))).toBe('unsupported_format');
  });

  it('then sniffs the bytes', () => {
    expect(detectFormat(page, null, null)).toBe('html');
    expect(detectFormat(utf8('\uFEFF  <!-- saved page -->\n<html lang="en">'), 'noext', null)).toBe('html');
    expect(detectFormat(prose, null, null)).toBe('text');
  });

  it('refuses an extension it cannot read when the bytes are not HTML', () => {
    expect(errorCodeOf(() => detectFormat(utf8('%PDF-1.7'), 'filing.pdf', null))).toBe('unsupported_format');
  });
});

describe('helpers', () => {
  it('extensionOf ignores folders and dotfiles', () => {
    expect(extensionOf('a.b/c')).toBeNull();
    expect(extensionOf('.hidden')).toBeNull();
    expect(extensionOf('x/y.Text')).toBe('.text');
  });

  it('parseContentType splits media type and charset', () => {
    expect(parseContentType('Text/HTML; Charset="ISO-8859-1"')).toEqual({ mediaType: 'text/html', charset: 'iso-8859-1' });
    expect(parseContentType(null)).toEqual({ mediaType: null, charset: null });
  });

  it('looksLikeHtml wants a doctype or an html tag at the start', () => {
    expect(looksLikeHtml(utf8('<p>not a page</p>'))).toBe(false);
    expect(looksLikeHtml(utf8('<!doctype HTML>'))).toBe(true);
  });
});
