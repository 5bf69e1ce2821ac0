import { describe, expect, it } from 'vitest';
import { geocodePlace } from './geocodePlace.js';

describe('geocodePlace', () => {
  it('places a city with its state, and tells the two Portlands apart', () => {
    const or = geocodePlace('Portland', 'OR');
    const me = geocodePlace('Portland', 'ME');
    expect(or?.precision).toBe('city');
    expect(or && or.lon).toBeLessThan(-120);
    expect(me && me.lon).toBeGreaterThan(-71);
  });

  it('never guesses between cities of one name when the state is unknown', () => {
    expect(geocodePlace('Portland', null)).toBeNull();
  });

  it('falls back to a state point, flagged as state precision', () => {
    const p = geocodePlace('Nowhereville Flats', 'AZ');
    expect(p?.precision).toBe('state');
    expect(p && p.lat).toBeGreaterThan(31);
    expect(p && p.lat).toBeLessThan(37);
  });

  it('folds accents in names', () => {
    expect(geocodePlace('Cañon City', 'CO')?.precision).toBe('city');
    expect(geocodePlace('Canon City', 'CO')?.precision).toBe('city');
  });
});
