import { describe, expect, it } from 'vitest';
import { SIDES, camp } from '../../src/domain/roles.js';
import { INCIDENT } from '../testing/fixtures.js';
import { buildContestedRows, campOfSide, CAMPS } from './camps.js';

describe('campOfSide', () => {
  it('agrees with the domain camp() for every side', () => {
    for (const side of SIDES) {
      const domain = camp(side);
      expect(campOfSide(side)).toBe(domain === 'neutral' ? 'outlet' : domain);
    }
  });
});

describe('buildContestedRows', () => {
  const rows = buildContestedRows(INCIDENT);

  it('makes one row per contested facet with a cell per camp', () => {
    expect(rows.map((r) => r.facet)).toEqual(INCIDENT.contested.map((c) => c.facet));
    expect(Object.keys(rows[0].cells).sort()).toEqual(CAMPS.map((c) => c.key).sort());
  });

  it('puts each position under its camp with its claims and their documents', () => {
    const [row] = rows;
    expect(row.cells.state.map((p: { stance: string }) => p.stance)).toEqual(['toward']);
    expect(row.cells.other.map((p: { stance: string }) => p.stance)).toEqual(['away']);
    const away = row.cells.other[0];
    // clm_missing is not in the incident: skipped, not invented.
    expect(away.claims.map((c: { claim: { id: string } }) => c.claim.id)).toEqual(['clm_away']);
    expect(away.claims[0].document.outlet).toBe('The Daily Example');
  });
});
