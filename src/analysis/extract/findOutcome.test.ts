import { describe, expect, it } from 'vitest';
import type { ParsedDocument } from '../../domain/document.js';
import { analyseText } from '../../nlp/analyseText.js';
import { describeSentences } from './describeSentences.js';
import { loadForceVocab } from './forceVocab.js';
import { findOutcome, isAboutSubject } from './findOutcome.js';

// Invented sentences.
function outcomeOf(text: string): string {
  const doc: ParsedDocument = { kind: 'parsed-document', format: 'text', sha256: 'x', byteLength: text.length, text, bodyStart: 0, metadata: { title: null, url: null, outlet: null, author: null, published: '2026-01-24', modified: null }, anchor: { kind: 'explicit', date: '2026-01-24', span: null }, updateNotes: [] };
  const { analysis } = analyseText(text, { anchorDate: '2026-01-24' });
  const vocab = loadForceVocab();
  return findOutcome(describeSentences(doc, analysis).filter((s) => isAboutSubject(s, vocab)), vocab).outcome;
}

describe('findOutcome', () => {
  it('reads how a person called by an occupation fared ("a 37-year-old intensive-care nurse")', () => {
    expect(outcomeOf('Federal agents shot and killed a 37-year-old intensive-care nurse on Saturday.')).toBe('killed');
    expect(outcomeOf('Federal agents shot and wounded a veteran on Saturday.')).toBe('injured');
  });

  it('leaves the officer\'s own wounds out', () => {
    expect(outcomeOf('The agent was treated for cuts on Saturday.')).toBe('unknown');
  });
});
