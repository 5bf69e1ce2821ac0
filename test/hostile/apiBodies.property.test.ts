import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAuthTestApp } from '../../src/api/auth/authTestApp.js';
import { openAccounts, type Accounts } from '../../src/services/auth/openAccounts.js';
import { anyCodeUnits } from './hostileArbitraries.js';
import { runHostileAsyncProperty } from './runHostileProperty.js';

let dir = '';
let accounts: Accounts;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'parallax-api-bodies-'));
  accounts = openAccounts(join(dir, 'p.db'));
  await accounts.addUser('ed', 'editor', 'editor password 1');
});
afterAll(() => {
  accounts.close();
  rmSync(dir, { recursive: true, force: true });
});

// Bodies as a hostile client sends them: any JSON value, near-miss logins, broken JSON, odd types.
const body = fc.oneof(
  fc.jsonValue().map((v) => JSON.stringify(v)),
  fc.record({ name: fc.oneof(fc.string(), fc.integer(), fc.constant(null)), password: fc.oneof(fc.string({ maxLength: 3 }), fc.array(fc.string())), extra: fc.anything() }, { requiredKeys: [] }).map((v) => JSON.stringify(v)),
  anyCodeUnits,
  fc.constantFrom('{', '{"name":', '[[[[[[[[[[', '{"__proto__":{"admin":true}}', '{"constructor":{"prototype":{"x":1}}}', '"\\ud800"', 'null', '1e999', `{"a":${'['.repeat(3000)}`),
);
const request = fc.record({
  url: fc.constantFrom('/api/v1/session', '/probe', '/api/v1/nowhere'),
  method: fc.constantFrom('POST', 'DELETE', 'PUT'),
  contentType: fc.constantFrom('application/json', 'application/json; charset=utf-8', 'text/plain', 'application/x-www-form-urlencoded', 'application/octet-stream'),
  payload: body,
});

describe('JSON API bodies under generated input', () => {
  it('answer with a 2xx or a 4xx in the one error shape, never a 500, for 10,000 requests', async () => {
    const app = createAuthTestApp(accounts, { login: 1_000_000, writes: 1_000_000 });
    await app.ready();
    const tally = await runHostileAsyncProperty(
      'api-json-bodies',
      request,
      async (r) => app.inject({ method: r.method as 'POST', url: r.url, headers: { 'content-type': r.contentType }, payload: r.payload }),
      (_r, res) => {
        expect(res.statusCode).toBeLessThan(500);
        if (res.statusCode >= 400) {
          const json = res.json() as { error: { code: string; message: string } };
          expect(typeof json.error.code).toBe('string');
          expect(typeof json.error.message).toBe('string');
          expect(res.body).not.toContain('password 1');
        }
      },
    );
    expect(tally.inputs).toBeGreaterThanOrEqual(10_000);
    await app.close();
  }, 300_000);
});
