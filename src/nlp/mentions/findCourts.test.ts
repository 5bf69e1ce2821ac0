import { describe, expect, it } from 'vitest';
import { findCourts } from './findCourts.js';

describe('findCourts', () => {
  it('reads appeals courts and caption districts in capitals', () => {
    const text = 'UNITED STATES DISTRICT COURT\nEASTERN DISTRICT OF MICHIGAN\n\nThe U.S. Court of Appeals for the Sixth Circuit ruled.';
    const names = findCourts(text).map((c) => c.text);
    expect(names).toContain('EASTERN DISTRICT OF MICHIGAN');
    expect(names).toContain('U.S. Court of Appeals for the Sixth Circuit');
  });

  it('does not take the District of Columbia for a judicial district of a state', () => {
    expect(findCourts('He lives in the District of Columbia.')).toEqual([]);
  });
});
