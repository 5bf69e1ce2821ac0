import { ParallaxError } from '../../lib/errors.js';

/** Incident fields a reviewer may correct or hide; provenance and claims are not "fields". */
export const REVIEWABLE_FIELDS = Object.freeze(['date', 'time', 'city', 'state', 'place', 'agencies', 'persons', 'charges', 'force', 'footage']);

const PATH = /^[a-z]+(?:\.(?:\d{1,3}|[a-z]+))*$/;

/** Splits "persons.0.age" into ['persons', 0, 'age'], refusing paths outside the reviewable fields. */
export function parseFieldPath(path: string): (string | number)[] {
  if (!PATH.test(path)) throw new ParallaxError('bad_argument', `"${path.slice(0, 80)}" is not a field path (like "date" or "persons.0.age").`, { field: path.slice(0, 80) });
  const parts = path.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p));
  if (!REVIEWABLE_FIELDS.includes(String(parts[0]))) {
    throw new ParallaxError('bad_argument', `"${parts[0]}" is not a reviewable field.`, { field: path, allowed: REVIEWABLE_FIELDS });
  }
  return parts;
}

/** The value at a path, or undefined when the path leads nowhere in this incident. */
export function readFieldPath(record: unknown, path: string): unknown {
  let node: unknown = record;
  for (const part of parseFieldPath(path)) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string | number, unknown>)[part];
  }
  return node;
}

/** Sets the value at a path in a plain (already copied) object; the path must exist. */
export function writeFieldPath(record: object, path: string, value: unknown): void {
  const parts = parseFieldPath(path);
  let node = record as Record<string | number, unknown>;
  for (const part of parts.slice(0, -1)) {
    const next = node[part];
    if (next === null || typeof next !== 'object') return;
    node = next as Record<string | number, unknown>;
  }
  const last = parts[parts.length - 1];
  if (last in node) node[last] = value;
}
