import { describe, expect, it } from 'vitest';
import { tokenize } from '../tokens/tokenize.js';
import { findBodies } from './findBodies.js';

function bodies(text: string): [string, string, string | null][] {
  return findBodies(text, tokenize(text)).map((b) => [b.text, b.name, b.agencyId]);
}

describe('findBodies', () => {
  it('reads a body of vocab/bodies.json by its initials or its name, under its canonical name and with no agency', () => {
    expect(bodies('The ACLU said the raid was unlawful.')).toEqual([['ACLU', 'American Civil Liberties Union', null]]);
    expect(bodies('Amnesty International called for an inquiry.')).toEqual([['Amnesty International', 'Amnesty International', null]]);
  });

  it('reads an affiliate after "of" or before "chapter of" as the body of that place', () => {
    expect(bodies('The ACLU of Texas said in a statement that it would sue.')).toEqual([['ACLU of Texas', 'American Civil Liberties Union of Texas', null]]);
    expect(bodies('The North Carolina chapter of the ACLU called the arrest lawless.')).toEqual([['North Carolina chapter of the ACLU', 'American Civil Liberties Union of North Carolina', null]]);
    expect(bodies('The ACLU of Southern California filed the suit.')[0][1]).toBe('American Civil Liberties Union of Southern California');
  });

  it('reads no affiliate of a body that has none, nor a place that is no capitalised name', () => {
    expect(bodies('Human Rights Watch of course objected.')).toEqual([['Human Rights Watch', 'Human Rights Watch', null]]);
    expect(bodies('The ACLU of all groups said so.')).toEqual([['ACLU', 'American Civil Liberties Union', null]]);
  });

  it('matches initials only as written: "casa" in a sentence is no CASA', () => {
    expect(bodies('They went back to the casa on Elm Street.')).toEqual([]);
    expect(bodies('CASA organizers said the man was taken from his car.')).toEqual([['CASA', 'CASA', null]]);
  });
});
