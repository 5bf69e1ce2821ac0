import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openParallax, type Parallax } from '../openParallax.js';
import { importJsonFile } from './importJsonFile.js';

let dir: string;
let px: Parallax;
const write = (name: string, text: string) => {
  const file = path.join(dir, name);
  writeFileSync(file, text);
  return file;
};

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'parallax-import-json-file-'));
  px = openParallax(path.join(dir, 'test.db'));
});
afterEach(() => {
  px.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('importJsonFile', () => {
  it('says clearly when the file is not an export with documents', () => {
    expect(() => importJsonFile(px.store, path.join(dir, 'missing.json'))).toThrow(expect.objectContaining({ code: 'unreadable_file' }));
    expect(() => importJsonFile(px.store, write('bad.json', '{"incidents": ['))).toThrow(expect.objectContaining({ code: 'bad_input' }));
    expect(() => importJsonFile(px.store, write('plain.json', '{"incidents": []}'))).toThrow(/--with-documents/);
  });

  it('refuses a file over the size limit before reading it', () => {
    const file = write('big.json', JSON.stringify({ incidents: [], documents: [] }));
    expect(() => importJsonFile(px.store, file, 10)).toThrow(expect.objectContaining({ code: 'bad_input', details: expect.objectContaining({ maxBytes: 10 }) }));
    expect(importJsonFile(px.store, file)).toMatchObject({ versions: 0, stored: 0, failed: [] });
  });
});
