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

export function toCandidate(row: IncidentRow): IncidentCandidateRow {
  const incident = toIncident(row);
  return Object.freeze({
    id: incident.id,
    date: incident.date,
    datePrecision: incident.datePrecision,
    city: incident.city,
    state: incident.state,
    place: incident.place,
    subjectNames: incident.persons.filter((p) => p.role === 'subject').map((p) => p.name),
    agencies: incident.agencies,
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
