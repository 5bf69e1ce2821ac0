import { describe, expect, it } from 'vitest';
import type { DocumentVersionRecord } from '../../domain/records.js';
import { makeGeneratedQueries } from './exportFixtures.js';
import { streamExport } from './streamExport.js';
import { sourceFromQueries } from './walkIncidents.js';
import { toExportedVersion, walkVersions, type VersionSource } from './walkVersions.js';

function version(id: string, documentId: string, previousVersionId: string | null): DocumentVersionRecord {
  const text = `A made-up report, version ${id}.`;
  return {
    ingestedAt: '2025-01-01T00:00:00.000Z', sourcePath: null, updateNotes: [], anchor: { span: null, date: null, kind: 'none' },
    published: null, author: null, outlet: null, url: null, title: null, bodyStart: 0, text, format: 'text', sha256: id.padEnd(64, '0'),
    previousVersionId, documentId, id,
  };
}

/** Two documents, the first with two versions; counts how many versions are read at once. */
function fakeStore(): VersionSource & { reads: number[] } {
  const versions = [version('v1', 'd1', null), version('v2', 'd2', null), version('v3', 'd1', 'v1')];
  const reads: number[] = [];
  return {
    reads,
    listLatestVersionIds: () => ['v3', 'v2'],
    getVersion: (id) => versions.find((v) => v.id === id) ?? null,
    listVersions: (documentId) => {
      const found = versions.filter((v) => v.documentId === documentId);
      reads.push(found.length);
      return found;
    },
  };
}

describe('walkVersions', () => {
  it('yields documents in first-stored order, each one\'s versions oldest first, one document at a time', () => {
    const store = fakeStore();
    const walked = walkVersions(store);
    expect(walked.next().value?.id).toBe('v1');
    expect(store.reads).toEqual([2]);
    expect([...walked].map((v) => v.id)).toEqual(['v3', 'v2']);
  });

  it('writes every field in the record\'s order, whatever order the store built it in', () => {
    const v = version('v1', 'd1', null);
    expect(Object.keys(toExportedVersion(v))).toEqual(['id', 'documentId', 'previousVersionId', 'sha256', 'format', 'text', 'bodyStart', 'title', 'url', 'outlet', 'author', 'published', 'anchor', 'updateNotes', 'sourcePath', 'ingestedAt']);
    expect(toExportedVersion(v)).toEqual(v);
  });
});

describe('the json export with documents', () => {
  const { queries } = makeGeneratedQueries(3);
  const source = sourceFromQueries(queries, {});

  it('appends the documents after the incidents, and leaves the plain export as it was', () => {
    const plain = [...streamExport(source, { format: 'json' }).chunks].join('');
    const full = JSON.parse([...streamExport(source, { format: 'json', documents: walkVersions(fakeStore()) }).chunks].join(''));
    expect(Object.keys(full)).toEqual(['incidents', 'documents']);
    expect(full.incidents).toEqual(JSON.parse(plain).incidents);
    expect(Object.keys(JSON.parse(plain))).toEqual(['incidents']);
    expect(full.documents.map((d: DocumentVersionRecord) => d.id)).toEqual(['v1', 'v3', 'v2']);
    expect(JSON.parse([...streamExport(source, { format: 'json', documents: [] }).chunks].join('')).documents).toEqual([]);
  });

  it('refuses documents where they have no place', () => {
    expect(() => streamExport(source, { format: 'csv', documents: [] })).toThrow(/json/);
    expect(() => streamExport(source, { format: 'json', claims: true, documents: [] })).toThrow(/json/);
  });
});
