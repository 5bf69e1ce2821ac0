import { sha256Hex } from '../lib/hash.js';
import { stableId } from '../lib/ids.js';
import type { IncidentDraft } from '../domain/incident.js';
import type {
  AttributionRecord,
  ClaimRecord,
  DocumentVersionRecord,
  IncidentRecord,
} from '../domain/records.js';
import type { StoredDraft } from './Store.js';

/** Records for store tests, written from invented sentences; override any field per test. */

export function makeVersion(text: string, overrides: Partial<DocumentVersionRecord> = {}): DocumentVersionRecord {
  const documentId = overrides.documentId ?? stableId('doc', text);
  const sha256 = overrides.sha256 ?? sha256Hex(text);
  const version: DocumentVersionRecord = {
    id: stableId('ver', documentId, sha256),
    documentId,
    previousVersionId: null,
    sha256,
    format: 'text',
    text,
    bodyStart: 0,
    title: 'A test report',
    url: null,
    outlet: 'Test Gazette',
    author: null,
    published: '2025-03-04',
    anchor: { kind: 'explicit', date: '2025-03-04', span: null },
    updateNotes: [],
    sourcePath: null,
    ingestedAt: '2025-03-05T10:00:00.000Z',
    ...overrides,
  };
  return Object.freeze(version);
}

export function makeAttribution(version: DocumentVersionRecord, quote: string, overrides: Partial<AttributionRecord> = {}): AttributionRecord {
  const start = version.text.indexOf(quote);
  if (start < 0) throw new Error(`"${quote}" is not in the fixture text`);
  const end = start + quote.length;
  const content = { start, end, text: quote, fragments: [{ start, end, text: quote }] };
  const attribution: AttributionRecord = {
    id: stableId('att', version.id, start),
    versionId: version.id,
    kind: 'direct',
    source: null,
    cue: null,
    content,
    speaker: { name: 'Dana Whitfield', affiliation: 'Test Police Department', role: 'official' },
    sentence: 0,
    stage: 'attribution@1',
    ...overrides,
  };
  return Object.freeze(attribution);
}

export function makeIncident(id: string, overrides: Partial<IncidentRecord> = {}): IncidentRecord {
  const incident: IncidentRecord = {
    id,
    date: '2025-03-01',
    datePrecision: 'day',
    time: null,
    city: 'Springfield',
    state: 'IL',
    place: null,
    lat: null,
    lon: null,
    agencies: ['ice'],
    persons: [{ name: 'Robin Castell', age: 31, role: 'subject', outcome: 'injured', injuries: 'arm' }],
    charges: [],
    force: ['shooting'],
    footage: null,
    sources: [],
    contested: [],
    stage: 'resolve@1',
    ...overrides,
  };
  return Object.freeze(incident);
}

export function makeClaim(incidentId: string, version: DocumentVersionRecord, sentence: string, overrides: Partial<ClaimRecord> = {}): ClaimRecord {
  const start = version.text.indexOf(sentence);
  if (start < 0) throw new Error(`"${sentence}" is not in the fixture text`);
  return Object.freeze({
    id: stableId('clm', incidentId, version.id, start),
    incidentId,
    versionId: version.id,
    documentId: version.documentId,
    facet: 'vehicle_movement',
    value: 'drove away',
    stance: 'away_from_officers',
    text: sentence,
    start,
    end: start + sentence.length,
    speaker: null,
    side: 'outlet',
    attributionId: null,
    stage: 'extract@1',
    ...overrides,
  });
}

export function makeDraft(version: DocumentVersionRecord, incidentId: string | null, overrides: Partial<IncidentDraft> = {}): StoredDraft {
  const draft: IncidentDraft = {
    localIndex: 0,
    primary: true,
    date: '2025-03-01',
    datePrecision: 'day',
    time: null,
    city: 'Springfield',
    state: 'IL',
    place: null,
    agencies: ['ice'],
    persons: [],
    charges: [],
    force: [],
    footage: null,
    claims: [],
    sources: [],
    ...overrides,
  };
  return Object.freeze({
    versionId: version.id,
    documentId: version.documentId,
    localIndex: draft.localIndex,
    incidentId,
    draft,
    published: version.published,
  });
}
