import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runHostileProperty } from '../../../test/hostile/runHostileProperty.js';
import { anyCodeUnits, trickyText } from '../../../test/hostile/hostileArbitraries.js';
import { parseFeed } from './parseFeed.js';

const tag = fc.constantFrom('rss', 'channel', 'item', 'feed', 'entry', 'title', 'link', 'guid', 'pubDate', 'published', 'updated', 'description', 'content', '?xml version="1.0"?', '!DOCTYPE x [<!ENTITY a "aaaa">]', '![CDATA[');
const linkValue = fc.oneof(fc.constantFrom('https://news.example/a', 'javascript:alert(1)', '/relative', 'http://[::1]/', ''), trickyText);
/** RSS/Atom-ish XML: real element names, links good and bad, dates, entities, broken nesting. */
const feedish = fc
  .array(
    fc.oneof(
      tag.map((t) => `<${t}>`),
      tag.map((t) => `</${t}>`),
      linkValue.map((href) => `<link href="${href.replace(/"/g, '&quot;')}"/>`),
      fc.constantFrom('&a;', '&amp;', '&#x0;', '&lt;', 'Mon, 03 Nov 2025 09:50:00 GMT', '2025-02-30T00:00:00Z'),
      trickyText,
    ),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(''));

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
/** Well-formed RSS and Atom with hostile values inside. */
const wellFormed = fc
  .tuple(fc.boolean(), fc.array(fc.tuple(linkValue, trickyText, fc.constantFrom('Mon, 03 Nov 2025 09:50:00 GMT', '2025-11-03T09:50:00Z', 'never', '')), { maxLength: 5 }))
  .map(([atom, items]) =>
    atom
      ? `<feed xmlns="http://www.w3.org/2005/Atom"><title>F</title>${items.map(([l, t, d]) => `<entry><title>${esc(t)}</title><link href="${esc(l).replace(/"/g, '&quot;')}"/><updated>${d}</updated></entry>`).join('')}</feed>`
      : `<rss version="2.0"><channel><title>F</title>${items.map(([l, t, d]) => `<item><title>${esc(t)}</title><link>${esc(l)}</link><pubDate>${d}</pubDate></item>`).join('')}</channel></rss>`,
  );

describe('parseFeed under generated XML', () => {
  it('yields items with http(s) URLs or a ParallaxError, for 10,000 inputs', () => {
    const tally = runHostileProperty('feed', fc.oneof(wellFormed, feedish, anyCodeUnits), (xml) => parseFeed(xml, 'https://news.example/feed.xml'), (_xml, feed) => {
      for (const item of feed.items) expect(item.url).toMatch(/^https?:\/\//);
    });
    expect(tally.inputs).toBeGreaterThanOrEqual(10_000);
  }, 240_000);
});
