import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestDocument } from '../../src/services/ingest/ingestDocument.js';
import { findAccessibilityViolations, saveScreenshot, startHarness, visit, type Harness } from './browserHarness.js';

/** Invented report, written for this test: a first version and a corrected one under the same URL. */
function report(body: string): Uint8Array {
  const header = ['Title: Agent fires at driver in Harlow Springs', 'Outlet: Test Ledger', 'URL: https://example.org/test/versions-1', 'Published: 2026-02-03', ''];
  return new TextEncoder().encode([...header, body].join('\n'));
}
const FIRST = 'An immigration agent fired two shots at a driver on Tuesday, the agency said. The driver was taken to a hospital.';
const SECOND = 'An immigration agent fired two shots at a driver on Tuesday evening, the agency said. The driver was taken to a hospital and later released.';

describe('the web UI in Chromium: what changed and who changed it', () => {
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
});
