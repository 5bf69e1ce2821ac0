import { describe, expect, it } from 'vitest';
import { attributeText as attribute } from './testing/attributeText.js';

describe('extendThingRelative (stop 68)', () => {
  it('reads the thing filed, with its relative clause, as the source: not "the shooting"', () => {
    const text = 'The criminal complaint that prosecutors filed the day after the shooting says the truck accelerated toward an officer.';
    expect(attribute(text).map((f) => f[0])).toEqual(['The criminal complaint that prosecutors filed the day after the shooting']);
  });

  it('leaves a report whose subject is no thing filed: "The fact that the agency says …"', () => {
    expect(attribute('The fact that the agency says he fired twice is troubling.').map((f) => f[0])).toEqual(['the agency']);
  });
});
