import type { DocumentMetadata } from '../../domain/document.js';
import { ParallaxError } from '../../lib/errors.js';
import type { StatedDate } from '../anchor/chooseAnchor.js';
import { parseDateValue } from '../dates/readDateAt.js';
import type { ExtractedDocument } from '../extractedDocument.js';
import { normalizeUrl } from '../normalizeUrl.js';
import { readBodyByline } from './readBodyByline.js';
import { readHeaderBlock } from './readHeaderBlock.js';

/**
 * A plain-text (or Markdown) document. `text` stays the whole file as read, header included, so
 * offsets match annotations counted over the file; the header only sets metadata and `bodyStart`.
 */
export function parseTextDocument(text: string): ExtractedDocument {
  const header = readHeaderBlock(text);
  const fields = header?.fields ?? {};
  const bodyStart = header ? header.bodyStart : text.length - text.trimStart().length;
  if (text.slice(bodyStart).trim() === '') {
    throw new ParallaxError('empty_document', header ? 'The document has a header but no body text.' : 'The document is empty.');
  }
  const published = fields.published ? parseDateValue(fields.published.text)?.date ?? null : null;
  const metadata: DocumentMetadata = Object.freeze({
    title: fields.title?.text ?? null,
    url: normalizeUrl(fields.url?.text),
    outlet: fields.outlet?.text ?? null,
    author: fields.author?.text ?? readBodyByline(text, bodyStart)?.text ?? null,
    published,
    modified: fields.modified ? parseDateValue(fields.modified.text)?.date ?? null : null,
  });
  const stated: StatedDate[] = published && fields.published ? [Object.freeze({ kind: 'header', date: published, span: fields.published })] : [];
  return Object.freeze({ text, bodyStart, metadata, stated: Object.freeze(stated) });
}
