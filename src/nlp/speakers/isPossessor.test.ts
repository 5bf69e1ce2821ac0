import { describe, expect, it } from 'vitest';
import { isPossessor } from './isPossessor.js';

describe('isPossessor', () => {
  it('reads a mention that ends on its "\'s", or has it right after, as a possessor', () => {
    const text = "asked ICE to respond to the family's account and to Sanders’ campaign";
    const at = (phrase: string, length = phrase.length) => ({ start: text.indexOf(phrase), end: text.indexOf(phrase) + length });
    expect(isPossessor(text, at("the family's"))).toBe(true);
    expect(isPossessor(text, at('the family'))).toBe(true);
    expect(isPossessor(text, at('Sanders'))).toBe(true);
    expect(isPossessor(text, at('ICE'))).toBe(false);
  });
});
