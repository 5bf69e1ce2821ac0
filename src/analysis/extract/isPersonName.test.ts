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

describe('isPersonName: places, courts and products (stop 48)', () => {
  it('reads a road, a judicial circuit and a product as no person', () => {
    expect(isPersonName('Old Bartow Eagle Lake Road')).toBe(false);
    expect(isPersonName('Judicial Circuit')).toBe(false);
    expect(isPersonName('Pepper Balls')).toBe(false);
    expect(isPersonName('Ana Lane')).toBe(true);
  });
});
