import { describe, expect, it } from 'vitest';
import { SIDES, camp } from '../../src/domain/roles.js';
import { INCIDENT, UNANSWERED_INCIDENT } from '../testing/fixtures.js';
import { buildContestedRows, campOfSide, selectSideColumns, SIDE_COLUMNS } from './camps.js';

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

  it('has one column per domain side, in the domain order, each tinted by its camp', () => {
    expect(SIDE_COLUMNS.map((c) => c.key)).toEqual([...SIDES]);
    for (const column of SIDE_COLUMNS) expect(column.camp).toBe(campOfSide(column.key));
  });

  it('makes one row per contested facet with a cell per side', () => {
    expect(rows.map((r) => r.facet)).toEqual(INCIDENT.contested.map((c) => c.facet));
    expect(Object.keys(rows[0].cells).sort()).toEqual([...SIDES].sort());
  });

  it('puts each position under its side with its claims and their documents', () => {
    const [row] = rows;
    expect(row.cells.officials.map((p: { stance: string }) => p.stance)).toEqual(['toward']);
    expect(row.cells.family.map((p: { stance: string }) => p.stance)).toEqual(['away']);
    const away = row.cells.family[0];
    // clm_missing is not in the incident: skipped, not invented.
    expect(away.claims.map((c: { claim: { id: string } }) => c.claim.id)).toEqual(['clm_away']);
    expect(away.claims[0].document.outlet).toBe('The Daily Example');
  });
});

describe('buildContestedRows on an unanswered point', () => {
  const point = { ...UNANSWERED_INCIDENT.contested[1] };
  const only = (p: object) => buildContestedRows({ ...UNANSWERED_INCIDENT, contested: [p] });

  it('puts the silence of the state under officials and of the other camp under the subject', () => {
    const [row] = only(point);
    expect(row.kind).toBe('unanswered');
    expect(row.cells.officials).toEqual([expect.objectContaining({ silent: true, camp: 'state' })]);
    expect(row.cells.officials[0].claims.map((c: { claim: { id: string } }) => c.claim.id)).toEqual(point.silent.claimIds);
    const [other] = only({ ...point, silent: { ...point.silent, camp: 'other' } });
    expect(other.cells.subject).toEqual([expect.objectContaining({ silent: true, camp: 'other' })]);
    expect(other.cells.officials).toEqual([]);
  });

  it('shows the silent camp’s column even when no sentence states the silence, and reads a point without kind as a conflict', () => {
    const rows = only({ ...point, silent: { ...point.silent, claimIds: [] } });
    expect(selectSideColumns(rows).map((c: { key: string }) => c.key)).toEqual(['officials', 'family']);
    const [old] = only({ facet: 'f', label: 'F', positions: point.positions });
    expect(old.kind).toBe('conflict');
  });
});

describe('selectSideColumns', () => {
  const point = (side: string, claimIds: string[]) => ({ stance: side, summary: side, side, claimIds, speakers: [] });
  const withPositions = (positions: ReturnType<typeof point>[]) => ({ ...INCIDENT, contested: [{ facet: 'f', label: 'F', positions }] });
  const claimId = INCIDENT.claims[0].id;

  it('keeps only the sides with a claim, in the fixed order whatever the positions order', () => {
    const rows = buildContestedRows(withPositions([point('witnesses', [claimId]), point('outlet', [claimId]), point('officials', [claimId])]));
    expect(selectSideColumns(rows).map((c: { key: string }) => c.key)).toEqual(['officials', 'witnesses', 'outlet']);
  });

  it('drops a side whose claims are all missing, and files an unknown side under others', () => {
    const rows = buildContestedRows(withPositions([point('prosecutors', ['clm_missing']), point('martians', [claimId])]));
    expect(selectSideColumns(rows).map((c: { key: string }) => c.key)).toEqual(['others']);
  });
});
