import { describe, expect, it } from 'vitest';
import { normalizeUrl } from './normalizeUrl.js';

describe('normalizeUrl', () => {
  it('keeps absolute http(s) URLs', () => {
    expect(normalizeUrl(' https://news.example.com/a?b=1 ')).toBe('https://news.example.com/a?b=1');
  });

  it('refuses relative, garbled and non-web URLs without a base', () => {
    expect(normalizeUrl('/story/1')).toBeNull();
    expect(normalizeUrl('not a url')).toBeNull();
    expect(normalizeUrl('javascript:alert(1)')).toBeNull();
    expect(normalizeUrl('')).toBeNull();
  });

  it('resolves a relative link against a base', () => {
    expect(normalizeUrl('/story/1', 'https://news.example.com/x/y')).toBe('https://news.example.com/story/1');
  });
});
