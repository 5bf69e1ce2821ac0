import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SIDES } from '../../src/domain/roles.js';
import { findAccessibilityViolations, saveScreenshot, startHarness, visit, waitForRender, WIDTHS, type Harness } from './browserHarness.js';

const root = path.resolve(import.meta.dirname, '../..');

// A real Chromium on a busy 2-core machine: a page walk can take longer than the default 30 s.
describe('the web UI in Chromium', { timeout: 120_000 }, () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness();
  }, 120_000);
  afterAll(async () => {
    await harness?.close();
  });

  /** The incident with the most contested points, as the list sorted that way shows it. */
  async function mostContestedIncident(): Promise<string> {
    const result = harness.px.readModel.searchIncidents({ sort: 'contested', limit: 1, offset: 0 }, { name: 'anonymous', canEdit: false, canSeePrivate: false });
    expect(result.items[0]?.contestedCount).toBeGreaterThan(0);
    return result.items[0].id;
  }

  it('search and a facet narrow the list, and the URL carries both', async () => {
    const { context, page } = await harness.open();
    await visit(page, `${harness.base}/#/`);
    const all = await page.locator('[data-testid="incident-row"]').count();
    expect(all).toBeGreaterThanOrEqual(3);
    const option = page.locator('[data-facet="state"] [data-testid="facet-option"]').first();
    const state = (await option.getAttribute('data-value')) as string;
    await option.check();
    await page.waitForURL((url) => url.hash.includes(`state=${state}`));
    await waitForRender(page);
    const narrowed = page.locator('[data-testid="incident-row"]');
    expect(await narrowed.count()).toBeLessThan(all);
    for (const place of await narrowed.locator('td[data-label="Place"]').allTextContents()) expect(place).toContain(state);
    // A word from the first narrowed incident's place narrows (or keeps) the list and joins the URL.
    const word = (await narrowed.first().locator('td[data-label="Place"]').textContent())!.split(',')[0].trim().split(' ')[0];
    await page.fill('[data-testid="search-input"]', word);
    await page.press('[data-testid="search-input"]', 'Enter');
    await page.waitForURL((url) => url.hash.includes('q='));
    await waitForRender(page);
    expect(page.url()).toContain(`state=${state}`);
    expect(await page.locator('[data-testid="incident-row"]').count()).toBeGreaterThan(0);
    // The same URL in a new tab shows the same list: filters are shareable.
    const again = await context.newPage();
    await visit(again, page.url());
    expect(await again.locator('[data-testid="incident-row"]').count()).toBe(await page.locator('[data-testid="incident-row"]').count());
    await context.close();
  });

  it('the map shows every listed incident as a link', async () => {
    const { context, page } = await harness.open();
    await visit(page, `${harness.base}/#/`);
    const summary = await page.locator('[data-testid="result-summary"]').textContent();
    const total = Number(/of (\d+)/.exec(summary ?? '')?.[1]);
    await page.locator('[data-testid="incident-map"] path').first().waitFor();
    expect(await page.locator('[data-testid="incident-map"] path').count()).toBeGreaterThanOrEqual(50);
    const points = page.locator('[data-testid="map-point"]');
    const counts = await points.evaluateAll((nodes) => nodes.map((n) => Number(n.getAttribute('data-count'))));
    expect(counts.reduce((a, b) => a + b, 0)).toBe(total);
    // The samples' incidents are far apart: each has its own dot, linked to its page.
    const ids = await points.evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-incident-id')));
    const rows = await page.locator('[data-testid="incident-row"]').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-incident-id')));
    expect(new Set(ids)).toEqual(new Set(rows));
    await context.close();
  });

  it('an incident page shows both sides of a contested point, and a claim opens its sentence highlighted', async () => {
    const id = await mostContestedIncident();
    const { context, page } = await harness.open();
    await visit(page, `${harness.base}/#/incidents/${id}`);
    // One column per side, only sides with claims, in the domain's fixed order.
    const sides = await page.locator('.contested-table thead th[data-side]').evaluateAll((ths) => ths.map((th) => th.getAttribute('data-side')!));
    expect(sides.length).toBeGreaterThanOrEqual(2);
    expect(sides).toEqual(SIDES.filter((s) => sides.includes(s)));
    for (const side of sides) expect(await page.locator(`.contested-table td[data-side="${side}"] [data-testid="claim"]`).count(), side).toBeGreaterThan(0);
    // A point on which both a side of the state's account and a side of the other account have a claim,
    // each in its own side's column.
    const row = page
      .locator('[data-testid="contested-row"]')
      .filter({ has: page.locator('[data-camp="state"] [data-testid="claim"]') })
      .filter({ has: page.locator('[data-camp="other"] [data-testid="claim"]') })
      .first();
    expect(await row.locator('[data-camp="state"] [data-testid="claim"]').count()).toBeGreaterThan(0);
    expect(await row.locator('[data-camp="other"] [data-testid="claim"]').count()).toBeGreaterThan(0);
    for (const position of await row.locator('[data-testid="position"]').all()) {
      const column = await position.evaluate((el) => el.closest('td')!.getAttribute('data-side'));
      expect(await position.getAttribute('data-side')).toBe(column);
    }
    // The README image (docs/screenshot.png is copied from it): the accounts side by side at 1440 px, before any review.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
    await page.screenshot({ path: path.join(root, 'test-artifacts', 'incident-1440.png') });
    const claimText = (await row.locator('[data-camp="other"] .claim-text').first().textContent())!.trim();
    await row.locator('[data-camp="other"] [data-testid="claim-link"]').first().click();
    await page.waitForURL((url) => url.hash.startsWith('#/documents/'));
    await waitForRender(page);
    // The passage marks in the text (the legend's sample swatch is not one of them).
    const marks = page.locator('.doc-text .mark-target');
    await marks.first().waitFor();
    const highlighted = (await marks.allTextContents()).join('');
    expect(highlighted.length).toBeGreaterThan(0);
    expect(claimText).toContain(highlighted.trim().slice(0, 20));
    await page.waitForFunction(() => {
      const r = document.querySelector('.doc-text .mark-target')!.getBoundingClientRect();
      return r.top >= 0 && r.bottom <= window.innerHeight;
    });
    await context.close();
  });

  it('a reviewer\'s correction persists after reload and shows in the audit log', async () => {
    const id = await mostContestedIncident();
    const { context, page } = await harness.open({ editor: true });
    await visit(page, `${harness.base}/#/incidents/${id}`);
    const card = page.locator('[data-testid="timeline"] [data-testid="claim"]').first();
    const claimId = await card.getAttribute('data-claim-id');
    await card.locator('[data-testid="claim-review"] summary').click();
    await card.locator('[data-testid="claim-correct-input"]').fill('corrected by the desk');
    await card.locator('[data-testid="claim-correct-form"] button').click();
    await page.locator('[data-testid="audit-entry"][data-action="correct_claim"]').waitFor();
    await page.reload();
    await waitForRender(page);
    const again = page.locator(`[data-testid="timeline"] [data-claim-id="${claimId}"]`);
    expect(await again.locator('.claim-facet strong').textContent()).toBe('corrected by the desk');
    expect(await again.locator('[data-testid="claim-review-note"]').textContent()).toContain('local');
    const entry = page.locator('[data-testid="audit-entry"][data-action="correct_claim"]');
    expect(await entry.count()).toBe(1);
    expect(await entry.locator('td[data-label="After"]').textContent()).toContain('corrected by the desk');
    await context.close();
  });

  it('a private field is absent for an anonymous visitor and present for the editor', async () => {
    const id = await mostContestedIncident();
    const name = harness.px.readModel.getIncident(id, { name: 'local', canEdit: true, canSeePrivate: true })!.incident.persons[0].name;
    const editor = await harness.open({ editor: true });
    await visit(editor.page, `${harness.base}/#/incidents/${id}`);
    await editor.page.selectOption('[data-testid="field-select"]', 'persons.0.name');
    await editor.page.click('[data-testid="field-private"]');
    await editor.page.locator('[data-testid="audit-entry"][data-action="set_visibility"]').waitFor();
    expect(await editor.page.locator('main').textContent()).toContain(name);
    const anonymous = await harness.open();
    await visit(anonymous.page, `${harness.base}/#/incidents/${id}`);
    expect(await anonymous.page.locator('main').textContent()).not.toContain(name);
    expect(await anonymous.page.locator('[data-testid="review-panel"]').count()).toBe(0);
    const api = await anonymous.page.evaluate(async (u) => (await fetch(u)).text(), `/api/v1/incidents/${id}`);
    expect(api).not.toContain(name);
    await visit(anonymous.page, `${harness.base}/#/`);
    expect(await anonymous.page.locator('main').textContent()).not.toContain(name);
    // The documents the incident was read from mask the name too, keeping every offset.
    const versionId = harness.px.readModel.getIncident(id, { name: 'local', canEdit: true, canSeePrivate: true })!.incident.documents[0].versionId;
    await visit(anonymous.page, `${harness.base}/#/documents/${versionId}`);
    expect(await anonymous.page.locator('main').textContent()).not.toContain(name);
    await visit(editor.page, `${harness.base}/#/documents/${versionId}`);
    expect(await editor.page.locator('main').textContent()).toContain(name);
    await editor.context.close();
    await anonymous.context.close();
  });

  it('every page passes axe-core and is saved at 375 and 1440 px', async () => {
    const id = await mostContestedIncident();
    const incident = harness.px.readModel.getIncident(id, { name: 'local', canEdit: true, canSeePrivate: true })!.incident;
    const claim = incident.claims.find((c) => c.speaker)!;
    const pages: Record<string, string> = {
      incidents: '/#/',
      incident: `/#/incidents/${id}`,
      document: `/#/documents/${claim.versionId}?start=${claim.start}&end=${claim.end}`,
      speaker: `/#/speakers/${encodeURIComponent(claim.speaker!.name)}`,
    };
    for (const width of Object.keys(WIDTHS) as (keyof typeof WIDTHS)[]) {
      for (const editor of [false, true]) {
        const { context, page } = await harness.open({ width, editor });
        // The editor's view differs only on the incident page (review controls).
        for (const [name, url] of Object.entries(pages).filter(([n]) => !editor || n === 'incident')) {
          await visit(page, `${harness.base}${url}`);
          expect(await findAccessibilityViolations(page), `${name} at ${width}${editor ? ' (editor)' : ''}`).toEqual([]);
          // Nothing may overflow sideways: the page must be usable at 375 px without horizontal scrolling.
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
          expect(overflow, `${name} at ${width} overflows`).toBeLessThanOrEqual(1);
          await saveScreenshot(page, `${name}-${WIDTHS[width].width}${editor ? '-editor' : ''}`);
        }
        await context.close();
      }
    }
  }, 300_000);
});
