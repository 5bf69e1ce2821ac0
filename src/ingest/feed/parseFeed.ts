import { XMLParser } from 'fast-xml-parser';
import { ParallaxError } from '../../lib/errors.js';

export interface FeedItem {
  /** Absolute http(s) URL of the item's page. */
  readonly url: string;
  readonly title: string | null;
  /** YYYY-MM-DD, when the feed dates the item. */
  readonly published: string | null;
}

export interface Feed {
  readonly kind: 'rss' | 'atom';
  readonly title: string | null;
  readonly items: readonly FeedItem[];
}

export const MAX_FEED_ITEMS = 500;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  // Entities beyond the XML five are not expanded: no entity-expansion bombs.
  processEntities: true,
  htmlEntities: false,
  isArray: (name) => name === 'item' || name === 'entry' || name === 'link',
});

type Node = Record<string, unknown>;

function textOf(value: unknown): string | null {
  if (typeof value === 'string' || typeof value === 'number') return String(value).trim() || null;
  if (value && typeof value === 'object' && '#text' in value) return textOf((value as Node)['#text']);
  return null;
}

function dayOf(value: unknown): string | null {
  const text = textOf(value);
  if (!text) return null;
  const ms = Date.parse(text);
  return Number.isFinite(ms) ? new Date(ms).toISOString().slice(0, 10) : null;
}

function absoluteUrl(href: string | null, base: string): string | null {
  if (!href) return null;
  try {
    const url = new URL(href, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

function atomLink(links: unknown): string | null {
  const list = Array.isArray(links) ? (links as Node[]) : [];
  // rel="alternate" (the default) is the page; "self", "enclosure"… are not.
  const page = list.find((l) => typeof l === 'object' && (!l['@rel'] || l['@rel'] === 'alternate'));
  return page ? textOf(page['@href']) : null;
}

/**
 * RSS 2.0 or Atom → the items' page URLs (resolved against the feed URL), titles and dates, in
 * feed order, without duplicates. Items without an http(s) link are dropped. Throws `bad_input`
 * for XML that is neither.
 */
export function parseFeed(xml: string, feedUrl: string): Feed {
  let doc: Node;
  try {
    doc = parser.parse(xml) as Node;
  } catch (err) {
    throw new ParallaxError('bad_input', `The feed is not well-formed XML: ${(err as Error).message.split('\n')[0]}`);
  }
  const rss = (doc.rss as Node | undefined)?.channel as Node | undefined;
  const atom = doc.feed as Node | undefined;
  if (!rss && !atom) throw new ParallaxError('bad_input', 'The document is neither an RSS 2.0 nor an Atom feed.');
  const raw = rss
    ? ((rss.item as Node[] | undefined) ?? []).map((i) => ({ href: textOf((i.link as unknown[] | undefined)?.[0]) ?? textOf(i.guid), title: textOf(i.title), published: dayOf(i.pubDate ?? i['dc:date']) }))
    : ((atom!.entry as Node[] | undefined) ?? []).map((e) => ({ href: atomLink(e.link), title: textOf(e.title), published: dayOf(e.published ?? e.updated) }));
  const seen = new Set<string>();
  const items: FeedItem[] = [];
  for (const r of raw.slice(0, MAX_FEED_ITEMS)) {
    const url = absoluteUrl(r.href, feedUrl);
    if (!url || seen.has(url)) continue;
    seen.add(url);
    items.push(Object.freeze({ url, title: r.title, published: r.published }));
  }
  return Object.freeze({ kind: rss ? 'rss' : 'atom', title: textOf(rss ? rss.title : atom!.title), items: Object.freeze(items) });
}
