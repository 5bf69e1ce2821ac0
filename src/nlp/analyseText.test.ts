import { describe, expect, it } from 'vitest';
import { analyseText } from './analyseText.js';

// Invented texts: unknown names with possessives before punctuation and before words, relative and
// month-day dates, agencies, quotes before and after their cues.
const TEXTS = [
  'The Brenlow family said Thursday that Agent Tavish Orrey-Kline fired twice. "He never reached for anything," Marisol Brenlow\'s sister, Ines Quellmark, told reporters. Quellmark\'s lawyer called it a pretext.',
  'A spokesperson for Immigration and Customs Enforcement said the officer feared for his life. Orrey-Kline\'s account, the agency said, matches the video. It was Quellmark\'s, not Brenlow\'s.',
  'On February 29 the court heard from Ines Quellmark. "We want the footage," she said, adding that Brenlow\'s car was parked. Mayor Dalia Ferrant\'s office declined to comment.',
];

describe('analyseText', () => {
  it('gives the same analysis for a text whatever the process analysed before it', () => {
    const alone = TEXTS.map((text) => analyseText(text, { anchorDate: null }));
    // Every text again, after all the others and in the other order.
    const again = [...TEXTS].reverse().map((text) => analyseText(text, { anchorDate: null })).reverse();
    expect(again).toEqual(alone);
    expect(alone.every((a) => a.attributions.length > 0)).toBe(true);
  });

  it('names a person by the name, not by its possessive form', () => {
    // Read the possessive before a full stop first, as a news story might.
    analyseText('The decision was Yarrowby\'s.', { anchorDate: null });
    const { analysis } = analyseText('Officials said Yarrowby\'s truck was stopped. Dana Yarrowby said nothing.', { anchorDate: null });
    const tokens = analysis.tokens.map((t) => t.text);
    expect(tokens).toContain('Yarrowby');
    expect(tokens).not.toContain('Yarrowby\'s');
    const people = analysis.mentions.filter((m) => m.kind === 'person');
    expect(people.map((m) => m.text)).toEqual(['Yarrowby', 'Dana Yarrowby']);
  });

  it('reads a quote that runs over to a post\'s signature line ("— Name (@handle)") without failing', () => {
    const text = '"Meet the man agents arrested today pic.twitter.com/Qx7rT2mLpa\n— Homeland Security (@DHSgov) February 28, 2026';
    const { analysis, attributions } = analyseText(text, { anchorDate: '2026-03-01' });
    expect(analysis.tokens.length).toBeGreaterThan(0);
    expect(attributions.every((a) => a.content.end <= text.length)).toBe(true);
  });
});
