import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestDocument } from '../../src/services/ingest/ingestDocument.js';
import type { Page } from 'playwright-core';
import { findAccessibilityViolations, saveScreenshot, startHarness, visit, waitForRender, type Harness } from './browserHarness.js';

/** Invented report, written for this test: a first version and a corrected one under the same URL. */
function report(body: string): Uint8Array {
  const header = ['Title: Agent fires at driver in Harlow Springs', 'Outlet: Test Ledger', 'URL: https://example.org/test/versions-1', 'Published: 2026-02-03', ''];
  return new TextEncoder().encode([...header, body].join('\n'));
}
const FIRST = 'An immigration agent fired two shots at a driver on Tuesday, the agency said. The driver was taken to a hospital.';
const SECOND = 'An immigration agent fired two shots at a driver on Tuesday evening, the agency said. The driver was taken to a hospital and later released.';

// A real Chromium on a busy 2-core machine: a page walk can take longer than the default 30 s.
describe('the web UI in Chromium: what changed and who changed it', { timeout: 120_000 }, () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness();
  }, 120_000);
  afterAll(async () => {
    await harness?.close();
  });

  it('a document page shows the words a newer version inserted, marked accessibly', async () => {
    const first = ingestDocument(harness.px.store, { raw: report(FIRST), fileName: 'v1.txt' });
    const second = ingestDocument(harness.px.store, { raw: report(SECOND), fileName: 'v2.txt' });
    expect(first.status).toBe('stored');
    expect(second.status === 'stored' && second.newVersionOf).toBe(first.versionId);
    const { context, page } = await harness.open();
    await visit(page, `${harness.base}/#/documents/${second.versionId}`);
    const changes = page.locator('[data-testid="version-changes"]');
    await changes.waitFor();
    const inserted = (await changes.locator('ins').allTextContents()).join(' ');
    for (const word of ['evening', 'later', 'released']) expect(inserted).toContain(word);
    expect(await changes.locator('del').count()).toBe(0);
    // The label is in the accessible text, hidden from sight; the marking is visible.
    expect(inserted).toContain('inserted');
    const background = await changes.locator('ins').first().evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(background).not.toBe('rgba(0, 0, 0, 0)');
    expect(await findAccessibilityViolations(page)).toEqual([]);
    await saveScreenshot(page, 'document-versions-1440');
    // The first version has nothing before it to compare with.
    await visit(page, `${harness.base}/#/documents/${first.versionId}`);
    expect(await page.locator('[data-testid="version-changes"]').count()).toBe(0);
    await context.close();
  });

  const EDITOR = { name: 'local', canEdit: true, canSeePrivate: true };
  const ANONYMOUS = { name: 'anonymous', canEdit: false, canSeePrivate: false };

  /** The list's total as the incidents page states it ("… of N"). */
  async function listedTotal(page: Page): Promise<number> {
    await visit(page, `${harness.base}/#/`);
    return Number(/of (\d+)/.exec((await page.locator('[data-testid="result-summary"]').textContent()) ?? '')?.[1]);
  }

  /** Sends a review action from the page and waits until the page, re-rendered, shows its audit entry. */
  async function act(page: Page, click: () => Promise<void>, action: string): Promise<void> {
    const before = await page.locator(`[data-testid="audit-entry"][data-action="${action}"]`).count();
    await click();
    await page.waitForFunction(([a, n]) => document.querySelectorAll(`[data-testid="audit-entry"][data-action="${a}"]`).length > Number(n), [action, before] as const);
    await waitForRender(page);
  }

  it('an editor merges two incidents (the list shows one fewer, the audit log the merge) and undo restores them', async () => {
    const { items } = harness.px.readModel.searchIncidents({ sort: 'contested', limit: 2, offset: 0 }, ANONYMOUS);
    const [keep, other] = items.map((i) => i.id);
    const { context, page } = await harness.open({ editor: true });
    const total = await listedTotal(page);
    await visit(page, `${harness.base}/#/incidents/${keep}`);
    await page.fill('[data-testid="merge-query"]', other);
    await page.press('[data-testid="merge-query"]', 'Enter');
    const candidate = page.locator(`[data-testid="merge-candidate"][data-incident-id="${other}"]`);
    await act(page, () => candidate.click(), 'merge_incidents');
    const merged = page.locator('[data-testid="audit-entry"][data-action="merge_incidents"]');
    expect(await merged.locator('td[data-label="After"]').textContent()).toContain(other);
    expect(await merged.locator('td[data-label="Who"]').textContent()).toBe('local');
    const documents = harness.px.readModel.getIncident(keep, EDITOR)!.incident.documents.length;
    expect(await page.locator('[data-testid="documents"] [data-testid="document-item"]').count()).toBe(documents);
    expect(await findAccessibilityViolations(page)).toEqual([]);
    await saveScreenshot(page, 'incident-merged-1440-editor');
    expect(await listedTotal(page)).toBe(total - 1);
    expect(harness.px.readModel.getIncident(other, EDITOR)).toBeNull();

    await visit(page, `${harness.base}/#/incidents/${keep}`);
    await act(page, () => merged.locator('[data-testid="audit-undo"]').click(), 'undo_merge_incidents');
    // Once undone, the merge offers no second undo.
    expect(await merged.locator('[data-testid="audit-undo"]').count()).toBe(0);
    expect(await listedTotal(page)).toBe(total);
    expect(harness.px.readModel.getIncident(other, EDITOR)).not.toBeNull();
    await context.close();
  });

  it('an editor splits a document off into a new incident, and undo puts it back', async () => {
    const { items } = harness.px.readModel.searchIncidents({ sort: 'contested', limit: 50, offset: 0 }, ANONYMOUS);
    const id = items.find((i) => harness.px.readModel.getIncident(i.id, EDITOR)!.incident.documents.length >= 2)!.id;
    const { context, page } = await harness.open({ editor: true, width: 'narrow' });
    const total = await listedTotal(page);
    await visit(page, `${harness.base}/#/incidents/${id}`);
    const button = page.locator('[data-testid="split-document"]').last();
    const versionId = (await button.getAttribute('data-version-id'))!;
    await act(page, () => button.click(), 'split_incident');
    expect(await page.locator(`[data-testid="split-document"][data-version-id="${versionId}"]`).count()).toBe(0);
    expect(await findAccessibilityViolations(page)).toEqual([]);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(1);
    expect(await listedTotal(page)).toBe(total + 1);
    await visit(page, `${harness.base}/#/incidents/${id}`);
    await act(page, () => page.locator('[data-testid="audit-entry"][data-action="split_incident"] [data-testid="audit-undo"]').click(), 'undo_split_incident');
    expect(await page.locator(`[data-testid="split-document"][data-version-id="${versionId}"]`).count()).toBe(1);
    expect(await listedTotal(page)).toBe(total);
    await context.close();
  });
});
