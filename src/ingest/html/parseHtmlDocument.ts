import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { DocumentMetadata } from '../../domain/document.js';
import { ParallaxError } from '../../lib/errors.js';
import type { StatedDate } from '../anchor/chooseAnchor.js';
import { parseDateValue } from '../dates/readDateAt.js';
import type { ExtractedDocument } from '../extractedDocument.js';
import { normalizeUrl } from '../normalizeUrl.js';
import { checkHtmlLimits } from './checkHtmlLimits.js';
import { collectParagraphs, type WalkNode } from './collectParagraphs.js';
import { readHtmlMetadata, type HtmlMetadata } from './readHtmlMetadata.js';
import { wrapHtmlFragment } from './wrapHtmlFragment.js';

// <meta> keys, in order of preference, that publishers use for each date.
const PUBLISHED_KEYS = ['article:published_time', 'og:published_time', 'datepublished', 'pubdate', 'publishdate', 'publish-date', 'dc.date.issued', 'dc.date', 'date'];
const MODIFIED_KEYS = ['article:modified_time', 'og:updated_time', 'datemodified', 'dc.date.modified', 'last-modified'];

interface ReadableArticle {
  readonly title: string | null;
  readonly byline: string | null;
  readonly siteName: string | null;
  readonly paragraphs: readonly string[];
}

function clean(value: string | null | undefined): string | null {
  const text = value?.replace(/\s+/g, ' ').trim();
  return text ? text : null;
}

function firstOf(...values: (string | null | undefined)[]): string | null {
  for (const value of values) {
    const text = clean(value);
    if (text) return text;
  }
  return null;
}

function firstDate(values: readonly (string | null | undefined)[]): string | null {
  for (const value of values) {
    const date = value ? parseDateValue(value)?.date : null;
    if (date) return date;
  }
  return null;
}

/** A person's name, not a profile link ("article:author" is often a URL). */
function personName(value: string | null | undefined): string | null {
  const text = clean(value);
  if (!text || /^https?:\/\//i.test(text)) return null;
  return text.replace(/^by\s+/i, '') || null;
}

/** Runs Readability, which rewrites `document`: read anything else from it first. */
function readArticle(document: unknown): ReadableArticle {
  let article;
  try {
    article = new Readability<WalkNode>(document as unknown as Document, { serializer: (node) => node as unknown as WalkNode }).parse();
  } catch (err) {
    throw new ParallaxError('bad_input', 'The HTML page could not be read.', { reason: err instanceof Error ? err.message : String(err) });
  }
  if (!article?.content) throw new ParallaxError('empty_document', 'No article text was found in the HTML page.');
  return { title: article.title ?? null, byline: article.byline ?? null, siteName: article.siteName ?? null, paragraphs: collectParagraphs(article.content) };
}

function buildMetadata(head: HtmlMetadata, article: ReadableArticle, title: string | null, givenUrl: string | null): { metadata: DocumentMetadata; stated: StatedDate[] } {
  const { meta, jsonLd } = head;
  // A relative canonical link resolves against where the page came from, else its own og:url.
  const baseUrl = givenUrl ?? normalizeUrl(meta['og:url']);
  const jsonLdPublished = firstDate([jsonLd?.datePublished]);
  const metaPublished = firstDate(PUBLISHED_KEYS.map((k) => meta[k]));
  const stated: StatedDate[] = [];
  if (jsonLdPublished) stated.push(Object.freeze({ kind: 'json-ld', date: jsonLdPublished, span: null }));
  if (metaPublished) stated.push(Object.freeze({ kind: 'html-meta', date: metaPublished, span: null }));
  const metadata: DocumentMetadata = Object.freeze({
    title,
    url: normalizeUrl(head.canonical, baseUrl) ?? normalizeUrl(meta['og:url'], baseUrl) ?? normalizeUrl(jsonLd?.url, baseUrl),
    outlet: firstOf(meta['og:site_name'], jsonLd?.publisher, article.siteName, meta['application-name']),
    author: personName(jsonLd?.author) ?? personName(meta['author']) ?? personName(meta['article:author']) ?? personName(article.byline),
    published: jsonLdPublished ?? metaPublished,
    modified: firstDate([jsonLd?.dateModified, ...MODIFIED_KEYS.map((k) => meta[k])]),
  });
  return { metadata, stated };
}

// "By Jane Doe and John Roe" / "By JANE DOE, Staff Writer": a byline, not a sentence of the story.
const BYLINE = /^By\s+\p{Lu}[^.!?]{1,80}$/u;
const BYLINE_WINDOW = 3;

/**
 * Readability sometimes keeps the headline as the first block (it is already the title line) and
 * keeps the byline when the page's metadata already named the author; neither is body text.
 */
function dropTitleAndByline(paragraphs: readonly string[], title: string | null): string[] {
  return paragraphs.filter((p, i) => !(i === 0 && p === title) && !(i < BYLINE_WINDOW && BYLINE.test(p)));
}

/**
 * An HTML page → its main text, through Readability over linkedom. `text` is the title line, a
 * blank line, then the paragraphs separated by blank lines; `bodyStart` is the first paragraph.
 * Metadata comes from the head (OpenGraph, article:*, canonical, JSON-LD) read before Readability
 * rewrites the DOM. `baseUrl` resolves a relative canonical link.
 */
export function parseHtmlDocument(html: string, baseUrl: string | null = null): ExtractedDocument {
  checkHtmlLimits(html);
  const { document } = parseHTML(wrapHtmlFragment(html));
  const head = readHtmlMetadata(document as never);
  const article = readArticle(document);
  const title = firstOf(head.jsonLd?.headline, head.meta['og:title'], article.title, head.title);
  const paragraphs = dropTitleAndByline(article.paragraphs, title);
  if (paragraphs.length === 0) throw new ParallaxError('empty_document', 'No article text was found in the HTML page.');
  const prefix = title ? `${title}\n\n` : '';
  const text = prefix + paragraphs.join('\n\n');
  const { metadata, stated } = buildMetadata(head, article, title, baseUrl);
  return Object.freeze({ text, bodyStart: prefix.length, metadata, stated: Object.freeze(stated) });
}
