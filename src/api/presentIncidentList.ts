import type { IncidentList, IncidentSummary } from '../services/queries.js';

export interface IncidentListPage {
  readonly total: number;
  /** Present (true) when `total` is where the count stopped, not every match. */
  readonly totalIsLowerBound?: true;
  readonly items: readonly IncidentSummary[];
  readonly limit: number;
  readonly offset: number;
}

/** Echoes the effective paging back so a client never has to guess the defaults. */
export function presentIncidentList(list: IncidentList, paging: { readonly limit: number; readonly offset: number }): IncidentListPage {
  const bound = list.totalIsLowerBound ? { totalIsLowerBound: true as const } : {};
  return { total: list.total, ...bound, items: list.items, limit: paging.limit, offset: paging.offset };
}
