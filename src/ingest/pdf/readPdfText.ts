import { extractText, getDocumentProxy, getMeta } from 'unpdf';
import type { StageRef } from '../../domain/stage.js';
import { ParallaxError } from '../../lib/errors.js';

export const PDF_STAGE: StageRef = Object.freeze({ name: 'pdf', version: 1 });

export interface PdfText {
  /** The text of each page, in order; a page with no text layer is an empty string. */
  readonly pages: readonly string[];
  readonly title: string | null;
  readonly author: string | null;
  /** YYYY-MM-DD from the PDF's creation date, when it has one. */
  readonly created: string | null;
}

export const MAX_PDF_BYTES = 50 * 1024 * 1024;

export function isPdf(raw: Uint8Array): boolean {
  // "%PDF-" may follow a few bytes of junk; readers accept it within the first kilobyte.
  return new TextDecoder('latin1').decode(raw.subarray(0, 1024)).includes('%PDF-');
}

/**
 * The text layer of a PDF, page by page (unpdf / pdf.js). Throws `unsupported_format` when the
 * bytes are not a readable PDF, and `empty_document` when no page has a text layer (a scan, which
 * needs OCR first): such a PDF is reported, never stored as an empty document.
 */
export async function readPdfText(raw: Uint8Array): Promise<PdfText> {
  if (raw.length > MAX_PDF_BYTES) throw new ParallaxError('bad_input', `The PDF is larger than ${MAX_PDF_BYTES / 1024 / 1024} MB.`, { byteLength: raw.length });
  if (!isPdf(raw)) throw new ParallaxError('unsupported_format', 'The file is not a PDF.');
  let pages: string[];
  let info: Record<string, unknown>;
  try {
    // pdf.js takes ownership of the buffer it is given: hand it a copy.
    const doc = await getDocumentProxy(new Uint8Array(raw));
    pages = (await extractText(doc, { mergePages: false })).text;
    info = ((await getMeta(doc)).info ?? {}) as Record<string, unknown>;
  } catch (err) {
    throw new ParallaxError('unsupported_format', `The PDF cannot be read: ${err instanceof Error ? err.message : String(err)}`);
  }
  const cleaned = pages.map((p) => p.replace(/\f/g, '\n').replace(/[ \t]+\n/g, '\n').trim());
  if (cleaned.every((p) => p === '')) {
    throw new ParallaxError('empty_document', `The PDF has no text layer on any of its ${pages.length} page(s) (a scanned image?); run OCR on it first.`, { pages: pages.length });
  }
  return Object.freeze({ pages: Object.freeze(cleaned), title: textOf(info.Title), author: textOf(info.Author), created: dayOf(info.CreationDate) });
}

function textOf(value: unknown): string | null {
  return typeof value === 'string' && value.trim() ? value.trim().replace(/\s+/g, ' ') : null;
}

// PDF dates look like "D:20250405120000Z" (ISO 32000 §7.9.4).
function dayOf(value: unknown): string | null {
  const m = typeof value === 'string' ? /^(?:D:)?(\d{4})(\d{2})(\d{2})/.exec(value) : null;
  if (!m) return null;
  const day = `${m[1]}-${m[2]}-${m[3]}`;
  const d = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === day ? day : null;
}
