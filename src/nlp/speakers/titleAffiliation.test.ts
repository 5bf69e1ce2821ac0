import { describe, expect, it } from 'vitest';
import { analyseText } from '../analyseText.js';
import { loadRoleVocab } from './roleVocab.js';
import { titleAffiliation } from './titleAffiliation.js';
import { splitWords } from './words.js';

const of = (title: string) => titleAffiliation(splitWords(title), loadRoleVocab());

describe('titleAffiliation', () => {
  it('reads the body a title names, and no nation for an office with a seat of its own', () => {
    expect(of('Sen.')).toBe('U.S. Senate');
    expect(of('President')).toBe('President of the United States');
    expect(of('U.S. President')).toBe('President of the United States');
    expect(of('Cicero Town President')).toBeNull();
    expect(of('Texas State Sen.')).toBe('state senate');
  });

  it('keeps the seat written before a name’s title ("Cicero Town President Frank Nowicki")', () => {
    const speaker = analyseText('Cicero Town President Frank Nowicki said the agents overreacted.', { anchorDate: '2026-01-20' }).attributions[0].speaker;
    expect([speaker?.name, speaker?.affiliation]).toEqual(['Frank Nowicki', null]);
  });
});
