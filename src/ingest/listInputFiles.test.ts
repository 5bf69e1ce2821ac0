import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCodeOf } from './__fixtures__/errorCodeOf.js';
import { isInputFileName, listInputFiles } from './listInputFiles.js';

let root: string;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'parallax-list-'));
  const files = [
    'b.txt', 'a.html', 'c.md', 'd.text', 'e.htm', 'x.txt.gold.json', 'data.json', '.hidden.txt', 'notes.pdf', 'image.png',
    'sub/z.txt', 'sub/deeper/y.html', '.git/config.txt', 'sub/.cache/w.txt',
  ];
  for (const file of files) {
    mkdirSync(join(root, file, '..'), { recursive: true });
    writeFileSync(join(root, file), 'x');
  }
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('listInputFiles', () => {
  it('walks folders recursively, keeps only documents, skips dotfiles and JSON, and sorts', () => {
    const listed = listInputFiles([root]).map((p) => p.slice(root.length + 1));
    expect(listed).toEqual(['a.html', 'b.txt', 'c.md', 'd.text', 'e.htm', 'notes.pdf', 'sub/deeper/y.html', 'sub/z.txt']);
  });

  it('is deterministic and removes duplicates', () => {
    const once = listInputFiles([root]);
    expect(listInputFiles([join(root, 'sub'), root, join(root, 'b.txt')])).toEqual(once);
  });

  it('keeps an explicitly named file the parser may refuse, but not JSON or dotfiles', () => {
    const named = [join(root, 'notes.pdf'), join(root, 'x.txt.gold.json'), join(root, '.hidden.txt')];
    expect(listInputFiles(named)).toEqual([join(root, 'notes.pdf')]);
  });

  it('throws unreadable_file for a path that does not exist', () => {
    expect(errorCodeOf(() => listInputFiles([join(root, 'missing.txt')]))).toBe('unreadable_file');
  });
});

describe('isInputFileName', () => {
  it('accepts the document extensions in any case', () => {
    expect(['a.TXT', 'b.Html', 'c.md', 'd.PDF'].every(isInputFileName)).toBe(true);
    expect(['a.gold.json', '.a.txt', 'README'].some(isInputFileName)).toBe(false);
  });
});
