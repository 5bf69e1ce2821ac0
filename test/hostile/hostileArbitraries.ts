import fc from 'fast-check';

/** Any UTF-16 code unit, lone surrogates included: what a broken decoder or a hostile page yields. */
export const anyCodeUnits = fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 400 });

/** Strings with the characters that break naive parsers over-represented. */
export const trickyText = fc.string({
  unit: fc.oneof(
    fc.constantFrom('\n', '\r', '\r\n', '\t', ' ', ':', '-', '"', "'", '<', '>', '&', '/', '\u0000', '\u2028', '\uFEFF', '\uD800', '\uDFFF', '—', 'é'),
    fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }),
  ),
  maxLength: 300,
});

/** Lines that look like a text header block (keys, fences, dates), mixed with noise. */
export const headerishText = fc
  .array(
    fc.oneof(
      fc.constantFrom('---', '', 'Title:', 'URL: ', 'Date:', 'Published: 2025-02-30', 'Updated: yesterday', 'Source: "', 'Byline:   '),
      fc.tuple(
        fc.constantFrom('Title', 'Headline', 'URL', 'Link', 'Outlet', 'Author', 'Published', 'Date', 'Modified', 'Last Updated', 'X'),
        fc.constantFrom(':', ' :', ': ', '::'),
        trickyText,
      ).map(([k, sep, v]) => `${k}${sep}${v}`),
      fc.constantFrom('Update, 11/03/25, 09:50 a.m. ET: ', 'CITY, State (Wire) — ', 'Jan. 5, 2025', '13/45/2025', 'Feb 29, 2023'),
      trickyText,
    ),
    { maxLength: 30 },
  )
  .chain((lines) => fc.constantFrom('\n', '\r\n', '\r').map((eol) => lines.join(eol)));

const tagName = fc.constantFrom('p', 'div', 'article', 'script', 'style', 'meta', 'title', 'h1', 'span', 'a', 'time', 'table', 'td', 'br', 'noscript', 'template', 'svg', 'iframe', '!--', '!DOCTYPE');
const attribute = fc.tuple(
  fc.constantFrom('property', 'name', 'content', 'href', 'datetime', 'type', 'class', 'itemprop', 'charset', 'rel'),
  fc.oneof(trickyText, fc.constantFrom('article:published_time', 'og:title', 'application/ld+json', '2025-01-01', 'canonical', 'author')),
).map(([k, v]) => ` ${k}="${v.replace(/"/g, '&quot;')}"`);

/** HTML-ish markup: real tags, attributes that matter to the reader, broken nesting, JSON-LD debris. */
export const htmlishText = fc
  .array(
    fc.oneof(
      fc.tuple(tagName, fc.array(attribute, { maxLength: 3 })).map(([t, a]) => `<${t}${a.join('')}>`),
      tagName.map((t) => `</${t}>`),
      trickyText,
      fc.constantFrom('<script type="application/ld+json">{"@type":"NewsArticle","datePublished":', '{"@graph":[', '"headline":"', '}</script>', '<![CDATA[', '&#0;', '&#xD800;', '&amp', '<'),
    ),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(''));
