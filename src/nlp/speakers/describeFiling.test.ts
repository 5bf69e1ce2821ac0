import { describe, expect, it } from 'vitest';
import { filingEntity } from './describeFiling.js';
import { loadRoleVocab } from './roleVocab.js';

describe('filingEntity', () => {
  const vocab = loadRoleVocab();
  const speaker = (noun: string, phraseText: string) => filingEntity(noun, { vocab, criminal: false, phraseText, districts: ['District of Arizona'], issuer: null })?.speaker;

  it('sets a court paper in the one district the story names', () => {
    expect(speaker('motion', 'the motion')).toMatchObject({ name: 'motion (District of Arizona)', affiliation: 'U.S. District Court, District of Arizona' });
  });

  it('sets no agency record in a court: a use-of-force report obtained through a records request is no court paper (stop 66)', () => {
    expect(speaker('use-of-force report', 'a use-of-force report obtained by the Dispatch')).toMatchObject({ name: 'incident report', affiliation: null });
    expect(speaker('police report', 'a police report obtained by the Dispatch')).toMatchObject({ name: 'police report', affiliation: null });
    expect(speaker('jail records', 'jail records')).toMatchObject({ name: 'jail records', affiliation: null });
  });
});
