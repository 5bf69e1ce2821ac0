import type { FieldSource, IncidentDraft, IncidentPerson } from '../../domain/incident.js';
import { ParallaxError } from '../../lib/errors.js';
import type { CsvMapping } from './csvMapping.js';
import type { ImportedRecord } from './recordText.js';

function fail(column: string, value: string, why: string): never {
  throw new ParallaxError('bad_input', `Column ${column}: "${value.slice(0, 80)}" ${why}.`, { column, value: value.slice(0, 200) });
}

function isRealDay(value: string): boolean {
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

/**
 * The incident a dataset row describes, as one document's account of it: every field read from
 * the record's own text, so each fact points to the line it came from. Throws `bad_input` naming
 * the column when a value cannot be what its field needs (a date that is not a day, a latitude
 * off the globe…); an empty cell is simply unknown.
 */
export function recordToDraft(mapping: CsvMapping, record: ImportedRecord): IncidentDraft {
  const sources: FieldSource[] = [];
  const read = (field: keyof CsvMapping['fields'], sourceField: string = field): string | null => {
    const column = mapping.fields[field];
    const value = column ? (record.values[column] ?? '').trim() : '';
    if (!column || !value) return null;
    sources.push({ field: sourceField, span: record.spans[column] });
    return value;
  };
  const date = read('date');
  if (date && !(/^\d{4}-\d{2}-\d{2}$/.test(date) && isRealDay(date))) fail(mapping.fields.date!, date, 'is not a date in YYYY-MM-DD form');
  const state = read('state');
  if (state && !/^[A-Z]{2}$/.test(state)) fail(mapping.fields.state!, state, 'is not a two-letter state code');
  // Coordinates are checked so a broken row fails loudly; the incident's own come from its city
  // (the merge geocodes), while the record keeps the dataset's for a faithful export.
  const lat = readNumber(mapping.fields.lat, valueOf(mapping, record, 'lat'), 90);
  const lon = readNumber(mapping.fields.lon, valueOf(mapping, record, 'lon'), 180);
  if ((lat === null) !== (lon === null)) fail(mapping.fields.lat ?? 'lat', String(lat ?? lon), 'has no matching coordinate');
  const person = readPerson(mapping, read('subjectName', 'persons.0.name'), read('subjectAge', 'persons.0.age'));
  const footageColumn = mapping.footage?.column;
  const footage = footageColumn ? (mapping.footage!.values[(record.values[footageColumn] ?? '').trim().toLowerCase()] ?? null) : null;
  if (footage && footageColumn) sources.push({ field: 'footage', span: record.spans[footageColumn] });
  return Object.freeze({
    localIndex: 0,
    primary: true,
    date,
    datePrecision: date ? 'day' : 'unknown',
    time: null,
    city: read('city'),
    state,
    place: read('place'),
    agencies: mapping.constants.agencies,
    persons: person ? [person] : [],
    charges: [],
    force: mapping.constants.force,
    footage,
    claims: [],
    sources,
  });
}

function valueOf(mapping: CsvMapping, record: ImportedRecord, field: keyof CsvMapping['fields']): string | null {
  const column = mapping.fields[field];
  const value = column ? (record.values[column] ?? '').trim() : '';
  return value || null;
}

function readNumber(column: string | undefined, value: string | null, limit: number): number | null {
  if (value === null || !column) return null;
  const n = Number(value);
  if (!Number.isFinite(n) || Math.abs(n) > limit) fail(column, value, `is not a number between -${limit} and ${limit}`);
  return n;
}

function readPerson(mapping: CsvMapping, name: string | null, ageText: string | null): IncidentPerson | null {
  let age: number | null = null;
  if (ageText !== null) {
    age = Number(ageText);
    if (!Number.isInteger(age) || age < 0 || age > 120) fail(mapping.fields.subjectAge!, ageText, 'is not an age in whole years');
  }
  // A person is known by name: a nameless one would look like every other nameless one when
  // incidents are matched. The record keeps the age either way.
  if (name === null) return null;
  return { name, age, role: 'subject', outcome: mapping.constants.outcome, injuries: null };
}
