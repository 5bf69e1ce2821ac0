import { describe, expect, it } from 'vitest';
import { tokenize } from '../tokens/tokenize.js';
import { repairNameVerbs } from './repairNameVerbs.js';

const posOf = (text: string, word: string): string | undefined => repairNameVerbs(text, tokenize(text)).find((t) => t.text === word)?.pos;

describe('repairNameVerbs', () => {
  it('reads a capitalised surname the tagger takes for a verb as a name, inside a sentence or before a finite verb', () => {
    expect(posOf('Cook said the gate was shut.', 'Cook')).toBe('PROPN');
    expect(posOf('The paper said Cook provided a statement.', 'Cook')).toBe('PROPN');
    expect(posOf('The gate was shut, said Cook, a guard.', 'Cook')).toBe('PROPN');
  });

  it('reads a word in -ing as a surname where the text writes it as the last word of a full name ("Kyle Banning", stop 58)', () => {
    const text = 'Agent Kyle Banning took the stand.\n\n"No, sir," Banning answered.';
    expect(tokenize(text).filter((t) => t.text === 'Banning').map((t) => t.pos)).toContain('VERB');
    expect(repairNameVerbs(text, tokenize(text)).filter((t) => t.text === 'Banning').map((t) => t.pos)).toEqual(['PROPN', 'PROPN']);
    // A participle opening a sentence stays one when no full name ends in it.
    expect(posOf('Banning the march, the mayor said, was a mistake.', 'Banning')).toBe('VERB');
  });

  it('leaves imperatives, participles and Title Case headlines their verbs, and the input as it was', () => {
    expect(posOf('Go get the ladder, the foreman said.', 'Go')).toBe('VERB');
    expect(posOf('Having announced the closure, the mayor left.', 'Having')).toBe('VERB');
    expect(posOf('Mayor Says He Will Run', 'Says')).toBe('VERB');
    const text = 'Cook said the gate was shut.';
    const tokens = tokenize(text);
    repairNameVerbs(text, tokens);
    expect(tokens[0]!.pos).toBe('VERB');
    const plain = tokenize('The gate was shut.');
    expect(repairNameVerbs('The gate was shut.', plain)).toBe(plain);
  });
});
