import { z } from 'zod';
import washingtonPost from '../../../vocab/mappings/washington-post.json' with { type: 'json' };
import { ParallaxError } from '../../lib/errors.js';

const column = z.string().regex(/^[A-Za-z0-9_]+$/);

const mappingSchema = z.object({
  name: z.string().regex(/^[a-z0-9-]+$/),
  label: z.string().min(1),
  /** Every column the dataset has, in its order; an export writes them back in this order. */
  columns: z.array(column).min(1),
  idColumn: column,
  /** Which column holds each incident field; a field left out is not in the dataset. */
  fields: z.object({
    date: column.optional(),
    city: column.optional(),
    state: column.optional(),
    place: column.optional(),
    lat: column.optional(),
    lon: column.optional(),
    subjectName: column.optional(),
    subjectAge: column.optional(),
  }),
  /** What every row of the dataset shares (a fatal-force dataset: every subject was killed). */
  constants: z.object({
    outcome: z.enum(['killed', 'injured', 'uninjured', 'unknown']).default('unknown'),
    force: z.array(z.string()).default([]),
    agencies: z.array(z.string()).default([]),
  }),
  /** A column whose lower-cased values map to a footage value; other values mean nothing is known. */
  footage: z.object({ column, values: z.record(z.string(), z.string()) }).optional(),
});

export type CsvMapping = z.infer<typeof mappingSchema>;

/** Validates a mapping: every mapped column must be one of its columns. */
export function compileMapping(json: unknown): CsvMapping {
  const parsed = mappingSchema.safeParse(json);
  if (!parsed.success) throw new ParallaxError('bad_input', 'The CSV mapping is malformed.', { issues: parsed.error.issues.slice(0, 5) });
  const mapping = parsed.data;
  const used = [mapping.idColumn, ...Object.values(mapping.fields), mapping.footage?.column].filter((c): c is string => Boolean(c));
  const unknown = used.filter((c) => !mapping.columns.includes(c));
  if (unknown.length) throw new ParallaxError('bad_input', `The CSV mapping "${mapping.name}" maps columns it does not list: ${unknown.join(', ')}.`, { unknown });
  return Object.freeze(mapping);
}

const BUNDLED: Readonly<Record<string, unknown>> = { 'washington-post': washingtonPost };
const compiled = new Map<string, CsvMapping>();

/** The bundled mappings (vocab/mappings/*.json), by name. */
export function listMappingNames(): string[] {
  return Object.keys(BUNDLED);
}

export function loadMapping(name: string): CsvMapping {
  const json = BUNDLED[name];
  if (!json) throw new ParallaxError('bad_argument', `No CSV mapping "${name}" (available: ${listMappingNames().join(', ')}).`, { mapping: name });
  if (!compiled.has(name)) compiled.set(name, compileMapping(json));
  return compiled.get(name)!;
}
