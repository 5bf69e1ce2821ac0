import { describe, expect, it } from 'vitest';
import { lookupCity } from './lookupCity.js';
import { stateCode } from './stateCode.js';

describe('lookupCity and stateCode', () => {
  it('resolves a city with or without its state when that is unambiguous', () => {
    const tucson = lookupCity('Tucson');
    expect(tucson).toMatchObject({ city: 'Tucson', state: 'AZ' });
    expect(Math.abs(tucson!.lat - 32.2)).toBeLessThan(0.5);
    expect(lookupCity('Portland', 'Maine')?.state).toBe('ME');
    expect(lookupCity('Portland', 'Ore.')?.state).toBe('OR');
  });

  it('refuses an ambiguous bare name and an unknown state', () => {
    expect(lookupCity('Portland')).toBeNull();
    expect(lookupCity('Ontario')).toBeNull();
    expect(lookupCity('Ontario', 'Calif.')?.state).toBe('CA');
    expect(lookupCity('Tucson', 'Atlantis')).toBeNull();
  });

  it('maps names, AP abbreviations and USPS codes to the USPS code', () => {
    expect(stateCode('Minnesota')).toBe('MN');
    expect(stateCode('Minn.')).toBe('MN');
    expect(stateCode('mn')).toBe('MN');
    expect(stateCode('West Virginia')).toBe('WV');
    expect(stateCode('Ontario')).toBeNull();
  });
});

describe('lookupCity: a name in capitals (stop 41)', () => {
  it('finds "MCALLEN" as McAllen, with the list\'s spelling', () => {
    expect(lookupCity('MCALLEN', 'TX')?.city).toBe('McAllen');
    expect(lookupCity('Mcallen', 'Texas')?.city).toBe('McAllen');
    expect(lookupCity('Nowhereville', 'TX')).toBeNull();
  });
});
