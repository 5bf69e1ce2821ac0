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
