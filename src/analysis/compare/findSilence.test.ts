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
    // An answer that never came is the state's silence, whoever says so.
    expect(camps('Nobody has explained why she was detained.')).toEqual(['state']);
    expect(camps('Her brother said the family was given no explanation.')).toEqual(['state']);
    // A withholding cue whose actor is of neither camp is nobody's silence that can be told.
    expect(camps('Garcia could not be reached on Monday.')).toEqual([null]);
    const [silence] = findSilence('The agency would not say whether he was hit.', vocab);
    expect('The agency would not say whether he was hit.'.slice(silence.start, silence.end)).toBe(silence.cue);
  });

  it('looks for the subject only in the clause before the cue', () => {
    // The police are named in the clause before; the one who declines is the brother.
    expect(camps('Police said the man fled; his brother declined to comment.')).toEqual(['other']);
  });

  it('finds nothing in a sentence that states no silence', () => {
    expect(findSilence('The agent said the driver sped toward him.', vocab)).toEqual([]);
  });

  it('fails loudly on a malformed vocabulary', () => {
    expect(() => compileSilenceVocab({ silence: [] })).toThrow(/malformed/);
    expect(() => compileSilenceVocab({ silence: ['('], unanswered: [], silentState: ['x'], silentOther: ['y'], questions: [], accusations: {} })).toThrow(/bad pattern/);
  });
});
