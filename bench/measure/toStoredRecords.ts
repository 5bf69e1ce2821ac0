import type { SyntheticArticle } from '../corpus/writeArticle.js';
import type { ClaimRecord, DocumentVersionRecord, IncidentRecord } from '../../src/domain/records.js';
import type { Side } from '../../src/domain/roles.js';
import { sha256Hex } from '../../src/lib/hash.js';
import { stableId } from '../../src/lib/ids.js';
import type { StoredDraft } from '../../src/store/Store.js';

/** Facet ids of vocab/facets.json that the synthetic claims spread over. */
const FACETS = ['vehicle_movement', 'reason_for_approach', 'justification_for_force', 'officer_conduct', 'wound_location', 'footage', 'age', 'criminal_charge'];
const SIDES: readonly Side[] = ['officials', 'witnesses', 'family', 'subject', 'outlet'];

export interface IncidentRecords {
  readonly versions: readonly DocumentVersionRecord[];
  readonly drafts: readonly StoredDraft[];
  readonly incident: IncidentRecord;
  readonly claims: readonly ClaimRecord[];
}

function sentencesOf(text: string, from: number): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const pattern = /[^\n]+?(?:[.?!][”"]?(?=\s|$)|$)/g;
  pattern.lastIndex = from;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    const lead = m[0].length - m[0].trimStart().length;
    if (m[0].trim().length > 20) out.push({ start: m.index + lead, end: m.index + m[0].length });
    if (m[0].length === 0) pattern.lastIndex++;
  }
  return out;
}

/**
 * The records ingesting these articles would store, built directly (no NLP) so a store can be
 * filled to 100,000 documents in minutes: one version and draft per article, one incident, and
 * `claimsPerDocument` claims per article, each a real sentence span of its text.
 */
export function toStoredRecords(articles: readonly SyntheticArticle[], claimsPerDocument: number): IncidentRecords {
  const facts = articles[0].incident;
  const incidentId = stableId('inc', facts.key);
  const versions: DocumentVersionRecord[] = [];
  const drafts: StoredDraft[] = [];
  const claims: ClaimRecord[] = [];
  for (const article of articles) {
    const sha256 = sha256Hex(article.text);
    const header = Object.fromEntries(article.text.slice(0, article.text.indexOf('\n\n')).split('\n').map((l) => [l.slice(0, l.indexOf(':')), l.slice(l.indexOf(':') + 2)]));
    const bodyStart = article.text.indexOf('\n\n') + 2;
    const version: DocumentVersionRecord = {
      id: stableId('ver', sha256), documentId: stableId('doc', header.URL), previousVersionId: null, sha256, format: 'text',
      text: article.text, bodyStart, title: header.Title, url: header.URL, outlet: header.Outlet, author: null,
      published: header.Published, anchor: { kind: 'explicit', date: header.Published, span: null }, updateNotes: [],
      sourcePath: null, ingestedAt: `${header.Published}T12:00:00.000Z`,
    };
    versions.push(version);
    drafts.push({
      versionId: version.id, documentId: version.documentId, localIndex: 0, incidentId, published: version.published,
      draft: { localIndex: 0, primary: true, date: facts.date, datePrecision: 'day', time: null, city: facts.place.city, state: facts.place.state, place: null, agencies: [facts.agency.short.toLowerCase()], persons: [], charges: [], force: [facts.force.noun], footage: null, claims: [], sources: [] },
    });
    sentencesOf(article.text, bodyStart).slice(0, claimsPerDocument).forEach((span, n) => {
      const side = SIDES[n % SIDES.length];
      claims.push({
        id: stableId('clm', incidentId, version.id, span.start), incidentId, versionId: version.id, documentId: version.documentId,
        facet: FACETS[n % FACETS.length], value: 'synthetic', stance: n % 2 ? 'toward_officers' : 'away_from_officers',
        text: article.text.slice(span.start, span.end), start: span.start, end: span.end,
        speaker: side === 'outlet' ? null : { name: side === 'officials' ? facts.official.full : facts.witness.full, affiliation: null, role: side === 'officials' ? 'official' : 'witness' },
        side, attributionId: null, stage: 'extract@1',
      });
    });
  }
  const incident: IncidentRecord = {
    id: incidentId, date: facts.date, datePrecision: 'day', time: null, city: facts.place.city, state: facts.place.state, place: facts.setting,
    lat: null, lon: null, agencies: [facts.agency.short.toLowerCase()],
    persons: [{ name: facts.subject.full, age: facts.subject.age, role: 'subject', outcome: 'injured', injuries: facts.wound }],
    charges: [], force: [facts.force.noun], footage: null, sources: [], contested: [], stage: 'bench@1',
  };
  return { versions, drafts, incident, claims };
}
