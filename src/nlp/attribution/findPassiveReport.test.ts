import { describe, expect, it } from 'vitest';
import { attributeText as attribute } from './testing/attributeText.js';

describe('findPassiveReport: "X was first reported by Y"', () => {
  it('takes the agent after "by" as the source and the clause subject as the content', () => {
    expect(attribute('The merger talk was first reported by the Salem Star.')).toEqual([['the Salem Star', 'was first reported by', ['The merger talk']]]);
    expect(attribute("Ana Ruiz's resignation has been reported by two local papers.")).toEqual([['two local papers', 'has been reported by', ["Ana Ruiz's resignation"]]]);
  });

  it('takes a relative pronoun before the copula as the content, and a time before "by" into the cue', () => {
    expect(attribute('Cole wrote in the letter, which was first reported last week by the Salem Star.').filter((f) => f[1]?.includes('reported'))).toEqual([
      ['the Salem Star', 'was first reported last week by', ['which']],
    ]);
  });

  it('reads no report without a copula, without "by", or when the agent runs on into a clause', () => {
    expect(attribute('Damage reported by residents was light.').some((f) => f[1]?.includes('reported'))).toBe(false);
    expect(attribute('The merger talk was first reported in May.')).toEqual([]);
    expect(attribute('The merger talk was reported by the Star to be over.')).toEqual([]);
  });
});
