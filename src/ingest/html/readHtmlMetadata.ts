import { readJsonLdArticle, type JsonLdArticle } from './readJsonLdArticle.js';

/** Metadata a page declares in its <head>, before Readability touches the DOM. */
export interface HtmlMetadata {
  readonly title: string | null;
  /** <meta> values keyed by lower-cased `property`, `name` or `itemprop`; first value wins. */
  readonly meta: Readonly<Record<string, string>>;
  readonly canonical: string | null;
  readonly jsonLd: JsonLdArticle | null;
}

/** The minimal DOM surface read here, so linkedom's and the browser's documents both fit. */
interface MetaDocument {
  querySelector(selector: string): { textContent: string | null } | null;
  querySelectorAll(selector: string): Iterable<{ getAttribute(name: string): string | null; textContent: string | null }>;
}

function collectMeta(document: MetaDocument): Record<string, string> {
  const meta: Record<string, string> = {};
  for (const el of document.querySelectorAll('meta')) {
    const key = (el.getAttribute('property') ?? el.getAttribute('name') ?? el.getAttribute('itemprop'))?.trim().toLowerCase();
    const content = el.getAttribute('content')?.trim();
    if (key && content && !(key in meta)) meta[key] = content;
  }
  return meta;
}

function findCanonical(document: MetaDocument): string | null {
  for (const link of document.querySelectorAll('link[rel]')) {
    const rel = (link.getAttribute('rel') ?? '').toLowerCase().split(/\s+/);
    const href = link.getAttribute('href')?.trim();
    if (rel.includes('canonical') && href) return href;
  }
  return null;
}

export function readHtmlMetadata(document: MetaDocument): HtmlMetadata {
  const blocks = [...document.querySelectorAll('script[type]')]
    .filter((s) => /^application\/ld\+json\b/i.test(s.getAttribute('type')?.trim() ?? ''))
    .map((s) => s.textContent ?? '');
  const title = document.querySelector('title')?.textContent?.replace(/\s+/g, ' ').trim() || null;
  return Object.freeze({
    title,
    meta: Object.freeze(collectMeta(document)),
    canonical: findCanonical(document),
    jsonLd: readJsonLdArticle(blocks),
  });
}
