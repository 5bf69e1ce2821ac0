import { describe, expect, it } from 'vitest';
import { readJsonLdArticle } from './readJsonLdArticle.js';

const article = {
  '@type': 'NewsArticle',
  headline: 'Agent fires at truck',
  datePublished: '2026-01-15T10:00:00-05:00',
  dateModified: '2026-01-16T08:00:00-05:00',
  author: [{ '@type': 'Person', name: 'A. Writer' }, { '@type': 'Person', name: 'B. Writer' }],
  publisher: { '@type': 'Organization', name: 'Valley Wire' },
  mainEntityOfPage: { '@id': 'https://valley.example.com/truck' },
};

describe('readJsonLdArticle', () => {
  it('reads the article fields, joining several authors', () => {
    expect(readJsonLdArticle([JSON.stringify(article)])).toEqual({
      headline: article.headline,
      datePublished: article.datePublished,
      dateModified: article.dateModified,
      author: 'A. Writer, B. Writer',
      publisher: 'Valley Wire',
      url: article.mainEntityOfPage['@id'],
    });
  });

  it('finds the article inside @graph and top-level arrays, skipping other types', () => {
    const graph = { '@context': 'https://schema.org', '@graph': [{ '@type': 'WebSite', name: 'Site' }, { ...article, '@type': ['ReportageNews'] }] };
    expect(readJsonLdArticle([JSON.stringify(graph)])?.headline).toBe(article.headline);
    expect(readJsonLdArticle([JSON.stringify([{ '@type': 'BreadcrumbList' }, { ...article, '@type': 'Article' }])])?.publisher).toBe('Valley Wire');
  });

  it('ignores malformed blocks and blocks without an article', () => {
    expect(readJsonLdArticle(['{ nope', JSON.stringify({ '@type': 'Organization', name: 'X' })])).toBeNull();
    expect(readJsonLdArticle(['{ nope', JSON.stringify(article)])?.headline).toBe(article.headline);
  });

  it('accepts plain-string authors and a wrapping HTML comment', () => {
    const block = `<!-- ${JSON.stringify({ ...article, author: 'Staff Reporter', url: 'https://valley.example.com/x' })} -->`;
    expect(readJsonLdArticle([block])).toMatchObject({ author: 'Staff Reporter', url: 'https://valley.example.com/x' });
  });

  it('survives absurdly deep JSON without throwing', () => {
    const deep = '['.repeat(50_000) + ']'.repeat(50_000);
    expect(() => readJsonLdArticle([deep])).not.toThrow();
  });
});
