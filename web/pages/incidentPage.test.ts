import { beforeEach, describe, expect, it } from 'vitest';
import { parseRoute } from '../lib/route.js';
import { INCIDENT, UNANSWERED_INCIDENT } from '../testing/fixtures.js';
import { installDom } from '../testing/installDom.js';
import { describeCounts, renderIncidentPage } from './incidentPage.js';

const REVIEW = { status: 'unreviewed', private: false, withheld: [], decisions: [], visibility: [] };

/** Answers the two requests the page makes: the reviewed incident and who is looking. */
async function render(incident: unknown = INCIDENT, viewer = { canEdit: false }, review = REVIEW) {
  const fetchJson = async (path: string) => (path === '/api/v1/viewer' ? viewer : { incident, review, audit: [] });
  return renderIncidentPage({ name: 'incident', id: 'inc_one' }, { fetchJson });
}

describe('renderIncidentPage', () => {
  beforeEach(() => installDom());

  it('links every claim to its highlighted sentence in its version', async () => {
    const { node } = await render();
    const links = [...node.querySelectorAll('[data-testid="claim-link"]')];
    expect(links.length).toBeGreaterThan(0);
    for (const a of links) {
      const route = parseRoute(a.getAttribute('href'));
      const claim = INCIDENT.claims.find((c) => c.versionId === route.id && c.start === route.start && c.end === route.end);
      expect(claim).toBeDefined();
    }
  });

  it('links facts to their source sentence only when provenance exists', async () => {
    const { node } = await render();
    const hrefs = [...node.querySelectorAll('[data-testid="fact-source"]')].map((a) => parseRoute(a.getAttribute('href')));
    expect(hrefs).toHaveLength(INCIDENT.sources.length);
    const withoutSources = await render({ ...INCIDENT, sources: undefined });
    expect(withoutSources.node.querySelectorAll('[data-testid="fact-source"]')).toHaveLength(0);
  });

  it('shows a person no document names as not named, and a withheld name as withheld', async () => {
    const person = { name: null, age: 41, role: 'subject', outcome: 'killed', injuries: null };
    const { node } = await render({ ...INCIDENT, persons: [person, { ...person, name: null, role: 'other' }] }, { canEdit: false }, { ...REVIEW, withheld: ['persons.1.name'] });
    const names = [...node.querySelectorAll('[data-testid="person-row"] th')].map((th) => th.textContent);
    expect(names).toEqual(['Not named', 'Withheld']);
  });

  it('puts each side of a contested point in its own column', async () => {
    const { node } = await render();
    const row = node.querySelector('[data-testid="contested-row"]')!;
    expect(row.getAttribute('data-facet')).toBe('vehicle_movement');
    expect(row.querySelector('[data-side="officials"]')!.textContent).toContain('Ana Ruiz');
    expect(row.querySelector('[data-side="family"]')!.textContent).toContain('Mia Cole');
    expect(row.querySelector('[data-side="officials"]')!.textContent).not.toContain('Mia Cole');
    // Only the sides with claims get a column, in the fixed order; the outlet has none here.
    const headers = [...node.querySelectorAll('.contested-table thead th[data-side]')].map((th) => th.getAttribute('data-side'));
    expect(headers).toEqual(['officials', 'family']);
    expect(row.querySelector('[data-side="outlet"]')).toBeNull();
  });

  it('marks an unanswered point and shows the silence in the silent camp’s column, with the sentence stating it', async () => {
    const { node } = await render(UNANSWERED_INCIDENT);
    const rows = [...node.querySelectorAll('[data-testid="contested-row"]')];
    expect(rows.map((r) => r.getAttribute('data-kind'))).toEqual(['conflict', 'unanswered']);
    const row = rows[1];
    expect(row.querySelector('th[scope="row"]')!.textContent).toContain('Unanswered');
    expect(row.querySelector('[data-side="family"]')!.textContent).toContain('Mia Cole');
    const silence = row.querySelector('td[data-side="officials"] [data-testid="silence"]')!;
    expect(silence.textContent).toContain('No answer');
    expect(silence.querySelector('[data-claim-id]')!.getAttribute('data-claim-id')).toBe('clm_mum');
    // A conflict shows no silence.
    expect(rows[0].querySelector('[data-testid="silence"]')).toBeNull();
    expect(node.querySelector('.lede')!.textContent).toBe(describeCounts(UNANSWERED_INCIDENT));
    expect(describeCounts(UNANSWERED_INCIDENT)).toContain('(1 unanswered)');
    expect(describeCounts(INCIDENT)).not.toContain('unanswered');
  });

  it('lists statements in publication order with speaker, outlet and date', async () => {
    const { node } = await render();
    const items = [...node.querySelectorAll('[data-testid="timeline"] [data-testid="claim"]')];
    expect(items).toHaveLength(INCIDENT.claims.length);
    expect(items[0].textContent).toContain('The Daily Example');
    expect(items.at(-1)!.textContent).toContain('Later Gazette');
    expect(items.at(-1)!.textContent).toContain("Outlet's own reporting");
  });

  it('renders quotes containing markup as text', async () => {
    const { node } = await render();
    expect(node.querySelector('script')).toBeNull();
    expect(node.textContent).toContain('<script>alert(1)</script> backing away');
  });

  it('offers review controls to editors only, and always shows the audit log', async () => {
    const anonymous = await render();
    expect(anonymous.node.querySelector('[data-testid="review-panel"]')).toBeNull();
    expect(anonymous.node.querySelectorAll('[data-testid="claim-review"]')).toHaveLength(0);
    expect(anonymous.node.querySelector('[data-testid="audit-log"]')).not.toBeNull();
    const editor = await render(INCIDENT, { canEdit: true });
    expect(editor.node.querySelector('[data-testid="review-panel"]')).not.toBeNull();
    expect(editor.node.querySelectorAll('[data-testid="claim-review"]').length).toBeGreaterThan(0);
  });

  it('lists the documents', async () => {
    const { node } = await render();
    expect(node.querySelectorAll('[data-testid="document-item"]')).toHaveLength(INCIDENT.documents.length);
  });
});
