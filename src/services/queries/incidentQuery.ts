import type { ReviewStatus } from '../review/applyReview.js';
import type { Tracker } from './loadTrackers.js';

export const FACETS = ['state', 'agency', 'outcome', 'force', 'month', 'review', 'contested'] as const;
export type FacetName = (typeof FACETS)[number];

export const SORTS = ['date_desc', 'date_asc', 'contested', 'documents', 'place'] as const;
export type SortName = (typeof SORTS)[number];

export interface IncidentQuery {
  readonly q?: string;
  readonly filters?: Partial<Readonly<Record<FacetName, readonly string[]>>>;
  readonly tracker?: string;
  readonly sort?: SortName;
  readonly limit: number;
  readonly offset: number;
}

export interface IncidentListItem {
  readonly id: string;
  readonly date: string | null;
  readonly city: string | null;
  readonly state: string | null;
  /** The subject's name; null when there is no subject, when no document names them, or when it is withheld from this viewer. */
  readonly subject: string | null;
  /** Whether the subject is named (true even when the name is withheld), not named by any document (false), or there is none (null). */
  readonly subjectNamed: boolean | null;
  readonly outcome: string | null;
  readonly agencies: readonly string[];
  readonly force: readonly string[];
  readonly documentCount: number;
  readonly claimCount: number;
  readonly contestedCount: number;
  readonly review: ReviewStatus;
}

export interface FacetCount {
  readonly value: string;
  readonly count: number;
}

/**
 * Incidents placed on the map (buildUsMap's box): at their coordinates, else at their state's
 * centre. Incidents that land on the same spot (within a few units) share one point, so ten
 * thousand incidents stay a light map; `id` is the first of them.
 */
export interface MapPoint {
  readonly id: string;
  readonly count: number;
  readonly x: number;
  readonly y: number;
  /** true when placed at the state's centre for want of coordinates. */
  readonly approximate: boolean;
  readonly state: string | null;
  readonly city: string | null;
  readonly date: string | null;
}

export interface IncidentSearchResult {
  readonly total: number;
  readonly items: readonly IncidentListItem[];
  /** Counts for each facet over the incidents matching every other filter (so choices never lead to nothing). */
  readonly facets: Readonly<Record<FacetName, readonly FacetCount[]>>;
  /** Every matching incident with a place, for the map. */
  readonly points: readonly MapPoint[];
  /** Matching incidents per week (the Monday starting it), oldest first. */
  readonly weeks: readonly FacetCount[];
  readonly trackers: readonly Pick<Tracker, 'id' | 'label' | 'description'>[];
}
