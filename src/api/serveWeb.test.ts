import { afterEach, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { createServer } from './createServer.js';
import { CONTENT_SECURITY_POLICY } from './securityHeaders.js';
import { isServablePath } from './serveWeb.js';
import { makeFakeQueries } from './testing/sampleData.js';

describe('the web UI', () => {
  let app: FastifyInstance;
  afterEach(() => app.close());

  it('serves index.html at / under a strict policy', async () => {
    app = createServer({ queries: makeFakeQueries().queries });
    const res = await app.inject({ method: 'GET', url: '/' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.body).toContain('<main id="main"');
    expect(res.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    // The page itself must obey the policy: no inline script, no inline style, no remote asset.
    expect(res.body).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    expect(res.body).not.toMatch(/\sstyle=|<style|\son[a-z]+=/i);
    expect(res.body).not.toMatch(/(src|href)="(https?:)?\/\//);
  });

  it('forbids inline scripts and foreign origins in the policy', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-inline');
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');
  });

  it('serves the ES modules and the stylesheet with their types', async () => {
    app = createServer({ queries: makeFakeQueries().queries });
    const js = await app.inject({ method: 'GET', url: '/app.js' });
    expect(js.statusCode).toBe(200);
    expect(js.headers['content-type']).toMatch(/javascript/);
    const css = await app.inject({ method: 'GET', url: '/style.css' });
    expect(css.statusCode).toBe(200);
    expect(css.headers['content-type']).toMatch(/^text\/css/);
  });

  it('does not serve tests, test support or paths outside web/', async () => {
    app = createServer({ queries: makeFakeQueries().queries });
    for (const url of ['/lib/route.test.ts', '/testing/fixtures.ts', '/../package.json', '/%2e%2e/package.json', '/.hidden.js']) {
      const res = await app.inject({ method: 'GET', url });
      expect(res.statusCode, url).toBe(404);
      expect(res.json().error.code).toBe('not_found');
    }
  });

  it('decides servable paths by extension, excluding tests and dotfiles', () => {
    expect(isServablePath('/pages/incidentPage.js')).toBe(true);
    expect(isServablePath('/pages/incidentPage.test.js')).toBe(false);
    expect(isServablePath('/lib/x.ts')).toBe(false);
    expect(isServablePath('/.git/config.js')).toBe(false);
  });
});
