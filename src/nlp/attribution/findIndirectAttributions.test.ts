import { describe, expect, it } from 'vitest';
import { attributeText as attribute } from './testing/attributeText.js';

describe('findIndirectAttributions: a participle after a comma', () => {
  it('names no speaker after ", saying"', () => {
    const found = attribute('The chief lobbied to suspend the rules, saying the fewer guns the better.');
    expect(found.some((f) => f[0] === 'the fewer guns the better')).toBe(false);
    expect(attribute('Tenney took the seat, claiming 41 percent of the vote.').some((f) => f[0] === '41 percent of the vote')).toBe(false);
  });

  it('still gives ", saying" the clause subject and ", said X" its speaker', () => {
    expect(attribute('Ruiz lobbied to suspend the rules, saying the fewer guns were better.')).toContainEqual(['Ruiz', 'saying', ['the fewer guns were better']]);
    expect(attribute('Fewer guns were better, said Ruiz.')).toContainEqual(['Ruiz', 'said', ['Fewer guns were better']]);
  });
});
