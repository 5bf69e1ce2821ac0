import { afterEach, describe, expect, it } from 'vitest';
import { generateCorpus, iterateCorpus } from '../corpus/generateCorpus.js';
import { openStore } from '../../src/store/openStore.js';
import type { Store } from '../../src/store/Store.js';
import { measureIngestInto } from './measureIngestInto.js';
import { populateStore } from './populateStore.js';

let store: Store | null = null;
afterEach(() => store?.close());

describe('populateStore', () => {
  it('writes the asked number of documents, one incident per synthetic incident, claims that are real spans', () => {
    store = openStore(':memory:');
    const articles = generateCorpus({ seed: 5, articles: 30 });
    const result = populateStore(store, articles[Symbol.iterator](), 30, 4);
    expect(result.documents).toBe(30);
    expect(result.incidents).toBe(new Set(articles.map((a) => a.incidentKey)).size);
    expect(store.countIncidents()).toBe(result.incidents);
    const incident = store.listIncidents({ limit: 1, offset: 0 }).items[0];
    const claims = store.listClaims(incident.id);
    expect(claims.length).toBeGreaterThan(0);
    for (const c of claims) expect(store.getVersion(c.versionId)!.text.slice(c.start, c.end)).toBe(c.text);
    expect(store.listIncidentDocuments(incident.id).length).toBe(claims.length / 4);
  });

  it('continues a stream where the last call stopped, never splitting an incident across calls', () => {
    store = openStore(':memory:');
    const stream = iterateCorpus({ seed: 6, articles: 1000 });
    const first = populateStore(store, stream, 10, 1);
    const second = populateStore(store, stream, 10, 1);
    expect(first.documents + second.documents).toBe(20);
    expect(store.countIncidents()).toBe(first.incidents + second.incidents);
  });

  it('fills a store that search finds words in', () => {
    store = openStore(':memory:');
    const articles = generateCorpus({ seed: 8, articles: 12 });
    populateStore(store, articles[Symbol.iterator](), 12, 10);
    const city = articles[0].incident.place.city.split(' ')[0];
    expect(store.listIncidents({ q: city, limit: 50, offset: 0 }).items.map((i) => i.city)).toContain(articles[0].incident.place.city);
  });
});

describe('measureIngestInto', () => {
  it('ingests end to end, reports a rate, and leaves the store as it was', () => {
    store = openStore(':memory:');
    populateStore(store, iterateCorpus({ seed: 9, articles: 10 }), 10, 2);
    const before = store.countIncidents();
    const rate = measureIngestInto(store, generateCorpus({ seed: 10, articles: 3 }));
    expect(rate).toBeGreaterThan(0);
    expect(store.countIncidents()).toBe(before);
  });
});
