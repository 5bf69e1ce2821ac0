import { describe, expect, it } from 'vitest';
import type { ExportedContested } from '../../../domain/exportContract.js';
import type { GoldIncident } from './goldTypes.js';
import { scoreReportedContested } from './scoreReportedContested.js';

const facets = [
  { id: 'age', label: 'Age', aliases: ['age of the subject'] },
  { id: 'vehicle_movement', label: 'Vehicle movement', aliases: ['vehicle direction'] },
  { id: 'footage', label: 'Footage', aliases: [] },
];
const point = (facet: string): ExportedContested => ({ facet, label: facet, positions: [] });

describe('scoreReportedContested', () => {
  it('credits points the gold lists as contested or as a discrepancy, and no others', () => {
    const gold: GoldIncident = { key: 'k', contested: [{ facet: 'vehicle direction', official: 'a (X)', other: 'b (Y)' }], discrepancies: [{ facet: 'age' }] };
    const checks = scoreReportedContested(gold, [point('vehicle_movement'), point('age'), point('footage')], facets);
    expect(checks.map((c) => c.ok)).toEqual([true, true, false]);
  });

  it('counts every point of an incident that matches no gold incident as wrong', () => {
    expect(scoreReportedContested(null, [point('age')], facets).every((c) => !c.ok)).toBe(true);
  });
});
