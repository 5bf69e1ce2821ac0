import type { Speaker } from '../../domain/attribution.js';
import type { Side } from '../../domain/roles.js';
import type { Store } from '../../store/Store.js';
import type { DocumentView } from '../queries.js';
import { applyReview, maskTerms, withheldTerms, type ReviewedIncident } from '../review/applyReview.js';
import { readFieldPath } from '../review/fieldPaths.js';
import { createQueries } from './createQueries.js';
import type { Viewer } from '../review/viewer.js';
import { presentIncident } from './presentIncident.js';
import { createSearchCache } from './createSearchCache.js';
import type { IncidentQuery, IncidentSearchResult } from './searchIncidents.js';

/** One statement of a speaker, with where and when it was published. */
export interface SpeakerStatement {
  readonly claimId: string;
  readonly incidentId: string;
  readonly incident: { readonly date: string | null; readonly city: string | null; readonly state: string | null };
  readonly documentId: string;
  readonly versionId: string;
  readonly published: string | null;
  readonly facet: string;
  readonly value: string;
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly side: Side;
  readonly speaker: Speaker | null;
}

export interface SpeakerView {
  readonly name: string;
  readonly statements: readonly SpeakerStatement[];
}

/** The viewer-aware read side used by the web UI: search with facets, reviewed incidents, speakers. */
export interface ReadModel {
  searchIncidents(query: IncidentQuery, viewer: Viewer): IncidentSearchResult;
  getIncident(id: string, viewer: Viewer): ReviewedIncident | null;
  getSpeaker(name: string, viewer: Viewer): SpeakerView;
  /** A document version with the words of private fields of its incidents masked for viewers who may not see them. */
  getDocument(idOrVersionId: string, viewer: Viewer): DocumentView | null;
}

export function createReadModel(store: Store): ReadModel {
  function getIncident(id: string, viewer: Viewer): ReviewedIncident | null {
    const record = store.getIncident(id);
    if (!record) return null;
    return applyReview(
      presentIncident(store, record),
      { decisions: store.listReviewDecisions(id), visibility: store.listVisibility(id), audit: store.listAudit(id) },
      viewer,
    );
  }
  const queries = createQueries(store);
  const search = createSearchCache(store);

  /** Terms withheld from anonymous viewers by any incident the version speaks about. */
  function termsFor(versionId: string): string[] {
    const incidentIds = new Set(store.listDrafts(versionId).map((d) => d.incidentId).filter((id): id is string => id !== null));
    const terms: string[] = [];
    for (const id of incidentIds) {
      const rules = store.listVisibility(id).filter((r) => r.visibility === 'private' && r.field !== null);
      const record = rules.length ? store.getIncident(id) : null;
      if (record) for (const r of rules) terms.push(...withheldTerms(r.field as string, readFieldPath(record, r.field as string)));
    }
    return terms;
  }

  return {
    getDocument(id, viewer) {
      const view = queries.getDocument(id);
      if (!view || viewer.canSeePrivate) return view;
      const terms = termsFor(view.versionId);
      if (!terms.length) return view;
      const mask = (text: string) => maskTerms(text, terms);
      const span = <T extends { text: string } | null>(s: T): T => (s ? { ...s, text: mask(s.text) } : s);
      // Masking keeps lengths, so every offset into the text still points at the same place.
      return {
        ...view,
        title: view.title === null ? null : mask(view.title),
        text: mask(view.text),
        attributions: view.attributions.map((a) => ({
          ...a,
          source: span(a.source),
          cue: span(a.cue),
          content: { ...a.content, text: mask(a.content.text), fragments: a.content.fragments.map(span) },
          speaker: a.speaker ? { ...a.speaker, name: mask(a.speaker.name), affiliation: a.speaker.affiliation === null ? null : mask(a.speaker.affiliation) } : null,
        })),
      };
    },
    searchIncidents: search,
    getIncident,
    getSpeaker(name, viewer) {
      const rows = store.listClaimsBySpeaker(name);
      // Read each incident once, as this viewer sees it: private ones vanish, reassigned quotes move.
      const incidents = new Map<string, ReviewedIncident | null>();
      const statements: SpeakerStatement[] = [];
      for (const { claim, published } of rows) {
        if (!incidents.has(claim.incidentId)) incidents.set(claim.incidentId, getIncident(claim.incidentId, viewer));
        const seen = incidents.get(claim.incidentId);
        const shown = seen?.incident.claims.find((c) => c.id === claim.id);
        if (!seen || !shown || shown.speaker?.name !== name) continue;
        statements.push({
          claimId: shown.id,
          incidentId: claim.incidentId,
          incident: { date: seen.incident.date, city: seen.incident.city, state: seen.incident.state },
          documentId: shown.documentId,
          versionId: shown.versionId,
          published,
          facet: shown.facet,
          value: shown.value,
          text: shown.text,
          start: shown.start,
          end: shown.end,
          side: shown.side,
          speaker: shown.speaker,
        });
      }
      return { name, statements };
    },
  };
}
