import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { openParallax } from '../../src/services/openParallax.js';
import { recordFigures } from './recordFigures.js';

const MB = 1024 * 1024;
const ARTICLE = 'Title: Harbor stop\n\nA deputy said the van rolled toward him. The driver\'s sister said it was parked.\n';

/** The corpus, generated here (never committed): name → bytes, each nasty in its own way. */
function nastyFiles(): Record<string, Uint8Array> {
  const utf8 = new TextEncoder();
  const article = utf8.encode(ARTICLE);
  return {
    'truncated.html': utf8.encode('<!doctype html><html><head><title>Cut</title></head><body><article><p>Officers said the man ran toward the car and then the connec'),
    'truncated-utf8.txt': new Uint8Array([...article, 0xe2, 0x80]),
    'invalid-utf8.txt': new Uint8Array([...article.subarray(0, 40), 0xc3, 0x28, 0xff, 0xfe, ...article.subarray(40)]),
    'nul-bytes.txt': utf8.encode(ARTICLE.replace('van', 'v\u0000an')),
    'deep.html': utf8.encode(`<html><body>${'<div>'.repeat(200_000)}<p>Deep words said here.</p></body></html>`),
    'huge.html': utf8.encode(`<html><body>${'<p>Agents said the crowd moved back from the line.</p>'.repeat(Math.ceil((21 * MB) / 54))}</body></html>`),
    'gzip-bomb.html': gzipSync(Buffer.alloc(64 * MB)),
    'single-line-100mb.txt': Buffer.alloc(100 * MB, 'a'),
    'empty.txt': new Uint8Array(),
    'bom-only.txt': new Uint8Array([0xef, 0xbb, 0xbf]),
    'whitespace.txt': utf8.encode(' \n\t\r\n   \u00a0\n'),
    'header-only.txt': utf8.encode('Title: Nothing after\nURL: https://news.example/x\n\n'),
    'binary.txt': new Uint8Array(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)),
    'control-chars.html': utf8.encode(`<p>${'\u0001\u0002\u001b[31m'.repeat(1000)} said the officer.</p>`),
    'good.txt': article,
  };
}

let dir = '';
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'parallax-nasty-'));
  mkdirSync(join(dir, 'in'));
  for (const [name, bytes] of Object.entries(nastyFiles())) writeFileSync(join(dir, 'in', name), bytes);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the nasty-file corpus through parallax ingest', () => {
  it('gives every file a stored document or a stored, clear error, quickly, and keeps going', async () => {
    let out = '';
    const db = join(dir, 'p.db');
    const started = Date.now();
    const code = await main(['ingest', join(dir, 'in'), '--db', db, '--json'], { stdout: (t) => void (out += t), stderr: () => {}, isTTY: false, env: {}, cwd: dir });
    const seconds = (Date.now() - started) / 1000;
    const summary = JSON.parse(out) as { files: number; stored: number; failed: { path: string; code: string; message: string }[] };
    const names = Object.keys(nastyFiles());
    expect(code).toBe(1);
    expect(summary.files).toBe(names.length);
    expect(summary.stored + summary.failed.length).toBe(names.length);
    expect(summary.stored).toBeGreaterThanOrEqual(1);
    for (const f of summary.failed) {
      expect(['bad_input', 'empty_document', 'unsupported_format'], `${f.path}: ${f.code} ${f.message}`).toContain(f.code);
      expect(f.message.length).toBeGreaterThan(10);
    }
    const failedNames = summary.failed.map((f) => f.path.split('/').pop());
    for (const name of ['invalid-utf8.txt', 'nul-bytes.txt', 'deep.html', 'huge.html', 'gzip-bomb.html', 'single-line-100mb.txt', 'empty.txt', 'binary.txt']) expect(failedNames).toContain(name);
    expect(failedNames).not.toContain('good.txt');
    const px = openParallax(db);
    try {
      expect(px.store.listFailures().map((f) => f.path.split('/').pop()).sort()).toEqual([...failedNames].sort());
    } finally {
      px.close();
    }
    expect(seconds).toBeLessThan(120);
    recordFigures('nasty-files', { files: names.length, stored: summary.stored, refused: summary.failed.length, seconds: Math.round(seconds * 10) / 10, outcomes: summary.failed.map((f) => `${f.path.split('/').pop()}: ${f.code}`) });
  }, 300_000);
});
