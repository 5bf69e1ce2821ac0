import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import chromium from '@sparticuz/chromium';
import type { FastifyInstance } from 'fastify';
import { chromium as playwright, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { createServer } from '../../src/api/createServer.js';
import { EDITOR_COOKIE } from '../../src/api/resolveViewer.js';
import { ingestPaths } from '../../src/services/ingest/ingestPaths.js';
import { openParallax, type Parallax } from '../../src/services/openParallax.js';

const root = path.resolve(import.meta.dirname, '../..');
export const ARTIFACTS = path.join(root, 'test-artifacts', 'browser');
export const WIDTHS = Object.freeze({ narrow: { width: 375, height: 812 }, wide: { width: 1440, height: 900 } });
const TOKEN = 'browser-test-editor-token';

export interface Harness {
  readonly px: Parallax;
  readonly base: string;
  readonly browser: Browser;
  /** A page for an anonymous visitor, or for the local editor. */
  open(options?: { editor?: boolean; width?: keyof typeof WIDTHS }): Promise<{ context: BrowserContext; page: Page }>;
  close(): Promise<void>;
}

/** A temp database filled from samples/documents, the server in-process on port 0, one Chromium. */
export async function startHarness(): Promise<Harness> {
  const dir = mkdtempSync(path.join(tmpdir(), 'parallax-browser-'));
  const px = openParallax(path.join(dir, 'p.db'));
  ingestPaths(px.store, [path.join(root, 'samples', 'documents')]);
  const app: FastifyInstance = createServer({ queries: px.queries, readModel: px.readModel, review: px.review, editorToken: TOKEN });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  // --single-process makes closing a context close the whole browser; each test needs its own contexts.
  const args = chromium.args.filter((a: string) => a !== '--single-process');
  const browser = await playwright.launch({ executablePath: await chromium.executablePath(), args, headless: true });
  return {
    px,
    base,
    browser,
    async open({ editor = false, width = 'wide' } = {}) {
      const context = await browser.newContext({ viewport: WIDTHS[width] });
      if (editor) await context.addCookies([{ name: EDITOR_COOKIE, value: TOKEN, url: base, httpOnly: true, sameSite: 'Strict' }]);
      return { context, page: await context.newPage() };
    },
    async close() {
      await browser.close();
      await app.close();
      px.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Navigates inside the app and waits until the router has painted the page. */
export async function visit(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await waitForRender(page);
}

/**
 * Waits until the page for the current address is on screen. The router runs on `hashchange`,
 * which fires after the address has changed: `aria-busy` alone can still describe the page before.
 */
export async function waitForRender(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const main = document.getElementById('main');
    return main?.getAttribute('aria-busy') !== 'true' && main?.dataset.hash === location.hash;
  });
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Runs axe-core in the page (evaluated through the debugging protocol, so the page's CSP still holds for the app). */
export async function findAccessibilityViolations(page: Page): Promise<{ id: string; impact: string | null; targets: string[] }[]> {
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const result = await (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: { id: string; impact: string | null; nodes: { target: string[] }[] }[] }> } }).axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, targets: v.nodes.slice(0, 5).map((n) => n.target.join(' ')) }));
  });
}

/** Saves a full-page screenshot of the current page under test-artifacts/browser/. */
export async function saveScreenshot(page: Page, name: string): Promise<string> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const file = path.join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}
