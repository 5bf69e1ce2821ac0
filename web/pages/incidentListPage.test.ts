import { beforeEach, describe, expect, it } from 'vitest';
import { parseRoute } from '../lib/route.js';
import { installDom } from '../testing/installDom.js';
import { renderIncidentListPage } from './incidentListPage.js';

const item = (i: number) => ({ id: `inc_${i}`, date: '2025-01-02', city: 'Millbrook', state: 'NY', subject: `Person <i>${i}</i>`, agencies: ['ICE'], documentCount: 2, claimCount: 5, contestedCount: i % 2 });

describe('renderIncidentListPage', () => {
  beforeEach(() => installDom());

  it('asks the API with the route query and renders one row per incident', async () => {
    const asked: string[] = [];
    const ctx = {
      fetchJson: async (path: string) => {
        asked.push(path);
        return { total: 120, limit: 50, offset: 50, items: [item(1), item(2)] };
      },
    };
    const { node } = await renderIncidentListPage(parseRoute('#/?q=millbrook&offset=50'), ctx);
    const params = new URL(asked[0], 'http://x').searchParams;
    expect([params.get('q'), params.get('offset'), params.get('limit')]).toEqual(['millbrook', '50', '50']);
    expect(node.querySelectorAll('[data-testid="incident-row"]')).toHaveLength(2);
    expect(node.querySelector('i')).toBeNull();
    expect((node.querySelector('#incident-q') as HTMLInputElement).getAttribute('value')).toBe('millbrook');
  });

  it('says whether a subject without a shown name is not named, withheld, or absent', async () => {
    const rows = [
      { ...item(1), subject: null, subjectNamed: false, outcome: 'killed' },
      { ...item(2), subject: null, subjectNamed: true, outcome: 'injured' },
      { ...item(3), subject: null, subjectNamed: null, outcome: null },
    ];
    const ctx = { fetchJson: async () => ({ total: 3, limit: 50, offset: 0, items: rows }) };
    const { node } = await renderIncidentListPage(parseRoute('#/'), ctx);
    const cells = [...node.querySelectorAll('[data-testid="incident-row"] td[data-label="Subject"]')].map((td) => td.textContent);
    expect(cells).toEqual(['Not named (killed)', 'Withheld (injured)', '—']);
  });

  it('offers previous and next pages that keep the query', async () => {
    const ctx = { fetchJson: async () => ({ total: 120, limit: 50, offset: 50, items: [item(1)] }) };
    const { node } = await renderIncidentListPage(parseRoute('#/?q=millbrook&offset=50'), ctx);
    const prev = parseRoute(node.querySelector('a[rel="prev"]')!.getAttribute('href'));
    const next = parseRoute(node.querySelector('a[rel="next"]')!.getAttribute('href'));
    expect([prev.q, prev.offset]).toEqual(['millbrook', 0]);
    expect([next.q, next.offset]).toEqual(['millbrook', 100]);
  });

  it('says when nothing matches and offers no next page', async () => {
    const ctx = { fetchJson: async () => ({ total: 0, limit: 50, offset: 0, items: [] }) };
    const { node } = await renderIncidentListPage(parseRoute('#/?q=nothing'), ctx);
    expect(node.querySelector('[data-testid="result-summary"]')!.textContent).toMatch(/No incidents/);
    expect(node.querySelector('a[rel="next"]')).toBeNull();
    expect(node.querySelector('table')).toBeNull();
  });
});

describe('renderIncidentListPage limits', () => {
  beforeEach(() => installDom());

  it('keeps a hand-edited limit within what the API accepts', async () => {
    const asked: string[] = [];
    const ctx = { fetchJson: async (path: string) => (asked.push(path), { total: 0, limit: 200, offset: 0, items: [] }) };
    await renderIncidentListPage(parseRoute('#/?limit=5000'), ctx);
    await renderIncidentListPage(parseRoute('#/?limit=0'), ctx);
    expect(asked.map((p) => new URL(p, 'http://x').searchParams.get('limit'))).toEqual(['200', '1']);
  });
});
