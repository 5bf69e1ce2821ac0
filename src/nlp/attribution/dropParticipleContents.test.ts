import { describe, expect, it } from 'vitest';
import { attributeText as attribute } from './testing/attributeText.js';

describe('dropParticipleContents', () => {
  it('reads no words in "a letter she had written to her father, pausing twice to steady herself"', () => {
    expect(attribute('His daughter, Daniela, read a letter she had written to her father, pausing twice to steady herself.')).toEqual([]);
    // A named source after no noun keeps such words, as PolNeAR annotates them.
    expect(attribute('Ruiz wrote to her father, pausing twice to steady herself.')).toEqual([['Ruiz', 'wrote', ['pausing twice to steady herself']]]);
  });

  it('keeps a participle of saying after the comma ("testified Monday, describing how …", "wrote …, asking that …")', () => {
    expect(attribute('Ruiz testified Monday, describing how the agent fired.')).toEqual([['Ruiz', 'testified', ['describing how the agent fired']]]);
    expect(attribute('She wrote to the board, asking that the officer be fired.')).toEqual([['She', 'wrote', ['asking that the officer be fired']]]);
  });
});
