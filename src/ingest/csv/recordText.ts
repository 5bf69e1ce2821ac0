import type { Span } from '../../domain/span.js';
import { makeSpan } from '../../lib/spans.js';
import { ParallaxError } from '../../lib/errors.js';

/**
 * An imported dataset row stored as a document: a marker line naming the mapping and the row's
 * external id, then one `column: value` line per column. The text is what a reader sees and what
 * every field's provenance span points into, and it can be read back into the exact row.
 */
export interface ImportedRecord {
  readonly mapping: string;
  readonly externalId: string;
  readonly values: Readonly<Record<string, string>>;
  /** Where each column's value sits in the text (an empty value has an empty span). */
  readonly spans: Readonly<Record<string, Span>>;
}

const MARKER = 'Parallax import record: ';
const MARKER_LINE = /^Parallax import record: ([a-z0-9-]+) (\S(?:.*\S)?)\n/;
const VALUE_LINE = /^([A-Za-z0-9_]+): (.*)$/;

// Values that would not survive a line of their own (line breaks, edge spaces, a leading quote) are written as JSON strings.
function encodeValue(value: string): string {
  const awkward = [...value].some((ch) => ch.charCodeAt(0) < 0x20 || ch === '\u2028' || ch === '\u2029') || /^\s|\s$|^"/.test(value);
  return awkward ? JSON.stringify(value) : value;
}

function decodeValue(raw: string): string {
  return raw.startsWith('"') ? (JSON.parse(raw) as string) : raw;
}

export function renderRecordText(mapping: { name: string; label: string; columns: readonly string[] }, externalId: string, values: Readonly<Record<string, string>>): string {
  if (!/^\S(?:.*\S)?$/.test(externalId) || /[\r\n]/.test(externalId)) throw new ParallaxError('bad_input', `The record id "${externalId}" is empty or spans lines.`, { externalId });
  const lines = [`${MARKER}${mapping.name} ${externalId}`, `Source: ${mapping.label}`, ''];
  for (const column of mapping.columns) lines.push(`${column}: ${encodeValue(values[column] ?? '')}`);
  return `${lines.join('\n')}\n`;
}

/** True when a document text is an imported record. */
export function isRecordText(text: string): boolean {
  return text.startsWith(MARKER) && MARKER_LINE.test(text);
}

/** Reads a record text back; null when the text is not one. */
export function readRecordText(text: string): ImportedRecord | null {
  const marker = MARKER_LINE.exec(text);
  if (!marker) return null;
  const values: Record<string, string> = {};
  const spans: Record<string, Span> = {};
  let offset = 0;
  let inBody = false;
  for (const line of text.split('\n')) {
    // Values start after the blank line that ends the marker and source lines.
    const match = inBody ? VALUE_LINE.exec(line) : null;
    if (line === '') inBody = true;
    if (match) {
      const start = offset + match[1].length + 2;
      values[match[1]] = decodeValue(match[2]);
      spans[match[1]] = makeSpan(text, start, start + match[2].length);
    }
    offset += line.length + 1;
  }
  return { mapping: marker[1], externalId: marker[2], values, spans };
}
