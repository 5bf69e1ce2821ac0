import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../lib/hash.js';
import { errorCodeOf, readFixture } from './__fixtures__/errorCodeOf.js';
import { INGEST_STAGE, parseDocument } from './parseDocument.js';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('parseDocument: text', () => {
  const raw = readFixture('statement-with-header.txt');
  const doc = parseDocument(raw, { fileName: 'statement-with-header.txt' });

  it('names its stage', () => {
    expect(INGEST_STAGE).toEqual({ name: 'ingest', version: 1 });
  });

  it('hashes the raw bytes and keeps the whole file as text', () => {
    expect(doc.kind).toBe('parsed-document');
    expect(doc.format).toBe('text');
    expect(doc.sha256).toBe(sha256Hex(raw));
    expect(doc.byteLength).toBe(raw.length);
    expect(doc.text).toBe(new TextDecoder().decode(raw));
    expect(doc.text.slice(doc.bodyStart).startsWith('GRANITE FALLS')).toBe(true);
  });

  it('anchors on the header date, with the span it was read from', () => {
    expect(doc.metadata.published).toBe('2026-03-04');
    expect(doc.anchor.kind).toBe('header');
    expect(doc.anchor.date).toBe(doc.metadata.published);
    expect(doc.text.slice(doc.anchor.span!.start, doc.anchor.span!.end)).toBe('March 4, 2026');
  });

  it('lets an explicit published date override the anchor but not the stated metadata', () => {
    const explicit = parseDocument(raw, { fileName: 'a.txt', published: '2026-03-05' });
    expect(explicit.anchor).toEqual({ kind: 'explicit', date: '2026-03-05', span: null });
    expect(explicit.metadata.published).toBe('2026-03-04');
  });

  it('refuses a malformed explicit date', () => {
    expect(errorCodeOf(() => parseDocument(raw, { fileName: 'a.txt', published: '03/05/2026' }))).toBe('bad_argument');
    expect(errorCodeOf(() => parseDocument(raw, { fileName: 'a.txt', published: '2026-02-30' }))).toBe('bad_argument');
  });

  it('anchors on the update note of an article without a header', () => {
    const noHeader = parseDocument(readFixture('report-without-header.txt'), { fileName: 'report.txt' });
    expect(noHeader.bodyStart).toBe(0);
    expect(noHeader.metadata.published).toBeNull();
    expect(noHeader.updateNotes).toHaveLength(1);
    expect(noHeader.anchor).toEqual({ kind: 'update-note', date: '2026-04-14', span: noHeader.updateNotes[0].span });
  });

  it('anchors on a dateline when nothing better exists, and on nothing when nothing exists', () => {
    const dated = parseDocument(utf8('BOISE, Idaho, Feb. 6, 2026 — Agents fired at a car, officials said.'), { fileName: 'a.txt' });
    expect(dated.anchor).toMatchObject({ kind: 'dateline', date: '2026-02-06' });
    const undated = parseDocument(utf8('Agents fired at a car on Friday, officials said.'), { fileName: 'a.txt' });
    expect(undated.anchor).toEqual({ kind: 'none', date: null, span: null });
  });

  it('uses the given URL only when the document states none', () => {
    expect(parseDocument(raw, { fileName: 'a.txt', url: 'https://elsewhere.example.com/' }).metadata.url).toBe(doc.metadata.url);
    const bare = parseDocument(utf8('Words.'), { fileName: 'a.txt', url: 'https://elsewhere.example.com/w' });
    expect(bare.metadata.url).toBe('https://elsewhere.example.com/w');
  });

  it('strips a BOM and keeps offsets over the text after it', () => {
    const body = 'Title: T\n\n“Quoted,” she said.';
    const doc2 = parseDocument(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(body)]), { fileName: 'bom.txt' });
    expect(doc2.text).toBe(body);
    expect(doc2.text.slice(doc2.bodyStart)).toBe('“Quoted,” she said.');
    expect(doc2.byteLength).toBe(utf8(body).length + 3);
  });

  it('keeps CRLF line endings in the text and still finds header and body', () => {
    const crlf = 'Title: Line endings\r\nPublished: 2026-01-20\r\n\r\nFirst line.\r\nSecond line.\r\n';
    const doc3 = parseDocument(utf8(crlf), { fileName: 'crlf.txt' });
    expect(doc3.text).toBe(crlf);
    expect(doc3.metadata.title).toBe('Line endings');
    expect(doc3.anchor.date).toBe('2026-01-20');
    expect(doc3.text.slice(doc3.bodyStart).startsWith('First line.')).toBe(true);
  });

  it('refuses invalid UTF-8, NUL bytes and empty documents with clear codes', () => {
    expect(errorCodeOf(() => parseDocument(new Uint8Array([0x41, 0xff, 0x42]), { fileName: 'a.txt' }))).toBe('bad_input');
    expect(errorCodeOf(() => parseDocument(utf8('a\u0000b'), { fileName: 'a.txt' }))).toBe('bad_input');
    expect(errorCodeOf(() => parseDocument(new Uint8Array(), { fileName: 'a.txt' }))).toBe('empty_document');
    expect(errorCodeOf(() => parseDocument(utf8('  \n\r\n '), { fileName: 'a.txt' }))).toBe('empty_document');
    expect(errorCodeOf(() => parseDocument(utf8('%PDF-1.4'), { fileName: 'a.pdf' }))).toBe('unsupported_format');
  });
});

describe('parseDocument: HTML', () => {
  const raw = readFixture('article.html');

  it('detects HTML by extension, content type or sniffing alike', () => {
    const byName = parseDocument(raw, { fileName: 'article.html' });
    const byType = parseDocument(raw, { contentType: 'text/html; charset=utf-8' });
    const bySniff = parseDocument(raw, {});
    expect(byName.format).toBe('html');
    expect(byType).toEqual(byName);
    expect(bySniff).toEqual(byName);
  });

  it('anchors on JSON-LD and still lists the update note', () => {
    const doc = parseDocument(raw, { fileName: 'article.html' });
    expect(doc.anchor).toEqual({ kind: 'json-ld', date: '2026-02-10', span: null });
    expect(doc.updateNotes.map((n) => n.date)).toEqual(['2026-02-11']);
    const note = doc.updateNotes[0];
    expect(doc.text.slice(note.span.start, note.span.end)).toBe(note.span.text);
  });

  it('decodes a page in its declared legacy charset', () => {
    const html = '<!doctype html><html><head><meta charset="windows-1252"><title>Caf\u00e9</title></head><body><p>Se\u00f1or Pe\u00f1a said the car was parked when officers approached it.</p></body></html>';
    const latin = Uint8Array.from(html, (c) => c.charCodeAt(0));
    const doc = parseDocument(latin, { fileName: 'legacy.html' });
    expect(doc.text).toContain('Señor Peña');
    expect(doc.metadata.title).toBe('Café');
  });

  it('refuses pages over the size cap', () => {
    const huge = new Uint8Array(20 * 1024 * 1024 + 1).fill(0x20);
    expect(errorCodeOf(() => parseDocument(huge, { fileName: 'huge.html' }))).toBe('bad_input');
  });
});

describe('parseDocument: long inputs', () => {
  // Guards against quadratic work per line or per node: both sizes took minutes before the fix.
  it('reads 20,000 HTML paragraphs and 100,000 text lines in seconds', () => {
    const paragraph = '<p>A sentence of a paragraph that goes on. Another sentence.</p>';
    const started = Date.now();
    const html = parseDocument(utf8(`<html><body><article>${paragraph.repeat(20_000)}</article></body></html>`), { fileName: 'long.html' });
    const text = parseDocument(utf8('A line of body text.\n'.repeat(100_000)), { fileName: 'long.txt' });
    expect(html.text.split('\n\n')).toHaveLength(20_000);
    expect(text.text.length).toBe('A line of body text.\n'.length * 100_000);
    expect(Date.now() - started).toBeLessThan(15_000);
  });
});
