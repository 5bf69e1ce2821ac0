import { describe, expect, it } from 'vitest';
import { makePdf } from './pdfFixtures.js';
import { pageAt } from './pageAt.js';
import { readPdfText } from './readPdfText.js';
import { renderPdfText } from './renderPdfText.js';

const PAGES = [
  ['COMPLAINT FOR DAMAGES', 'Plaintiff alleges that an agent fired three shots.'],
  null,
  ['The agent had holstered his weapon (see Exhibit 2), the complaint says.'],
];

describe('readPdfText', () => {
  it('reads the text layer page by page with the PDF metadata', async () => {
    const pdf = await readPdfText(makePdf(PAGES, { title: 'Complaint, Doe v. Roe', created: '2025-04-05' }));
    expect(pdf.pages).toHaveLength(3);
    expect(pdf.pages[0]).toContain('fired three shots');
    expect(pdf.pages[1]).toBe('');
    expect(pdf.pages[2]).toContain('(see Exhibit 2)');
    expect(pdf.title).toBe('Complaint, Doe v. Roe');
    expect(pdf.created).toBe('2025-04-05');
  });

  it('reports a PDF with no text layer as such', async () => {
    await expect(readPdfText(makePdf([null, null]))).rejects.toMatchObject({ code: 'empty_document', message: expect.stringMatching(/no text layer/) });
  });

  it('refuses bytes that are not a readable PDF', async () => {
    await expect(readPdfText(new TextEncoder().encode('plain words'))).rejects.toMatchObject({ code: 'unsupported_format' });
    await expect(readPdfText(new TextEncoder().encode('%PDF-1.4\ngarbage'))).rejects.toMatchObject({ code: 'unsupported_format' });
  });
});

describe('renderPdfText / pageAt', () => {
  it('keeps the pages so every offset maps to the page it came from', async () => {
    const pdf = await readPdfText(makePdf(PAGES, { title: 'Complaint' }));
    const text = renderPdfText(pdf, 'complaint.pdf');
    expect(text.startsWith('Title: Complaint\n')).toBe(true);
    expect(pageAt(text, text.indexOf('fired three shots'))).toBe(1);
    expect(pageAt(text, text.indexOf('holstered'))).toBe(3);
    expect(pageAt('no pages here', 5)).toBe(1);
  });
});
