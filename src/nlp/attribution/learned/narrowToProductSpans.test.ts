import { describe, expect, it } from 'vitest';
import { makeSpan } from '../../../lib/spans.js';
import type { AttributionDraft } from '../attributionDraft.js';
import { narrowToProductSpans } from './narrowToProductSpans.js';

function draftOver(text: string, piece: string): AttributionDraft {
  const start = text.indexOf(piece);
  return { kind: 'indirect', source: null, cue: null, fragments: [makeSpan(text, start, start + piece.length)], sentence: 0, cueTokens: [] };
}

const narrowed = (text: string, piece: string) => narrowToProductSpans(text, draftOver(text, piece)).fragments.map((f) => f.text);

describe('narrowToProductSpans', () => {
  it('drops a leading "that" and the final period of reported speech', () => {
    expect(narrowed('The chief said that the gate was open.', 'that the gate was open.')).toEqual(['the gate was open']);
  });

  it('drops the quotation marks of a quotation and keeps its own punctuation', () => {
    expect(narrowed('“We are done,” she said.', '“We are done,”')).toEqual(['We are done,']);
  });

  it('keeps the marks of a partly quoted content', () => {
    expect(narrowed('He called the plan “a disaster.”', 'the plan “a disaster.”')).toEqual(['the plan “a disaster.”']);
  });
});
