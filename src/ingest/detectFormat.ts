import { ParallaxError } from '../lib/errors.js';
import type { DocumentFormat } from '../domain/document.js';

const EXTENSION_FORMATS: Readonly<Record<string, DocumentFormat>> = Object.freeze({
  '.txt': 'text', '.text': 'text', '.md': 'text', '.html': 'html', '.htm': 'html', '.xhtml': 'html',
});

const CONTENT_TYPE_FORMATS: Readonly<Record<string, DocumentFormat>> = Object.freeze({
  'text/plain': 'text', 'text/markdown': 'text', 'text/x-markdown': 'text', 'text/html': 'html', 'application/xhtml+xml': 'html',
});

/** The lower-cased extension of a file name ("a/b.HTML" → ".html"), or null. */
export function extensionOf(fileName: string): string | null {
  const base = fileName.split(/[\\/]/).pop() ?? '';
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot).toLowerCase() : null;
}

/** "text/html; charset=ISO-8859-1" → { mediaType: "text/html", charset: "iso-8859-1" }. */
export function parseContentType(contentType: string | null | undefined): { mediaType: string | null; charset: string | null } {
  if (!contentType) return { mediaType: null, charset: null };
  const [media, ...params] = contentType.split(';');
  const charsetParam = params.map((p) => p.trim()).find((p) => /^charset=/i.test(p));
  const charset = charsetParam ? charsetParam.slice(8).trim().replace(/^"|"$/g, '').toLowerCase() : null;
  return { mediaType: media.trim().toLowerCase() || null, charset: charset || null };
}

/** True when the bytes open like an HTML page (after a BOM, whitespace and comments). */
export function looksLikeHtml(head: Uint8Array): boolean {
  const start = new TextDecoder('utf-8').decode(head.subarray(0, 1024)).replace(/^\uFEFF/, '');
  const stripped = start.replace(/^(?:\s|<!--[\s\S]*?-->)*/, '').toLowerCase();
  return stripped.startsWith('<!doctype html') || stripped.startsWith('<html');
}

/**
 * Which parser reads the bytes: the file extension decides, then the content type, then a sniff.
 * A known extension or type we cannot read (a PDF) is refused rather than read as text.
 */
export function detectFormat(raw: Uint8Array, fileName: string | null, contentType: string | null): DocumentFormat {
  const extension = fileName ? extensionOf(fileName) : null;
  if (extension && EXTENSION_FORMATS[extension]) return EXTENSION_FORMATS[extension];
  const { mediaType } = parseContentType(contentType);
  if (mediaType) {
    const format = CONTENT_TYPE_FORMATS[mediaType];
    if (format) return format;
    throw new ParallaxError('unsupported_format', `Cannot read documents of type "${mediaType}".`, { contentType: mediaType, fileName });
  }
  if (looksLikeHtml(raw)) return 'html';
  if (extension) {
    throw new ParallaxError('unsupported_format', `Cannot read "${extension}" files; expected .txt, .text, .md, .html or .htm.`, { fileName });
  }
  return 'text';
}
