import type { ExportedIncident } from '../../domain/exportContract.js';
import { toCsvLine, type CsvValue } from './toCsvLine.js';

/** Lists inside a cell are joined with this, which no vocabulary value contains. */
export const LIST_SEPARATOR = '; ';

export const INCIDENT_CSV_COLUMNS = Object.freeze([
  'id', 'date', 'date_precision', 'time', 'city', 'state', 'place', 'lat', 'lon', 'agencies',
  'subjects', 'subject_ages', 'outcomes', 'charges', 'force', 'footage', 'documents', 'claims',
  'contested', 'urls',
] as const);

function toRow(incident: ExportedIncident): CsvValue[] {
  const subjects = incident.persons.filter((p) => p.role === 'subject');
  const join = (values: readonly (string | number | null)[]) => values.map((v) => (v === null ? '' : String(v))).join(LIST_SEPARATOR);
  return [
    incident.id, incident.date, incident.datePrecision, incident.time, incident.city, incident.state, incident.place,
    incident.lat, incident.lon, join(incident.agencies), join(subjects.map((p) => p.name)), join(subjects.map((p) => p.age)),
    join(subjects.map((p) => p.outcome)), join(incident.charges), join(incident.force), incident.footage,
    incident.documents.length, incident.claims.length, join(incident.contested.map((c) => c.facet)),
    join(incident.documents.map((d) => d.url).filter((u): u is string => u !== null)),
  ];
}

/** CSV, one row per incident, header first. */
export function* streamIncidentCsv(incidents: Iterable<ExportedIncident>): Generator<string> {
  yield toCsvLine(INCIDENT_CSV_COLUMNS);
  for (const incident of incidents) yield toCsvLine(toRow(incident));
}
