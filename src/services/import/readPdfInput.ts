import { basename } from 'node:path';
import { readPdfText } from '../../ingest/pdf/readPdfText.js';
import { renderPdfText } from '../../ingest/pdf/renderPdfText.js';
import type { IngestInput } from '../ingest/ingestDocument.js';

/**
 * A PDF made ready for the (synchronous) ingest pipeline: its text layer rendered as a text
 * document whose pages are kept as form feeds (src/ingest/pdf/pageAt.ts maps any span to its page).
 * The stored hash is that of the rendered text, so the same PDF twice is stored once.
 * Throws `empty_document` for a PDF without a text layer, `unsupported_format` for an unreadable one.
 */
export async function readPdfInput(raw: Uint8Array, source: { path?: string | null; url?: string | null; published?: string | null }): Promise<IngestInput> {
  const pdf = await readPdfText(raw);
  const name = source.path ? basename(source.path) : source.url ? decodeURIComponent(new URL(source.url).pathname.split('/').pop() || 'document.pdf') : 'document.pdf';
  return {
    raw: new TextEncoder().encode(renderPdfText(pdf, name)),
    fileName: `${name}.txt`,
    contentType: 'text/plain; charset=utf-8',
    url: source.url ?? null,
    published: source.published ?? null,
    sourcePath: source.path ?? null,
  };
}
