import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import chromium from '@sparticuz/chromium';
import type { FastifyInstance } from 'fastify';
import { chromium as playwright, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer } from '../../src/api/createServer.js';
import { openAccounts, type Accounts } from '../../src/services/auth/openAccounts.js';
import { ingestPaths } from '../../src/services/ingest/ingestPaths.js';
import { openParallax, type Parallax } from '../../src/services/openParallax.js';
import { LOCAL_EDITOR } from '../../src/services/review/viewer.js';
import { findAccessibilityViolations, saveScreenshot, visit, waitForRender, WIDTHS } from './browserHarness.js';

const root = path.resolve(import.meta.dirname, '../..');
const PASSWORD = 'an editor password for tests';

/** A server with accounts (no editor link): the only way to edit is to sign in. */
// A real Chromium on a busy 2-core machine: a page walk can take longer than the default 30 s.
describe('the web UI in Chromium: signing in and out', { timeout: 120_000 }, () => {
  let dir = '';
  let px: Parallax;
  let accounts: Accounts;
  let app: FastifyInstance;
  let browser: Browser;
  let base = '';
  let incidentId = '';
  let privateName = '';

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'parallax-signin-'));
    const db = path.join(dir, 'p.db');
    px = openParallax(db);
    ingestPaths(px.store, [path.join(root, 'samples', 'documents')]);
    accounts = openAccounts(db);
    await accounts.addUser('ed', 'editor', PASSWORD);
    incidentId = px.readModel.searchIncidents({ sort: 'contested', limit: 1, offset: 0 }, LOCAL_EDITOR).items[0]!.id;
    privateName = px.readModel.getIncident(incidentId, LOCAL_EDITOR)!.incident.persons[0]!.name!;
    px.review.setVisibility({ incidentId, field: 'persons.0.name', visibility: 'private' }, LOCAL_EDITOR);
    app = createServer({ queries: px.queries, readModel: px.readModel, review: px.review, editorToken: null, accounts, secureCookies: false });
    await app.listen({ host: '127.0.0.1', port: 0 });
    const address = app.server.address();
    base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    const args = chromium.args.filter((a: string) => a !== '--single-process');
    browser = await playwright.launch({ executablePath: await chromium.executablePath(), args, headless: true });
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await app?.close();
    accounts?.close();
    px?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  async function signIn(page: Page, password: string): Promise<void> {
    await visit(page, `${base}/#/signin`);
    await page.fill('[data-testid="signin-name"]', 'ed');
    await page.fill('[data-testid="signin-password"]', password);
    await page.click('[data-testid="signin-submit"]');
  }

  it('the sign-in page and the account corner are accessible at 375 and 1440 px', async () => {
    for (const width of ['narrow', 'wide'] as const) {
      const context = await browser.newContext({ viewport: WIDTHS[width] });
      const page = await context.newPage();
      await visit(page, `${base}/#/`);
      await page.locator('[data-testid="sign-in-link"]').waitFor();
      await page.click('[data-testid="sign-in-link"]');
      await page.locator('[data-testid="page-signin"]').waitFor();
      expect(await findAccessibilityViolations(page)).toEqual([]);
      await signIn(page, 'not the password');
      await page.locator('[data-testid="signin-error"]:not(:empty)').waitFor();
      expect(await page.locator('[data-testid="signin-error"]').textContent()).toMatch(/wrong password/);
      expect(await findAccessibilityViolations(page)).toEqual([]);
      await signIn(page, PASSWORD);
      await page.locator('[data-testid="signed-in-as"]').waitFor();
      await waitForRender(page);
      expect(await findAccessibilityViolations(page)).toEqual([]);
      await saveScreenshot(page, `signed-in-${width === 'narrow' ? 375 : 1440}`);
      await context.close();
    }
  }, 120_000);

  it('an editor signs in, corrects a field (the change carries the CSRF token), signs out, and the page shows only what is published', async () => {
    const context = await browser.newContext({ viewport: WIDTHS.wide });
    const page = await context.newPage();
    await visit(page, `${base}/#/incidents/${incidentId}`);
    expect(await page.locator('main').textContent()).not.toContain(privateName);
    expect(await page.locator('[data-testid="review-panel"]').count()).toBe(0);

    await signIn(page, PASSWORD);
    await page.locator('[data-testid="signed-in-as"]').waitFor();
    expect(await page.locator('[data-testid="signed-in-as"]').textContent()).toBe('Signed in as ed (editor)');
    await visit(page, `${base}/#/incidents/${incidentId}`);
    expect(await page.locator('main').textContent()).toContain(privateName);
    await page.selectOption('[data-testid="field-select"]', 'place');
    await page.fill('[data-testid="field-value-input"]', 'a corrected place for the test');
    await page.click('[data-testid="field-correct"]');
    const entry = page.locator('[data-testid="audit-entry"][data-action="correct_field"]');
    await entry.waitFor();
    expect(await entry.locator('td[data-label="Who"]').textContent()).toBe('ed');
    expect(px.store.listAudit(incidentId).some((e) => e.action === 'correct_field' && e.actor === 'ed')).toBe(true);

    await page.click('[data-testid="sign-out"]');
    await page.locator('[data-testid="sign-in-link"]').waitFor();
    await waitForRender(page);
    expect(await page.locator('[data-testid="signed-in-as"]').count()).toBe(0);
    expect(await page.locator('main').textContent()).not.toContain(privateName);
    expect(await page.locator('[data-testid="review-panel"]').count()).toBe(0);
    // The correction itself is published: an anonymous reader sees it.
    expect(await page.locator('main').textContent()).toContain('a corrected place for the test');
    const api = await page.evaluate(async (u) => (await fetch(u)).text(), `/api/v1/incidents/${incidentId}`);
    expect(api).not.toContain(privateName);
    await context.close();
  }, 120_000);
});
