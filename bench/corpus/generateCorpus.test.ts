import { describe, expect, it } from 'vitest';
import { parseTextDocument } from '../../src/ingest/text/parseTextDocument.js';
import { generateCorpus, iterateCorpus } from './generateCorpus.js';
import { loadPlaces } from './generateIncident.js';

const corpus = generateCorpus({ seed: 42, articles: 120 });

describe('generateCorpus', () => {
  it('gives byte-identical articles for the same seed and different ones for another seed', () => {
    const again = generateCorpus({ seed: 42, articles: 120 });
    expect(again.map((a) => a.text)).toEqual(corpus.map((a) => a.text));
    const other = generateCorpus({ seed: 43, articles: 5 });
    expect(other[0].text).not.toBe(corpus[0].text);
  });

  it('streams the same articles it returns at once, and exactly as many as asked', () => {
    const streamed = [...iterateCorpus({ seed: 42, articles: 120 })];
    expect(streamed).toHaveLength(120);
    expect(streamed.map((a) => a.fileName)).toEqual(corpus.map((a) => a.fileName));
  });

  it('writes articles of news length, each within one paragraph of its bounds', () => {
    for (const a of corpus) {
      const words = a.text.slice(a.text.indexOf('\n\n')).split(/\s+/).filter(Boolean).length;
      expect(words).toBe(a.words);
      expect(words).toBeGreaterThanOrEqual(300);
      expect(words).toBeLessThan(900 + 80);
    }
  });

  it('quotes people in every article: at least one quotation mark pair per 150 words on average', () => {
    const quotes = corpus.reduce((n, a) => n + (a.text.match(/“/g)?.length ?? 0), 0);
    const words = corpus.reduce((n, a) => n + a.words, 0);
    expect(quotes / words).toBeGreaterThan(1 / 150);
    expect(corpus.every((a) => /\bsaid\b/.test(a.text))).toBe(true);
  });

  it('groups several documents per incident, with a unique URL each', () => {
    const perIncident = new Map<string, number>();
    for (const a of corpus) perIncident.set(a.incidentKey, (perIncident.get(a.incidentKey) ?? 0) + 1);
    expect(Math.max(...perIncident.values())).toBeGreaterThan(2);
    expect(corpus.length / perIncident.size).toBeGreaterThan(1.5);
    const urls = corpus.map((a) => parseTextDocument(a.text).metadata.url);
    expect(new Set(urls).size).toBe(corpus.length);
  });

  it('writes headers the text ingester reads: title, outlet, URL and a publication date on or after the incident', () => {
    for (const a of corpus.slice(0, 20)) {
      const doc = parseTextDocument(a.text);
      expect(doc.metadata.title).toBeTruthy();
      expect(doc.metadata.outlet).toMatch(/^The /);
      expect(doc.metadata.published! >= a.incident.date).toBe(true);
      expect(doc.text.slice(doc.bodyStart).startsWith(a.text.slice(a.text.indexOf('\n\n') + 2))).toBe(true);
    }
  });

  it('places incidents in cities of the project vocabulary and names the city in the text', () => {
    const cities = new Set(loadPlaces().map((p) => `${p.city}|${p.state}`));
    for (const a of corpus) {
      expect(cities.has(`${a.incident.place.city}|${a.incident.place.state}`)).toBe(true);
      expect(a.text).toContain(a.incident.place.city);
    }
  });
});
