import { describe, expect, it } from 'vitest';
import { attributeText as attribute } from './testing/attributeText.js';

describe('trimRelativeHead (stop 68)', () => {
  it('reports the relative clause alone, not the narration it hangs on', () => {
    const found = attribute('A Border Patrol agent shot and killed Ernesto Valdivia, a 31-year-old man from Sonoyta who, the agency said, had thrown a rock at agents.');
    expect(found).toEqual([['the agency', 'said', ['who', 'had thrown a rock at agents']]]);
  });

  it('keeps the words before a tag that stands in no relative clause', () => {
    const found = attribute('On top of that, opponents say, the wage increase will raise prices.');
    expect(found[0][2][0]).toBe('On top of that');
  });
});
