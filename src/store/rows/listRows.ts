import type { IncidentPerson } from '../../domain/incident.js';
import type { IncidentListRow, SpeakerClaimRow } from '../Store.js';

/** What each store's read model gives the incidents page (see sqlite/readModel.ts, postgres/readModel.ts). */
export interface ReadModelTable {
  searchIncidentIds(q: string): string[];
  listIncidentRows(): IncidentListRow[];
  listClaimsBySpeaker(name: string): SpeakerClaimRow[];
  /** The store_generation counter (migration 005). */
  readGeneration(): number;
}

/** A light incident row as both stores select it: JSON columns as text, counts computed. */
export interface ListRow {
  id: string;
  date: string | null;
  city: string | null;
  state: string | null;
  lat: number | null;
  lon: number | null;
  agencies: string;
  persons: string;
  force: string;
  contested_count: number;
  claim_count: number;
  document_count: number;
}

export function toListRow(row: ListRow): IncidentListRow {
  const persons = JSON.parse(row.persons) as IncidentPerson[];
  const subject = persons.find((p) => p.role === 'subject') ?? null;
  return Object.freeze({
    id: row.id,
    date: row.date,
    city: row.city,
    state: row.state,
    lat: row.lat,
    lon: row.lon,
    agencies: JSON.parse(row.agencies) as string[],
    force: JSON.parse(row.force) as string[],
    subject: subject ? { name: subject.name, outcome: subject.outcome } : null,
    contestedCount: row.contested_count,
    claimCount: row.claim_count,
    documentCount: row.document_count,
  });
}
