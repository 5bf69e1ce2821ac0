import { describe, expect, it } from 'vitest';
import { readHeaderBlock } from './readHeaderBlock.js';

describe('readHeaderBlock', () => {
  it('reads recognised keys case-insensitively, with spans into the text', () => {
    const text = 'TITLE: Agents fire at van\nurl: https://example.com/a\nOutlet: The Ledger\npublished: 2026-01-15\n\nBody begins here.';
    const header = readHeaderBlock(text)!;
    expect(header.fields.title?.text).toBe('Agents fire at van');
    expect(header.fields.outlet?.text).toBe('The Ledger');
    const published = header.fields.published!;
    expect(text.slice(published.start, published.end)).toBe('2026-01-15');
    expect(header.bodyStart).toBe(text.indexOf('Body'));
  });

  it('accepts synonyms: Date, Source, Publisher, Updated', () => {
    const header = readHeaderBlock('Source: Valley Times\nDate: Jan. 3, 2026\nUpdated: Jan. 4, 2026\n\nText.')!;
    expect(header.fields.outlet?.text).toBe('Valley Times');
    expect(header.fields.published?.text).toBe('Jan. 3, 2026');
    expect(header.fields.modified?.text).toBe('Jan. 4, 2026');
    expect(readHeaderBlock('Publisher: Plains Wire\n\nText.')!.fields.outlet?.text).toBe('Plains Wire');
  });

  it('reads a byline among the header lines as the author, and keeps the header', () => {
    const text = 'Title: Agents fire at van\nOutlet: The Ledger\nPublished: 2026-01-15\nBy Ana Ruiz and TOM HALE\n\nBody begins here.';
    const header = readHeaderBlock(text)!;
    expect([header.fields.title?.text, header.fields.outlet?.text, header.fields.author?.text]).toEqual(['Agents fire at van', 'The Ledger', 'Ana Ruiz and TOM HALE']);
    const author = header.fields.author!;
    expect(text.slice(author.start, author.end)).toBe('Ana Ruiz and TOM HALE');
    expect(header.bodyStart).toBe(text.indexOf('Body'));
    // Prose that opens like a header is still prose.
    expect(readHeaderBlock('Title: T\nby the river the agents waited\n\nBody.')).toBeNull();
  });

  it('keeps unknown keys out of the body but ignores them', () => {
    const text = 'Title: A headline\nSection: Metro\nTags: courts, police\n\nThe body.';
    const header = readHeaderBlock(text)!;
    expect(Object.keys(header.fields)).toEqual(['title']);
    expect(text.slice(header.bodyStart)).toBe('The body.');
  });

  it('handles CRLF line endings and extra blank lines', () => {
    const text = 'Title: Crossing shooting\r\nPublished: 2025-12-01\r\n\r\n\r\nFirst body line.\r\n';
    const header = readHeaderBlock(text)!;
    expect(header.fields.title?.text).toBe('Crossing shooting');
    expect(header.fields.published?.text).toBe('2025-12-01');
    expect(text.slice(header.bodyStart).startsWith('First body line.')).toBe(true);
  });

  it('finds no header when the first line is not a recognised key', () => {
    expect(readHeaderBlock('WASHINGTON: The agency said on Friday…\n\nMore.')).toBeNull();
    expect(readHeaderBlock('A plain first sentence.\nTitle: not a header\n\nMore.')).toBeNull();
  });

  it('finds no header when prose follows the keys before any blank line', () => {
    expect(readHeaderBlock('Title: Something\nThe story starts right away, without a blank line.\n\nMore.')).toBeNull();
  });

  it('reads a front-matter block between --- fences, unquoting values', () => {
    const text = '---\ntitle: "Border stop ends in gunfire"\ndate: 2026-02-02\n---\n\nBody.';
    const header = readHeaderBlock(text)!;
    expect(header.fields.title?.text).toBe('Border stop ends in gunfire');
    expect(text.slice(header.fields.title!.start, header.fields.title!.end)).toBe('Border stop ends in gunfire');
    expect(text.slice(header.bodyStart)).toBe('Body.');
  });

  it('keeps the first value when a key repeats', () => {
    expect(readHeaderBlock('Title: First\nTitle: Second\n\nx')!.fields.title?.text).toBe('First');
  });
});
