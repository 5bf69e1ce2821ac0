import { describe, expect, it } from 'vitest';
import { tokenize } from './tokenize.js';

describe('tokenize', () => {
  it('gives offsets that index the original text, curly quotes included', () => {
    const text = '“A deputy fired twice,” Whitcombe told the Ledger.';
    const tokens = tokenize(text);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(tokens.map((t) => t.text)).toContain('Whitcombe');
  });

  it('tags proper nouns and verbs', () => {
    const tokens = tokenize('Dana Whitcombe said the driver reversed.');
    const said = tokens.find((t) => t.text === 'said');
    expect(said?.pos).toBe('VERB');
    expect(tokens.find((t) => t.text === 'Whitcombe')?.pos).toBe('PROPN');
    expect(said?.lemma).toBe('say');
  });

  it('reads a capitalised surname the tagger takes for a verb as a name, inside a sentence or before a finite verb', () => {
    const posOf = (text: string, word: string) => tokenize(text).find((t) => t.text === word)?.pos;
    expect(posOf('Cook said the gate was shut.', 'Cook')).toBe('PROPN');
    expect(posOf('The paper said Cook provided a statement.', 'Cook')).toBe('PROPN');
    expect(posOf('The gate was shut, said Cook, a guard.', 'Cook')).toBe('PROPN');
    // An imperative opening a sentence, and a headline in Title Case, keep their verbs.
    expect(posOf('Go get the ladder, the foreman said.', 'Go')).toBe('VERB');
    expect(posOf('Mayor Says He Will Run', 'Says')).toBe('VERB');
  });
});
