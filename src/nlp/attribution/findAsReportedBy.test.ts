import { describe, expect, it } from 'vitest';
import { attributeText as attribute } from './testing/attributeText.js';

describe('findAsReportedBy: "As reported by X, …" reads like "According to X, …"', () => {
  it('takes the phrase after "by" as the source and the clause after the comma as the content', () => {
    expect(attribute('As reported by the Salem Star, the pier closed in May.')).toEqual([['the Salem Star', 'reported', ['the pier closed in May']]]);
    expect(attribute('As first reported by the Salem Star, the pier closed in May.')).toEqual([['the Salem Star', 'reported', ['the pier closed in May']]]);
  });

  it('leaves "as reported by" that does not open its clause, and "reported" with no "by"', () => {
    expect(attribute('The pier, as reported by the Star, closed in May.').some((f) => f[1] === 'reported')).toBe(false);
    expect(attribute('As reported, the pier closed in May.')).toEqual([]);
  });
});

describe('findAsReportedBy: "…, as first reported by X." closing its sentence (stop 61)', () => {
  it('takes the clause before the comma as the content and the adverb with "reported" as the cue', () => {
    expect(attribute('The agent fired three rounds, as first reported by the Chicago Tribune on Tuesday.')).toEqual([['the Chicago Tribune', 'first reported', ['The agent fired three rounds']]]);
    expect(attribute('The agent fired three rounds, as reported by the Chicago Tribune.')).toEqual([['the Chicago Tribune', 'reported', ['The agent fired three rounds']]]);
  });

  it('leaves a source that runs on into a clause of its own', () => {
    expect(attribute('The agent fired three rounds, as reported by the Tribune, which cited two officials.').some((f) => (f[1] ?? '').endsWith('reported'))).toBe(false);
  });
});
