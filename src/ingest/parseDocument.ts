import type { DocumentFormat, ParsedDocument } from '../domain/document.js';
import type { StageRef } from '../domain/stage.js';
import { ParallaxError } from '../lib/errors.js';
import { sha256Hex } from '../lib/hash.js';
import { chooseAnchor } from './anchor/chooseAnchor.js';
import { findDateline } from './anchor/findDateline.js';
import { validateIsoDay } from './dates/calendar.js';
import { decodeBytes } from './decodeBytes.js';
import { detectFormat, parseContentType } from './detectFormat.js';
import type { ExtractedDocument } from './extractedDocument.js';
import { MAX_HTML_CHARS } from './html/checkHtmlLimits.js';
import { parseHtmlDocument } from './html/parseHtmlDocument.js';
import { sniffHtmlCharset } from './html/sniffHtmlCharset.js';
import { normalizeUrl } from './normalizeUrl.js';
import { findUpdateNotes } from './notes/findUpdateNotes.js';
import { parseTextDocument } from './text/parseTextDocument.js';

export const INGEST_STAGE: StageRef = Object.freeze({ name: 'ingest', version: 1 });

export interface ParseDocumentOptions {
  readonly fileName?: string | null;
  readonly contentType?: string | null;
  /** YYYY-MM-DD that overrides every other anchor (the user knows better). */
  readonly published?: string | null;
  /** Where the bytes came from; used when the document does not state its own URL. */
  readonly url?: string | null;
}

function validatePublished(published: string | null | undefined): string | null {
  if (published === null || published === undefined || published === '') return null;
  const day = validateIsoDay(published.trim());
  if (!day) throw new ParallaxError('bad_argument', `The published date "${published}" is not a real date in YYYY-MM-DD form.`, { published });
  return day;
}

// A text larger than this is not an article, a statement or a filing; analysing it would hold the
// pipeline for minutes (a 100 MB single line is the classic hostile input).
export const MAX_TEXT_BYTES = 5 * 1024 * 1024;

function extract(raw: Uint8Array, format: DocumentFormat, contentType: string | null, url: string | null): ExtractedDocument {
  const declared = parseContentType(contentType).charset;
  if (format === 'text' && raw.length > MAX_TEXT_BYTES) {
    throw new ParallaxError('bad_input', `The text document is larger than ${MAX_TEXT_BYTES / 1024 / 1024} MB.`, { byteLength: raw.length });
  }
  if (format === 'text') return parseTextDocument(decodeBytes(raw, declared));
  if (raw.length > MAX_HTML_CHARS) {
    throw new ParallaxError('bad_input', `The HTML page is larger than ${MAX_HTML_CHARS / 1024 / 1024} MB.`, { byteLength: raw.length });
  }
  return parseHtmlDocument(decodeBytes(raw, declared ?? sniffHtmlCharset(raw)), url);
}

/**
 * Bytes → ParsedDocument, for plain text and HTML. The format comes from the file name, then the
 * content type, then a sniff; the text is decoded strictly (bad bytes and NULs are errors); the
 * hash is of the raw bytes. The anchor is the strongest date evidence available (see chooseAnchor).
 * Throws ParallaxError: bad_input, empty_document, unsupported_format, bad_argument.
 */
export function parseDocument(raw: Uint8Array, options: ParseDocumentOptions = {}): ParsedDocument {
  const explicit = validatePublished(options.published);
  const fallbackUrl = normalizeUrl(options.url);
  if (raw.length === 0) throw new ParallaxError('empty_document', 'The document is empty.');
  const format = detectFormat(raw, options.fileName ?? null, options.contentType ?? null);
  const extracted = extract(raw, format, options.contentType ?? null, fallbackUrl);
  if (extracted.text.length > MAX_TEXT_BYTES) {
    throw new ParallaxError('bad_input', `The document's text is longer than ${MAX_TEXT_BYTES / 1024 / 1024} M characters.`, { length: extracted.text.length });
  }
  const updateNotes = findUpdateNotes(extracted.text, extracted.bodyStart, extracted.metadata.published);
  const anchor = chooseAnchor({
    explicit,
    stated: extracted.stated,
    updateNotes,
    dateline: findDateline(extracted.text, extracted.bodyStart),
  });
  return Object.freeze({
    kind: 'parsed-document',
    format,
    sha256: sha256Hex(raw),
    byteLength: raw.length,
    text: extracted.text,
    bodyStart: extracted.bodyStart,
    metadata: Object.freeze({ ...extracted.metadata, url: extracted.metadata.url ?? fallbackUrl }),
    anchor,
    updateNotes: Object.freeze(updateNotes),
  });
}
