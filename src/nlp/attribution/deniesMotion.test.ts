import { describe, expect, it } from 'vitest';
import { attributeText as attribute } from './testing/attributeText.js';

describe('deniesMotion: what a court rules on is no words denied (stop 63)', () => {
  it('reads "denied Officer Haller’s claim of qualified immunity", "denied the motion" and "DENIED as to Counts" as rulings', () => {
    expect(attribute("On February 17, 2026, this Court denied Officer Haller's claim of qualified immunity (ECF No. 61).")).toEqual([]);
    expect(attribute('The judge denied the motion to dismiss.')).toEqual([]);
    expect(attribute("1. Defendants' Motion (ECF No. 41) is GRANTED as to Count II and DENIED as to Counts I, III and IV.")).toEqual([]);
  });

  it('keeps a denial of what happened', () => {
    expect(attribute('The agency denied that the officer fired first.')).toEqual([['The agency', 'denied', ['the officer fired first']]]);
  });
});
