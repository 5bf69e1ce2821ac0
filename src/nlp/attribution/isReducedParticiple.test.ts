import { describe, expect, it } from 'vitest';
import { attributeText as attribute } from './testing/attributeText.js';

describe('isReducedParticiple: a cue in -ed that describes the phrase before it (round 32)', () => {
  it('reads no report through "Figures reported on Sunday now suggest …"', () => {
    const found = attribute('Figures reported on Sunday now suggest that the port lost money.');
    expect(found.some((f) => f[1] === 'reported')).toBe(false);
  });

  it('keeps a report whose clause follows, after "that", a day or an embedded question', () => {
    expect(attribute('The county reported on Sunday that turnout fell.')).toEqual([['The county', 'reported', ['turnout fell']]]);
    expect(attribute('The county reported on Sunday turnout fell by a third.')).toEqual([['The county', 'reported', ['turnout fell by a third']]]);
    expect(attribute('The clerk explained why the count was late.')).toEqual([['The clerk', 'explained', ['why the count was late']]]);
  });
});
