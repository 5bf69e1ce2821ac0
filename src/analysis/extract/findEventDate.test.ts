import { describe, expect, it } from 'vitest';
import type { ParsedDocument } from '../../domain/document.js';
import { analyseText } from '../../nlp/analyseText.js';
import { describeSentences } from './describeSentences.js';
import { findEventDate } from './findEventDate.js';

// Invented texts.
function dateOf(text: string, anchor: string): string | null {
  const doc: ParsedDocument = { kind: 'parsed-document', format: 'text', sha256: 'x', byteLength: text.length, text, bodyStart: 0, metadata: { title: null, url: null, outlet: null, author: null, published: anchor, modified: null }, anchor: { kind: 'explicit', date: anchor, span: null }, updateNotes: [] };
  const { analysis } = analyseText(text, { anchorDate: anchor });
  return findEventDate(describeSentences(doc, analysis), text, anchor).date;
}

describe('findEventDate', () => {
  it("takes the narration's date before one inside someone's quoted words", () => {
    const text = 'An off-duty officer shot and killed a man late on New Year\u2019s Eve, police said. "Everybody shoots on New Year\u2019s," a neighbor said.';
    expect(dateOf(text, '2026-01-02')).toBe('2025-12-31');
  });

  it('still takes a quoted date when the narration gives none', () => {
    expect(dateOf('"The agent fired on Monday," her lawyer said.', '2026-01-09')).toBe('2026-01-05');
  });
});
