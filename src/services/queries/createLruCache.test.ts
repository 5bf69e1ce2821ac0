import { describe, expect, it } from 'vitest';
import { createLruCache } from './createLruCache.js';

describe('createLruCache', () => {
  it('drops the least recently used entry past its capacity', () => {
    const cache = createLruCache<string, number>(2);
    cache.set('a', 1);
    cache.set('b', 2);
    expect(cache.get('a')).toBe(1); // a is now the newest
    cache.set('c', 3);
    expect([cache.get('a'), cache.get('b'), cache.get('c'), cache.size]).toEqual([1, undefined, 3, 2]);
    cache.clear();
    expect(cache.size).toBe(0);
  });
});
