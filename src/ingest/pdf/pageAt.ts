import { PAGE_BREAK } from './renderPdfText.js';

/**
 * The 1-based page of a PDF-derived text that holds `offset` (the number of page breaks before it,
 * plus one). For a text with no page breaks every offset is on page 1.
 */
export function pageAt(text: string, offset: number): number {
  let page = 1;
  for (let i = text.indexOf(PAGE_BREAK); i !== -1 && i < offset; i = text.indexOf(PAGE_BREAK, i + 1)) page++;
  return page;
}

/** Whether a stored text came from a paged source (it holds page breaks). */
export function hasPages(text: string): boolean {
  return text.includes(PAGE_BREAK);
}
