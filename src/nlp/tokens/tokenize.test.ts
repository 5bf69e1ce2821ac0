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
});
