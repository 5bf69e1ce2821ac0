import { describe, expect, it } from 'vitest';
import { analyseText } from '../analyseText.js';

// Invented pages: each attribution's speaker name, and the first words it reports.
function read(text: string): [string | null, string][] {
  return analyseText(text, { anchorDate: '2026-01-25', bodyStart: 0, outlet: 'Lake County Courier' }).attributions.map((a) => [a.speaker?.name ?? null, text.slice(a.content.start, a.content.start + 24)]);
}

const PAGE = [
  'Readers respond to the Jan. 14 shooting in Waukegan.',
  'Officers deserve the benefit of the doubt',
  'Your editorial asks readers to judge a decision from 94 seconds of video. I spent 22 years as a deputy, and I can tell you that a camera does not see what your eyes see.',
  'Ronald Kessler, Gurnee',
  'Once or twice?',
  'Now the video records two shots. I am an emergency-room nurse, and a hospital chart would settle this.',
  'Maria Delgado, Zion',
].join('\n\n');

describe('findSignedLetters (stop 68)', () => {
  it('gives each signed letter to its writer, and an "I" inside it too; the paper keeps its introduction', () => {
    const found = read(PAGE);
    expect(found).toContainEqual(['Ronald Kessler', 'Your editorial asks read']);
    expect(found).toContainEqual(['Ronald Kessler', 'a camera does not see wh']);
    expect(found).toContainEqual(['Maria Delgado', 'Now the video records tw']);
    expect(found.some(([, words]) => words.startsWith('Readers respond'))).toBe(false);
  });

  it('reads no letter between two credit lines around the paper\'s own reporting, nor from one signature alone', () => {
    const credits = ['An agent fired twice on Monday.', 'Ana Ruiz, Reuters', 'The man was taken to a hospital. Officials gave no details.', 'Tom Lee, Associated Press'].join('\n\n');
    expect(read(credits).filter(([name]) => name === 'Tom Lee')).toEqual([]);
    const one = PAGE.split('\n\nOnce or twice?')[0];
    expect(read(one).filter(([name]) => name === 'Ronald Kessler')).toEqual([]);
  });
});
