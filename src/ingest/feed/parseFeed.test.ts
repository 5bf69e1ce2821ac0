import { describe, expect, it } from 'vitest';
import { parseFeed } from './parseFeed.js';

const RSS = `<?xml version="1.0"?>
<rss version="2.0"><channel><title>Example Ledger &amp; Co</title>
  <item><title>Agent fires at van</title><link>https://news.example/a</link><pubDate>Tue, 03 Jun 2025 14:00:00 GMT</pubDate></item>
  <item><title>Relative link</title><link>/b?x=1&amp;y=2</link></item>
  <item><title>Duplicate</title><link>https://news.example/a</link></item>
  <item><title>Not the web</title><link>javascript:alert(1)</link></item>
</channel></rss>`;

const ATOM = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Example Docket</title>
  <entry><title>Complaint filed</title><link rel="self" href="https://docket.example/feed/1"/><link href="https://docket.example/cases/1"/><published>2025-06-04T09:00:00Z</published></entry>
  <entry><title type="html">Second</title><link rel="alternate" href="cases/2"/><updated>2025-06-05T09:00:00Z</updated></entry>
</feed>`;

describe('parseFeed', () => {
  it('reads RSS 2.0 items: absolute links, titles, days, duplicates and non-web links dropped', () => {
    const feed = parseFeed(RSS, 'https://news.example/feed.xml');
    expect(feed.kind).toBe('rss');
    expect(feed.title).toBe('Example Ledger & Co');
    expect(feed.items).toEqual([
      { url: 'https://news.example/a', title: 'Agent fires at van', published: '2025-06-03' },
      { url: 'https://news.example/b?x=1&y=2', title: 'Relative link', published: null },
    ]);
  });

  it('reads Atom entries through their alternate link', () => {
    const feed = parseFeed(ATOM, 'https://docket.example/feed.atom');
    expect(feed.kind).toBe('atom');
    expect(feed.items.map((i) => [i.url, i.published])).toEqual([
      ['https://docket.example/cases/1', '2025-06-04'],
      ['https://docket.example/cases/2', '2025-06-05'],
    ]);
  });

  it('refuses what is not a feed', () => {
    expect(() => parseFeed('<html><body>hi</body></html>', 'https://x.example/')).toThrow(/neither/);
    expect(() => parseFeed('<rss><channel>', 'https://x.example/')).toThrow();
  });
});
