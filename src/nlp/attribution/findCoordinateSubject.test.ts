import { describe, expect, it } from 'vitest';
import { attributeText as attribute } from './testing/attributeText.js';

describe('findCoordinateSubject: a participle after a coordinated clause with its own subject', () => {
  it('gives the participle the subject of the clause after ", and" or ", but"', () => {
    const found = attribute('Protest groups say the rules are unfair, and the union has already sued the city over them, saying they violate free-speech rights.');
    expect(found.filter((f) => f[1] === 'saying')).toEqual([['the union', 'saying', ['they violate free-speech rights']]]);
    expect(attribute('Ruiz was pressed about the budget, but the clerk defended the cuts, saying the county had no choice.')).toContainEqual(['the clerk', 'saying', ['the county had no choice']]);
  });

  it('keeps the clause subject when "and" joins only verbs or nouns', () => {
    expect(attribute('The clerk checked the ballots and sealed the box, saying the count was final.')).toEqual([['The clerk', 'saying', ['the count was final']]]);
    expect(attribute('Ruiz thanked the volunteers, the clerks and the police, saying the count was fair.')).toEqual([['Ruiz', 'saying', ['the count was fair']]]);
  });
});

describe('findAttributions: a coordinated verb in a clause after a dash', () => {
  it('gives "and said" to the subject of the clause the dash opens', () => {
    expect(attribute('She drew his ire - he called her weak and said she had no support in the state.').filter(([, cue]) => cue === 'said')).toEqual([['he', 'said', ['she had no support in the state']]]);
  });

  it('keeps the first subject when the dashes hold an aside', () => {
    expect(attribute('Ruiz - who had fought the levy for years - signed it and said the town would pay.')).toEqual([['Ruiz', 'said', ['the town would pay']]]);
  });
});

describe('findCoordinateSubject: a coordinated verb in a contrasting clause', () => {
  it('gives "and said" after ", while X …" to X, past an appositive and a whole quotation', () => {
    const found = attribute('The governor on Monday signed an order, while Ana Ruiz, the former mayor, proposed we "wake up and smell the coffee" and said the speaker should resign.');
    expect(found.filter(([, cue]) => cue === 'said')).toEqual([['Ana Ruiz, the former mayor', 'said', ['the speaker should resign']]]);
  });

  it('gives "and said" after ", and X, <appositive>, …" to X', () => {
    const found = attribute('The governor signed the order, and Ana Ruiz, the former mayor, proposed a new tax and said the speaker should resign.');
    expect(found.filter(([, cue]) => cue === 'said')).toEqual([['Ana Ruiz, the former mayor', 'said', ['the speaker should resign']]]);
  });

  it('keeps the main subject for a participle after the contrasting clause', () => {
    const found = attribute('The mayor signed the levy, while the council was away, saying the town could not wait.');
    expect(found.filter(([, cue]) => cue === 'saying')).toEqual([['The mayor', 'saying', ['the town could not wait']]]);
  });
});
