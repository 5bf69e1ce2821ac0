import type { ExportedIncident } from '../../domain/exportContract.js';
import type { DocumentView, IncidentSummary, Queries } from '../queries.js';

/* Test fixtures for exports: invented sentences, people and places, generated on demand. */

export const FIXTURE_TEXT = [
  'Agents fired at a van in Brookvale, Ohio, on Monday, the county sheriff said.',
  'A department spokesperson, Ray Quill, said assaults on officers were up 700 percent since last year.',
  'Quill said the driver, "=cmd" on the radio, had "refused, twice, to stop."',
  'The driver\'s sister said he was unarmed.',
].join('\n');

export function spanIn(text: string, needle: string) {
  const start = text.indexOf(needle);
  if (start < 0) throw new Error(`fixture text lacks ${needle}`);
  return { start, end: start + needle.length, text: needle };
}

const official = { name: 'Ray Quill', affiliation: 'Department of Public Safety', role: 'official' as const };
const family = { name: 'the driver\'s sister', affiliation: null, role: 'family' as const };

export function makeDocument(n: number, url: string | null = `https://news.example/story-${n}`): DocumentView {
  const stat = spanIn(FIXTURE_TEXT, 'assaults on officers were up 700 percent since last year');
  const refused = spanIn(FIXTURE_TEXT, '"refused, twice, to stop."');
  const unarmed = spanIn(FIXTURE_TEXT, 'he was unarmed');
  return {
    id: `doc_${n}`, versionId: `ver_${n}`, title: `Van fired on, story ${n}`, url, outlet: 'Example Ledger', published: '2025-06-03',
    text: FIXTURE_TEXT, bodyStart: 0, updateNotes: [],
    attributions: [
      { id: `att_${n}_stat`, kind: 'indirect', source: spanIn(FIXTURE_TEXT, 'Ray Quill'), cue: null, content: { ...stat, fragments: [stat] }, speaker: official, sentence: 1 },
      { id: `att_${n}_refused`, kind: 'direct', source: null, cue: null, content: { ...refused, fragments: [refused] }, speaker: official, sentence: 2 },
      { id: `att_${n}_unarmed`, kind: 'indirect', source: null, cue: null, content: { ...unarmed, fragments: [unarmed] }, speaker: family, sentence: 3 },
    ],
    versions: [{ versionId: `ver_${n}`, ingestedAt: '2025-06-04T08:00:00Z', sha256: 'cd'.repeat(32) }],
  };
}

/** Incident n: located when n is even, with two claims whose text needs CSV quoting. */
export function makeIncident(n: number): ExportedIncident {
  const refused = spanIn(FIXTURE_TEXT, '"refused, twice, to stop."');
  const cmd = spanIn(FIXTURE_TEXT, '=cmd');
  const day = String(1 + (n % 28)).padStart(2, '0');
  return {
    id: `inc_${String(n).padStart(6, '0')}`, date: `2025-06-${day}`, datePrecision: 'day', time: null,
    city: n % 3 === 0 ? 'Brookvale' : 'Fernhill', state: 'OH', place: null,
    lat: n % 2 === 0 ? 40.1 + n / 1e6 : null, lon: n % 2 === 0 ? -82.9 - n / 1e6 : null,
    agencies: ['ICE', 'CBP'], persons: [{ name: `Person ${n}`, age: 30 + (n % 20), role: 'subject', outcome: 'injured', injuries: null }],
    charges: [], force: ['shooting'], footage: null,
    documents: [{ id: `doc_${n}`, versionId: `ver_${n}`, url: `https://news.example/story-${n}`, outlet: 'Example Ledger', title: `Van fired on, story ${n}`, published: '2025-06-03', primary: true }],
    claims: [
      { id: `clm_${n}_a`, facet: 'compliance', value: 'refused to stop', stance: 'refused', text: refused.text, speaker: official, side: 'officials', documentId: `doc_${n}`, versionId: `ver_${n}`, start: refused.start, end: refused.end, stage: 'extract@1' },
      { id: `clm_${n}_b`, facet: 'other', value: 'radio', stance: 'none', text: cmd.text, speaker: family, side: 'family', documentId: `doc_${n}`, versionId: `ver_${n}`, start: cmd.start, end: cmd.end, stage: 'extract@1' },
    ],
    contested: [],
  };
}

function summarize(incident: ExportedIncident): IncidentSummary {
  return {
    id: incident.id, date: incident.date, city: incident.city, state: incident.state,
    subject: incident.persons[0]?.name ?? null, agencies: incident.agencies,
    documentCount: incident.documents.length, claimCount: incident.claims.length, contestedCount: incident.contested.length,
  };
}

/**
 * A Queries over `count` generated incidents that never materialises them all: each page and each
 * incident is built when asked for. `q` keeps incidents whose city contains it. Records its calls.
 */
export function makeGeneratedQueries(count: number) {
  const calls = { pages: [] as { q?: string; limit: number; offset: number }[], incidents: 0 };
  const matches = (n: number, q?: string) => !q || makeIncident(n).city!.toLowerCase().includes(q.toLowerCase());
  const queries: Queries = {
    listIncidents(options) {
      calls.pages.push({ ...options });
      const items: IncidentSummary[] = [];
      let total = 0;
      for (let n = 0; n < count; n++) {
        if (!matches(n, options.q)) continue;
        if (total >= options.offset && items.length < options.limit) items.push(summarize(makeIncident(n)));
        total++;
      }
      return { total, items };
    },
    getIncident(id) {
      calls.incidents++;
      const n = Number(id.slice(4));
      return Number.isInteger(n) && n < count ? makeIncident(n) : null;
    },
    getDocument(id) {
      const n = Number(id.split('_')[1]);
      return Number.isInteger(n) && n < count ? makeDocument(n, n % 5 === 4 ? null : undefined) : null;
    },
  };
  return { queries, calls };
}
