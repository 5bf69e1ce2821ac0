import { describe, expect, it } from 'vitest';
import { splitsWord } from './splitsWord.js';

describe('splitsWord', () => {
  it('tells a match cut out of a word at a letter outside ASCII', () => {
    const text = 'Héctor Ramírez rammed it.';
    const ram = /\bram\b/iu.exec(text)!;
    // JavaScript's \b read "Ram" of "Ramírez" as a word.
    expect(text.slice(ram.index, ram.index + 3)).toBe('Ram');
    expect(splitsWord(text, ram.index, ram.index + 3)).toBe(true);
    expect(splitsWord(text, text.indexOf('rammed'), text.indexOf('rammed') + 6)).toBe(false);
    expect(splitsWord('café', 0, 3)).toBe(true);
    expect(splitsWord('Éric', 1, 4)).toBe(true);
  });

  it('passes whole words, punctuation next to the match, and the text edges', () => {
    expect(splitsWord('shot.', 0, 4)).toBe(false);
    expect(splitsWord('“shot”', 1, 5)).toBe(false);
    expect(splitsWord('ram', 0, 3)).toBe(false);
    expect(splitsWord('x', 0, 0)).toBe(false);
  });
});
