import type { ExportedIncident } from '../../domain/exportContract.js';
import type { DocumentView, IncidentSummary, Queries } from '../../services/queries.js';

/* Hand-written fixtures for API tests: invented sentences, invented people and places. */

export const SAMPLE_TEXT = [
  'Agents shot a driver in Lakeview on Tuesday, officials said.',
  '',
  'The Department of Homeland Security said the driver "accelerated toward the agents."',
  'His lawyer, Dana Ortiz, told reporters that he was trying to leave.',
].join('\n');

function spanOf(needle: string): { start: number; end: number; text: string } {
  const start = SAMPLE_TEXT.indexOf(needle);
  if (start < 0) throw new Error(`fixture text lacks ${needle}`);
  return { start, end: start + needle.length, text: needle };
}

const official = { name: 'Department of Homeland Security', affiliation: null, role: 'official' as const };
const counsel = { name: 'Dana Ortiz', affiliation: null, role: 'subject_counsel' as const };

export const SAMPLE_DOCUMENT: DocumentView = {
  id: 'doc_aaaa',
  versionId: 'ver_aaaa',
  title: 'Driver shot by agents',
  url: 'https://news.example/driver-shot',
  outlet: 'Example News',
  published: '2025-05-07',
  text: SAMPLE_TEXT,
  bodyStart: 0,
  updateNotes: [],
  attributions: [
    {
      id: 'att_1',
      kind: 'direct',
      source: spanOf('The Department of Homeland Security'),
      cue: spanOf('said the driver'),
      content: { ...spanOf('"accelerated toward the agents."'), fragments: [spanOf('"accelerated toward the agents."')] },
      speaker: official,
      sentence: 1,
    },
    {
      id: 'att_2',
      kind: 'indirect',
      source: spanOf('Dana Ortiz'),
      cue: spanOf('told reporters'),
      content: { ...spanOf('he was trying to leave'), fragments: [spanOf('he was trying to leave')] },
      speaker: counsel,
      sentence: 2,
    },
  ],
  versions: [{ versionId: 'ver_aaaa', ingestedAt: '2025-05-08T10:00:00Z', sha256: 'ab'.repeat(32) }],
};

const towardSpan = spanOf('"accelerated toward the agents."');
const leaveSpan = spanOf('he was trying to leave');

export const SAMPLE_INCIDENT: ExportedIncident = {
  id: 'inc_aaaa',
  date: '2025-05-06',
  datePrecision: 'day',
  time: null,
  city: 'Lakeview',
  state: 'OR',
  place: null,
  lat: null,
  lon: null,
  agencies: ['DHS'],
  persons: [{ name: 'Unnamed driver', age: null, role: 'subject', outcome: 'injured', injuries: null }],
  charges: [],
  force: ['shooting'],
  footage: null,
  documents: [{ id: 'doc_aaaa', versionId: 'ver_aaaa', url: SAMPLE_DOCUMENT.url, outlet: 'Example News', title: SAMPLE_DOCUMENT.title, published: '2025-05-07', primary: true }],
  claims: [
    { id: 'clm_1', facet: 'vehicle_movement', value: 'toward agents', stance: 'toward_officers', text: towardSpan.text, speaker: official, side: 'officials', documentId: 'doc_aaaa', versionId: 'ver_aaaa', start: towardSpan.start, end: towardSpan.end, stage: 'extract@1' },
    { id: 'clm_2', facet: 'vehicle_movement', value: 'trying to leave', stance: 'away_from_officers', text: leaveSpan.text, speaker: counsel, side: 'subject', documentId: 'doc_aaaa', versionId: 'ver_aaaa', start: leaveSpan.start, end: leaveSpan.end, stage: 'extract@1' },
  ],
  contested: [
    {
      facet: 'vehicle_movement',
      label: 'Vehicle movement',
      positions: [
        { stance: 'toward_officers', summary: 'toward agents', side: 'officials', claimIds: ['clm_1'], speakers: [official.name] },
        { stance: 'away_from_officers', summary: 'trying to leave', side: 'subject', claimIds: ['clm_2'], speakers: [counsel.name] },
      ],
    },
  ],
};

export function summarize(incident: ExportedIncident): IncidentSummary {
  return {
    id: incident.id,
    date: incident.date,
    city: incident.city,
    state: incident.state,
    subject: incident.persons.find((p) => p.role === 'subject')?.name ?? null,
    agencies: incident.agencies,
    documentCount: incident.documents.length,
    claimCount: incident.claims.length,
    contestedCount: incident.contested.length,
  };
}

/** An in-memory Queries that records its calls, so tests can check what the routes asked for. */
export function makeFakeQueries(incidents: readonly ExportedIncident[] = [SAMPLE_INCIDENT], documents: readonly DocumentView[] = [SAMPLE_DOCUMENT]) {
  const calls: { listIncidents: { q?: string; limit: number; offset: number }[] } = { listIncidents: [] };
  const queries: Queries = {
    listIncidents(options) {
      calls.listIncidents.push({ ...options });
      const matching = incidents.filter((i) => !options.q || JSON.stringify(summarize(i)).toLowerCase().includes(options.q.toLowerCase()));
      return { total: matching.length, items: matching.slice(options.offset, options.offset + options.limit).map(summarize) };
    },
    getIncident: (id) => incidents.find((i) => i.id === id) ?? null,
    getDocument: (id) => documents.find((d) => d.id === id || d.versionId === id) ?? null,
  };
  return { queries, calls };
}
