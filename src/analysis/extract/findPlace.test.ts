import { describe, expect, it } from 'vitest';
import type { PlaceMention } from '../../domain/analysis.js';
import type { ParsedDocument } from '../../domain/document.js';
import { analyseText } from '../../nlp/analyseText.js';
import { describeSentences } from './describeSentences.js';
import { findPlace } from './findPlace.js';

// Invented texts. The title stands before the body, as the text format writes it.
function placeOf(title: string, body: string, field: 'city' | 'place' = 'city'): string | null {
  const text = `${title}\n\n${body}`;
  const doc: ParsedDocument = { kind: 'parsed-document', format: 'text', sha256: 'x', byteLength: text.length, text, bodyStart: title.length + 2, metadata: { title, url: null, outlet: null, author: null, published: '2026-01-10', modified: null }, anchor: { kind: 'explicit', date: '2026-01-10', span: null }, updateNotes: [] };
  const { analysis } = analyseText(text, { anchorDate: '2026-01-10', bodyStart: doc.bodyStart });
  const sentences = describeSentences(doc, analysis);
  const headline = analysis.mentions.filter((m): m is PlaceMention => m.kind === 'place' && m.end <= title.length);
  const found = findPlace(sentences, new Set(sentences.map((s) => s.index)), headline);
  return field === 'city' ? (found.city?.city ?? null) : (found.place?.place ?? null);
}

describe('findPlace', () => {
  it('leaves out where another occasion happened, and then takes the headline\'s city', () => {
    const body = 'The officer fired three times at Dana Whitlock on Jan. 7. A spokesperson said the officer had been dragged by a car during a June arrest in Bloomington.';
    expect(placeOf('What the videos show about the Minneapolis ICE shooting', body)).toBe('Minneapolis');
    expect(placeOf('What the videos show', body)).toBeNull();
  });

  it('prefers a city the text names to the headline\'s', () => {
    const body = 'The officer fired three times at Dana Whitlock in St. Paul on Jan. 7.';
    expect(placeOf('What the videos show about the Minneapolis ICE shooting', body)).toBe('St. Paul');
  });

  it('takes no county for the place when it only names an institution\'s reach', () => {
    const body = 'An officer shot and killed a man in Tucson on Jan. 7. Detectives will give their findings on the shooting to the Pima County district attorney.';
    expect(placeOf('Officer kills man', body, 'place')).toBeNull();
    expect(placeOf('Officer kills man', 'An officer shot and killed a man in Pima County on Jan. 7.', 'place')).toBe('Pima County');
  });
});
