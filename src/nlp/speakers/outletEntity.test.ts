import { describe, expect, it } from 'vitest';
import { lendsAffiliation, outletEntity } from './outletEntity.js';
import { loadRoleVocab } from './roleVocab.js';

describe('outletEntity', () => {
  it('speaks for a news outlet as a journalist, and for an agency that publishes its own report as that agency', () => {
    expect(outletEntity('Valley Ledger', loadRoleVocab())?.speaker).toMatchObject({ name: 'Valley Ledger', role: 'journalist' });
    // "We found that …" of an inspector general's report, its office written after its department (stop 62).
    expect(outletEntity('U.S. Department of Homeland Security, Office of Inspector General', loadRoleVocab())?.speaker).toMatchObject({ name: 'DHS Office of Inspector General', role: 'official' });
    expect(outletEntity(' ', loadRoleVocab())).toBeNull();
  });
});

describe('lendsAffiliation (stop 62)', () => {
  it('lends an agency’s name to the officials its own release names, never an inspector general’s to the officers its report names', () => {
    expect(lendsAffiliation('U.S. Department of Homeland Security')).toBe(true);
    expect(lendsAffiliation('U.S. Department of Homeland Security, Office of Inspector General')).toBe(false);
    expect(lendsAffiliation('Valley Ledger')).toBe(false);
    expect(lendsAffiliation(null)).toBe(false);
  });
});
