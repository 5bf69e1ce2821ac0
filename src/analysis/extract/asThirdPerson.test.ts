import { describe, expect, it } from 'vitest';
import { asThirdPerson } from './asThirdPerson.js';

describe('asThirdPerson', () => {
  it('tells the first person in the third and maps offsets back to the words as said', () => {
    const said = 'My hands were up. One of them pushed me down and I fell.';
    const third = asThirdPerson(said)!;
    expect(third.text).toBe('his hands were up. One of them pushed him down and he fell.');
    const back = (phrase: string) => {
      const i = third.text.indexOf(phrase);
      return said.slice(third.toOriginal(i), third.toOriginal(i + phrase.length));
    };
    expect([back('his hands were up'), back('pushed him down'), back('he fell')]).toEqual(['My hands were up', 'pushed me down', 'I fell']);
  });

  it('gives nothing for a text with no first person', () => {
    expect(asThirdPerson('His hands were up.')).toBeNull();
  });
});
