import type { PdfText } from './readPdfText.js';

/** Pages are separated by a form feed, as pdftotext does: the text itself carries the page map. */
export const PAGE_BREAK = '\f';

/**
 * A PDF as a plain-text document: a header block (title, publication date from the PDF's own
 * metadata when it has them, the source file) and then the pages in order, each after a form feed
 * but the first. Every offset into this text maps to its page through `pageAt`, so a claim read
 * from a complaint can cite "p. 3". Header values are single lines.
 */
export function renderPdfText(pdf: PdfText, sourceName: string): string {
  const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();
  const header = [`Title: ${oneLine(pdf.title ?? sourceName)}`];
  if (pdf.created) header.push(`Published: ${pdf.created}`);
  if (pdf.author) header.push(`Author: ${oneLine(pdf.author)}`);
  header.push(`File: ${oneLine(sourceName)} (PDF, ${pdf.pages.length} page${pdf.pages.length === 1 ? '' : 's'})`);
  return `${header.join('\n')}\n\n${pdf.pages.join(`\n${PAGE_BREAK}`)}\n`;
}
