import { describe, expect, it } from 'vitest';
import { errorCodeOf } from '../__fixtures__/errorCodeOf.js';
import { parseTextDocument } from './parseTextDocument.js';

describe('parseTextDocument', () => {
  it('keeps the whole file as the text and points bodyStart past the header', () => {
    const text = 'Title: Shots fired at ferry terminal\nOutlet: Harbor Post\nURL: https://harbor.example.org/ferry\nPublished: Nov. 3, 2025\nAuthor: Lee Park\n\nAn officer fired at a car.';
    const doc = parseTextDocument(text);
    expect(doc.text).toBe(text);
    expect(doc.text.slice(doc.bodyStart)).toBe('An officer fired at a car.');
    expect(doc.metadata).toEqual({
      title: 'Shots fired at ferry terminal',
      url: 'https://harbor.example.org/ferry',
      outlet: 'Harbor Post',
      author: 'Lee Park',
      published: '2025-11-03',
      modified: null,
    });
    expect(doc.stated).toHaveLength(1);
    expect(doc.stated[0].kind).toBe('header');
    expect(doc.text.slice(doc.stated[0].span!.start, doc.stated[0].span!.end)).toBe('Nov. 3, 2025');
  });

  it('states no date when the Published value cannot be read strictly', () => {
    const doc = parseTextDocument('Title: x\nPublished: sometime last week\n\nBody.');
    expect(doc.metadata.published).toBeNull();
    expect(doc.stated).toEqual([]);
  });

  it('drops a URL that is not an absolute web address', () => {
    expect(parseTextDocument('Title: x\nURL: see print edition\n\nBody.').metadata.url).toBeNull();
  });

  it('treats a file without a header as all body', () => {
    const text = '“We were only leaving,” the driver’s brother said.\n\nAgents said otherwise.';
    const doc = parseTextDocument(text);
    expect(doc.bodyStart).toBe(0);
    expect(doc.metadata.title).toBeNull();
  });

  it('refuses empty, blank and header-only documents', () => {
    expect(errorCodeOf(() => parseTextDocument(''))).toBe('empty_document');
    expect(errorCodeOf(() => parseTextDocument(' \n\t\r\n'))).toBe('empty_document');
    expect(errorCodeOf(() => parseTextDocument('Title: Only a header\nPublished: 2026-01-01\n\n  \n'))).toBe('empty_document');
  });
});
