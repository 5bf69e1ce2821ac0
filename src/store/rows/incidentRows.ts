import type { IncidentRecord } from '../../domain/records.js';
import type { DateWindow, IncidentCandidateRow, IncidentDocumentRow } from '../Store.js';

/** Incident rows as both stores keep them, and how they become records (one mapping, two databases). */
export interface IncidentRow {
  id: string;
  date: string | null;
  date_precision: string;
  time: string | null;
  city: string | null;
  state: string | null;
  place: string | null;
  lat: number | null;
  lon: number | null;
  agencies: string;
  persons: string;
  charges: string;
  force: string;
  footage: string | null;
  sources: string;
  contested: string;
  stage: string;
}

export function toIncident(row: IncidentRow): IncidentRecord {
  return Object.freeze({
    id: row.id,
    date: row.date,
    datePrecision: row.date_precision as IncidentRecord['datePrecision'],
    time: row.time,
    city: row.city,
    state: row.state,
    place: row.place,
    lat: row.lat,
    lon: row.lon,
    agencies: JSON.parse(row.agencies),
    persons: JSON.parse(row.persons),
    charges: JSON.parse(row.charges),
    force: JSON.parse(row.force),
    footage: row.footage,
    sources: JSON.parse(row.sources),
    contested: JSON.parse(row.contested),
    stage: row.stage,
  });
}

/** The columns placement reads of an incident: the rest (claims' contested points, sources) can be large. */
export type CandidateRow = Pick<IncidentRow, 'id' | 'date' | 'date_precision' | 'city' | 'state' | 'place' | 'agencies' | 'persons'>;

/** The candidate columns in CandidateRow's order, for a SELECT list. */
export const CANDIDATE_COLUMNS = ['id', 'date', 'date_precision', 'city', 'state', 'place', 'agencies', 'persons'] as const;

export function toCandidate(row: CandidateRow): IncidentCandidateRow {
  const persons = JSON.parse(row.persons) as IncidentRecord['persons'];
  return Object.freeze({
    id: row.id,
    date: row.date,
    datePrecision: row.date_precision as IncidentRecord['datePrecision'],
    city: row.city,
    state: row.state,
    place: row.place,
    subjectNames: persons.flatMap((p) => (p.role === 'subject' && p.name !== null ? [p.name] : [])),
    agencies: JSON.parse(row.agencies),
  });
}

export interface IncidentTable {
  upsertIncident(incident: IncidentRecord): void;
  deleteIncident(id: string): void;
  getIncident(id: string): IncidentRecord | null;
  findIncidentCandidates(window: DateWindow, keys?: readonly string[]): IncidentCandidateRow[];
  listIncidentDocuments(incidentId: string): IncidentDocumentRow[];
  countIncidents(): number;
}
