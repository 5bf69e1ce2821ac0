import { describe, expect, it } from 'vitest';
import { isPersonName } from './isPersonName.js';

describe('isPersonName', () => {
  it('accepts people’s names, accents and hyphens included', () => {
    expect(isPersonName('Lucía Paredes-Soto')).toBe(true);
    expect(isPersonName('PAREDES')).toBe(true);
  });

  it('refuses organisations, offices and lone letters', () => {
    expect(isPersonName('Riverbend Rights Observatory')).toBe(false);
    expect(isPersonName('Professional Responsibility')).toBe(false);
    expect(isPersonName('B')).toBe(false);
    expect(isPersonName('N Jug')).toBe(false);
    expect(isPersonName('John F. Kennedy')).toBe(true);
  });
});
