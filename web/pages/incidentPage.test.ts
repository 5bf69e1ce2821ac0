import { beforeEach, describe, expect, it } from 'vitest';
import { parseRoute } from '../lib/route.js';
import { INCIDENT } from '../testing/fixtures.js';
import { installDom } from '../testing/installDom.js';
import { renderIncidentPage } from './incidentPage.js';

async function render(incident: unknown = INCIDENT) {
  return renderIncidentPage({ name: 'incident', id: 'inc_one' }, { fetchJson: async () => incident });
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

  it('puts each side of a contested point in its own column', async () => {
    const { node } = await render();
    const row = node.querySelector('[data-testid="contested-row"]')!;
    expect(row.getAttribute('data-facet')).toBe('vehicle_movement');
    expect(row.querySelector('[data-camp="state"]')!.textContent).toContain('Ana Ruiz');
    expect(row.querySelector('[data-camp="other"]')!.textContent).toContain('Mia Cole');
    expect(row.querySelector('[data-camp="state"]')!.textContent).not.toContain('Mia Cole');
    // No outlet position is contested here, so there is no outlet column.
    expect(row.querySelector('[data-camp="outlet"]')).toBeNull();
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

  it('lists the documents', async () => {
    const { node } = await render();
    expect(node.querySelectorAll('[data-testid="document-item"]')).toHaveLength(INCIDENT.documents.length);
  });
});
