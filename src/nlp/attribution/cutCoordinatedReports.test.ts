import { describe, expect, it } from 'vitest';
import { attributeText as attribute } from './testing/attributeText.js';

describe('cutCoordinatedReports (stop 68)', () => {
  it('ends quoted words at the comma before a report coordinated after them', () => {
    const found = attribute('Castellanos says her office is "reviewing all available evidence," and we urge her to move quickly.');
    expect(found.map((f) => [f[0], f[2].join(' … ')])).toEqual([
      ['Castellanos', 'her office is "reviewing all available evidence,"'],
      ['we', 'her to move quickly'],
    ]);
  });

  it('leaves a coordinated report inside unquoted words where it was', () => {
    const found = attribute('According to ProPublica, Clinton praised her donors in the audience, and she asked the bankers to help.');
    expect(found[0][2].join(' … ')).toContain('and she asked the bankers to help');
  });
});
