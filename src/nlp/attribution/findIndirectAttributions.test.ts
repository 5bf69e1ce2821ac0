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

describe('findIndirectAttributions: an adverb between the conjunction and a coordinated verb', () => {
  it('gives "and then said" and "and later said" the clause subject, the adverb in the cue', () => {
    expect(attribute('The judge closed the file and then said the trial would resume.')).toEqual([['The judge', 'then said', ['the trial would resume']]]);
    expect(attribute('Ana Ruiz toured the pier and later said it would reopen.')).toEqual([['Ana Ruiz', 'later said', ['it would reopen']]]);
  });

  it('gives "but now said" the subject for a verb of saying only', () => {
    expect(attribute('Ana Ruiz backed Hale in May, but now said Diaz had the best chance.')).toEqual([['Ana Ruiz', 'now said', ['Diaz had the best chance']]]);
    expect(attribute('Ana Ruiz backed Hale in May, but now thinks Diaz has the best chance.').some((f) => f[0] === 'Ana Ruiz')).toBe(false);
  });
});
