import { createReadStream, createWriteStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { once } from 'node:events';
import type { Attribution } from '../domain/attribution.js';
import type { ExportedAttributionLine } from '../domain/exportContract.js';
import { ParallaxError } from '../lib/errors.js';
import { analyseText } from '../nlp/analyseText.js';

export interface AttributeJsonlSummary {
  readonly documents: number;
  readonly attributions: number;
  readonly seconds: number;
}

/**
 * `parallax attribute`: one JSON object per input line ({id, text, published?}), one line out per
 * line in, in the same order. A line that is not valid JSON or lacks id/text is a `bad_input`
 * error naming its line number.
 */
export async function attributeJsonl(inputPath: string, outputPath: string): Promise<AttributeJsonlSummary> {
  const started = Date.now();
  const input = createInterface({ input: createReadStream(inputPath, 'utf8'), crlfDelay: Infinity });
  const output = outputPath === '-' ? process.stdout : createWriteStream(outputPath, 'utf8');
  let documents = 0;
  let attributions = 0;
  let lineNo = 0;
  try {
    for await (const line of input) {
      lineNo++;
      if (!line.trim()) continue;
      const { id, text, published } = parseLine(line, lineNo);
      const result = attributeOne(id, text, published);
      documents++;
      attributions += result.attributions.length;
      if (!output.write(`${JSON.stringify(result)}\n`)) await once(output, 'drain');
    }
  } finally {
    if (output !== process.stdout) await new Promise<void>((resolve) => (output as NodeJS.WritableStream).end(resolve));
  }
  return { documents, attributions, seconds: (Date.now() - started) / 1000 };
}

export function attributeOne(id: string, text: string, published: string | null): ExportedAttributionLine {
  const { attributions } = analyseText(text, { anchorDate: published });
  return { id, attributions: attributions.map(toLine) };
}

function toLine(a: Attribution): ExportedAttributionLine['attributions'][number] {
  const span = (s: { start: number; end: number; text: string }) => ({ start: s.start, end: s.end, text: s.text });
  return {
    kind: a.kind,
    speaker: a.speaker,
    source: a.source ? span(a.source) : null,
    cue: a.cue ? span(a.cue) : null,
    content: { ...span(a.content), fragments: a.content.fragments.map(span) },
  };
}

function parseLine(line: string, lineNo: number): { id: string; text: string; published: string | null } {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    throw new ParallaxError('bad_input', `Line ${lineNo} is not valid JSON.`, { line: lineNo });
  }
  const obj = value as Record<string, unknown>;
  if (!obj || typeof obj !== 'object' || (typeof obj.id !== 'string' && typeof obj.id !== 'number') || typeof obj.text !== 'string') {
    throw new ParallaxError('bad_input', `Line ${lineNo} needs an "id" and a "text" string.`, { line: lineNo });
  }
  const meta = obj.meta as Record<string, unknown> | undefined;
  const stated = obj.published ?? meta?.publication_date;
  const published = typeof stated === 'string' && /^\d{4}-\d{2}-\d{2}/.test(stated) ? stated.slice(0, 10) : null;
  return { id: String(obj.id), text: obj.text, published };
}
