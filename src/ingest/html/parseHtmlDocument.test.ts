import { describe, expect, it } from 'vitest';
import { errorCodeOf, readFixture } from '../__fixtures__/errorCodeOf.js';
import { parseHtmlDocument } from './parseHtmlDocument.js';

const fixture = new TextDecoder().decode(readFixture('article.html'));

const page = (head: string, body: string): string => `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;
const story = ['First paragraph of the report, long enough to look like prose.', 'Second paragraph, in which a spokesperson said something.'];

describe('parseHtmlDocument', () => {
  const doc = parseHtmlDocument(fixture);

  it('lays the text out as title, blank line, then paragraphs separated by blank lines', () => {
    const title = doc.metadata.title!;
    expect(doc.text.startsWith(`${title}\n\n`)).toBe(true);
    expect(doc.bodyStart).toBe(title.length + 2);
    const paragraphs = doc.text.slice(doc.bodyStart).split('\n\n');
    expect(paragraphs.length).toBeGreaterThanOrEqual(5);
    for (const p of paragraphs) expect(p).toBe(p.trim());
    expect(doc.text.includes('\n\n\n')).toBe(false);
  });

  it('keeps the story and drops navigation, footer, related links, scripts and the byline', () => {
    const body = doc.text.slice(doc.bodyStart);
    expect(body).toContain('fired once through the windshield');
    expect(body).toContain('“terrified”'); // entities decoded to the characters they name
    for (const noise of ['Subscribe', 'Privacy policy', 'Council votes on budget', 'window.analytics', 'font-family', 'By Priya Raman']) {
      expect(body).not.toContain(noise);
    }
  });

  it('reads metadata from JSON-LD, OpenGraph and the canonical link, ignoring the broken JSON-LD block', () => {
    expect(doc.metadata).toEqual({
      title: 'Officer fires at car during traffic stop, agency says', // JSON-LD headline wins over og:title
      url: 'https://dispatch.example.net/news/traffic-stop-shooting',
      outlet: 'Lakeshore Dispatch', // og:site_name
      author: 'Priya Raman, Tom Okafor',
      published: '2026-02-10',
      modified: '2026-02-11',
    });
    expect(doc.stated.map((s) => s.kind)).toEqual(['json-ld', 'html-meta']);
  });

  it('falls back to meta tags and <title> when there is no JSON-LD', () => {
    const html = page(
      '<title>Plain page</title><meta name="author" content="By Sam Ortiz"><meta property="article:published_time" content="2025-12-01T08:00:00Z">',
      `<article>${story.map((p) => `<p>${p}</p>`).join('')}</article>`,
    );
    const plain = parseHtmlDocument(html, 'https://plain.example.org/p');
    // The page states no URL of its own; parseDocument falls back to where it came from.
    expect(plain.metadata).toMatchObject({ title: 'Plain page', author: 'Sam Ortiz', published: '2025-12-01', url: null });
    expect(plain.stated).toEqual([{ kind: 'html-meta', date: '2025-12-01', span: null }]);
    expect(plain.text.slice(plain.bodyStart).split('\n\n')).toEqual(story);
  });

  it('resolves a relative canonical link against the given URL', () => {
    const html = page('<title>t</title><link rel="canonical" href="/a/b">', `<p>${story[0]}</p>`);
    expect(parseHtmlDocument(html, 'https://site.example.org/x?y=1').metadata.url).toBe('https://site.example.org/a/b');
  });

  it('starts the body at offset 0 when the page has no title at all', () => {
    const untitled = parseHtmlDocument(page('', `<p>${story[0]}</p>`));
    expect(untitled.metadata.title).toBeNull();
    expect(untitled.bodyStart).toBe(0);
    expect(untitled.text).toBe(story[0]);
  });

  it('refuses a page with no text and a pathologically nested page', () => {
    expect(errorCodeOf(() => parseHtmlDocument(page('<title>Empty</title>', '<div> </div>')))).toBe('empty_document');
    const deep = page('<title>Deep</title>', '<div>'.repeat(5000) + '<p>x</p>' + '</div>'.repeat(5000));
    expect(errorCodeOf(() => parseHtmlDocument(deep))).toBe('bad_input');
  });
});
