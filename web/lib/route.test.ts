import { describe, expect, it } from 'vitest';
import { documentHash, incidentHash, listHash, parseRoute, speakerHash } from './route.js';

describe('parseRoute', () => {
  it('reads the list route with its query', () => {
    expect(parseRoute('')).toMatchObject({ name: 'list', q: '', offset: 0, limit: null });
    expect(parseRoute('#/')).toMatchObject({ name: 'list', q: '', offset: 0 });
    expect(parseRoute('#/?q=border%20patrol&offset=50&limit=20')).toMatchObject({ name: 'list', q: 'border patrol', offset: 50, limit: 20 });
  });

  it('ignores paging values that are not whole numbers', () => {
    expect(parseRoute('#/?offset=-5&limit=abc')).toMatchObject({ offset: 0, limit: null });
  });

  it('reads incident and document routes, decoding ids', () => {
    expect(parseRoute('#/incidents/inc_12ab')).toMatchObject({ name: 'incident', id: 'inc_12ab' });
    expect(parseRoute('#/documents/ver_9?start=10&end=42')).toMatchObject({ name: 'document', id: 'ver_9', start: 10, end: 42 });
    expect(parseRoute('#/documents/ver_9')).toMatchObject({ start: null, end: null });
    expect(parseRoute('#/incidents/a%2Fb')).toMatchObject({ id: 'a/b' });
  });

  it('treats other paths as not found and bare anchors as anchors', () => {
    expect(parseRoute('#/nowhere').name).toBe('notFound');
    expect(parseRoute('#/incidents/%E0%A4%A').name).toBe('notFound');
    expect(parseRoute('#main')).toMatchObject({ name: 'anchor', id: 'main' });
  });
});

describe('hash builders', () => {
  it('round-trip through parseRoute', () => {
    expect(parseRoute(listHash({ q: 'a&b=c', offset: 100, limit: 25 }))).toMatchObject({ q: 'a&b=c', offset: 100, limit: 25 });
    expect(listHash({})).toBe('#/');
    expect(parseRoute(incidentHash('inc/x?y'))).toMatchObject({ name: 'incident', id: 'inc/x?y' });
    expect(parseRoute(documentHash('ver_1', { start: 3, end: 9 }))).toMatchObject({ name: 'document', id: 'ver_1', start: 3, end: 9 });
    expect(documentHash('ver_1')).not.toContain('?');
    const filtered = parseRoute(listHash({ q: 'van', filters: { state: ['TX', 'NM'], contested: ['yes'] }, tracker: 'deaths', sort: 'date_asc' }));
    expect(filtered).toMatchObject({ q: 'van', tracker: 'deaths', sort: 'date_asc', filters: { state: ['TX', 'NM'], contested: ['yes'], agency: [] } });
    expect(parseRoute(speakerHash('Avery Quill, Jr.'))).toMatchObject({ name: 'speaker', speaker: 'Avery Quill, Jr.' });
  });
});
