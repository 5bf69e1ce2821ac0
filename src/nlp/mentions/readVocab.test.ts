import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { isParallaxError } from '../../lib/errors.js';
import { readVocab } from './readVocab.js';

describe('readVocab', () => {
  it('fails loudly on a missing or malformed vocabulary', () => {
    expect(() => readVocab('no-such-file.json', z.object({}))).toThrow();
    try {
      readVocab('titles.json', z.object({ titles: z.array(z.number()) }));
      expect.unreachable();
    } catch (err) {
      expect(isParallaxError(err, 'stage_failed')).toBe(true);
    }
  });
});
