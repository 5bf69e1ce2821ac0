import { describe, expect, it } from 'vitest';
import { findSilence } from './findSilence.js';
import { compileSilenceVocab, loadSilenceVocab } from './silenceVocab.js';

const vocab = loadSilenceVocab();
const camps = (text: string) => findSilence(text, vocab).map((s) => s.camp);

describe('findSilence', () => {
  it('finds a stated silence and whose it is', () => {
    expect(camps('The county sheriff declined to comment on the footage.')).toEqual(['state']);
    expect(camps('CBP has not said why the truck was stopped.')).toEqual(['state']);
    expect(camps('A lawyer for the family did not respond to messages on Friday.')).toEqual(['other']);
    expect(camps('Nobody has explained why she was detained.')).toEqual([null]);
    const [silence] = findSilence('The agency would not say whether he was hit.', vocab);
    expect('The agency would not say whether he was hit.'.slice(silence.start, silence.end)).toBe(silence.cue);
  });

  it('looks for the subject only in the clause before the cue', () => {
    // The agency is named before the quotation; the one who cannot get an answer is the brother.
    expect(camps('Police said the man fled; his brother could not get a straight answer.')).toEqual(['other']);
  });

  it('finds nothing in a sentence that states no silence', () => {
    expect(findSilence('The agent said the driver sped toward him.', vocab)).toEqual([]);
  });

  it('fails loudly on a malformed vocabulary', () => {
    expect(() => compileSilenceVocab({ silence: [] })).toThrow(/malformed/);
    expect(() => compileSilenceVocab({ silence: ['('], silentState: ['x'], silentOther: ['y'], questions: [], accusations: {} })).toThrow(/bad pattern/);
  });
});
