import type { IncidentList, IncidentSummary } from '../services/queries.js';

export interface IncidentListPage {
  readonly total: number;
  readonly items: readonly IncidentSummary[];
  readonly limit: number;
  readonly offset: number;
}

/** Echoes the effective paging back so a client never has to guess the defaults. */
export function presentIncidentList(list: IncidentList, paging: { readonly limit: number; readonly offset: number }): IncidentListPage {
  return { total: list.total, items: list.items, limit: paging.limit, offset: paging.offset };
}
