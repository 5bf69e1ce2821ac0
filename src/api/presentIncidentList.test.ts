import { describe, expect, it } from 'vitest';
import { presentIncidentList } from './presentIncidentList.js';

describe('presentIncidentList', () => {
  it('echoes the paging and keeps an exact total as it is', () => {
    const page = presentIncidentList({ total: 3, items: [] }, { limit: 10, offset: 20 });
    expect(page).toEqual({ total: 3, items: [], limit: 10, offset: 20 });
    expect('totalIsLowerBound' in page).toBe(false);
  });

  it('says so when the total is where counting stopped', () => {
    const page = presentIncidentList({ total: 1000, totalIsLowerBound: true, items: [] }, { limit: 50, offset: 0 });
    expect(page.total).toBe(1000);
    expect(page.totalIsLowerBound).toBe(true);
  });
});
