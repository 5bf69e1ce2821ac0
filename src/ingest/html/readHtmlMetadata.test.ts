import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { readHtmlMetadata } from './readHtmlMetadata.js';

const head = (inner: string) => parseHTML(`<!doctype html><html><head>${inner}</head><body><p>x</p></body></html>`).document;

describe('readHtmlMetadata', () => {
  it('reads title, meta by property/name/itemprop, canonical and JSON-LD', () => {
    const meta = readHtmlMetadata(
      head(`<title> Story  title </title>
        <meta property="og:site_name" content="Coast Herald">
        <meta name="Author" content="R. Diaz">
        <meta itemprop="datePublished" content="2026-01-02">
        <link rel="alternate canonical" href="https://coast.example.com/s">
        <script type="application/ld+json">{"@type":"NewsArticle","headline":"H"}</script>`),
    );
    expect(meta.title).toBe('Story title');
    expect(meta.meta['og:site_name']).toBe('Coast Herald');
    expect(meta.meta['author']).toBe('R. Diaz');
    expect(meta.meta['datepublished']).toBe('2026-01-02');
    expect(meta.canonical).toBe('https://coast.example.com/s');
    expect(meta.jsonLd?.headline).toBe('H');
  });

  it('keeps the first of repeated meta keys and tolerates a page without head data', () => {
    const meta = readHtmlMetadata(head('<meta property="og:title" content="First"><meta property="og:title" content="Second">'));
    expect(meta.meta['og:title']).toBe('First');
    expect(meta.canonical).toBeNull();
    expect(meta.jsonLd).toBeNull();
    expect(meta.title).toBeNull();
  });
});
