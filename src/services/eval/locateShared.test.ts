import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { locateShared } from './locateShared.js';

describe('locateShared', () => {
  it('fails loudly, naming what is missing, when the shared material is not there', () => {
    const empty = mkdtempSync(path.join(tmpdir(), 'parallax-noshared-'));
    try {
      expect(() => locateShared(empty, {})).toThrow(/corpus\/seed is missing/);
      expect(() => locateShared(undefined, { PARALLAX_SHARED: empty })).toThrow(expect.objectContaining({ code: 'missing_shared' }));
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });
});
