import { sha256Hex } from './hash.js';

/**
 * A stable id: the same parts always give the same id, so re-ingesting or re-analysing the same
 * input never renames anything. `prefix` tells the kind of object (doc, ver, inc, clm, att).
 */
export function stableId(prefix: string, ...parts: ReadonlyArray<string | number | null>): string {
  const key = parts.map((p) => (p === null ? '\u0000' : String(p))).join('\u001f');
  return `${prefix}_${sha256Hex(key).slice(0, 16)}`;
}
