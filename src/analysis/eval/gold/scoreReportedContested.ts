import type { ExportedContested } from '../../../domain/exportContract.js';
import type { GoldIncident } from './goldTypes.js';
import { mapFacets, type FacetVocabulary } from './scoreGoldContested.js';

export interface ReportedContestedCheck {
  readonly facet: string;
  /** True when the gold names this facet as contested or as a discrepancy between outlets. */
  readonly ok: boolean;
}

/**
 * Precision side of contested points: each contested point Parallax reports for an incident is
 * right when the gold incident it was matched to lists that facet, either as a contested point or
 * as a discrepancy between outlets (both are disagreements a reader must see). A point reported on
 * an incident that matches no gold incident is wrong: `gold` is null then.
 */
export function scoreReportedContested(gold: GoldIncident | null, reported: readonly ExportedContested[], facets: readonly FacetVocabulary[]): ReportedContestedCheck[] {
  const wanted = new Set([...(gold?.contested ?? []), ...(gold?.discrepancies ?? [])].flatMap((g) => mapFacets(g.facet, facets)));
  return reported.map((point) => Object.freeze({ facet: point.facet, ok: wanted.has(point.facet) }));
}
