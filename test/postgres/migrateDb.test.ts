import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateDbCommand } from '../../src/cli/commands/migrateDb.js';
import type { CliIo } from '../../src/cli/io.js';
import { ingestPaths } from '../../src/services/ingest/ingestPaths.js';
import { openStore } from '../../src/store/openStore.js';
import type { Store } from '../../src/store/Store.js';
import { useEmbeddedPostgres } from './useEmbeddedPostgres.js';

const SAMPLES = fileURLToPath(new URL('../../samples/documents', import.meta.url));

const server = useEmbeddedPostgres();
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'parallax-migrate-'));
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

function captureIo(env: Record<string, string> = {}): CliIo & { out: string[] } {
  const out: string[] = [];
  return { out, stdout: (t) => void out.push(t), stderr: () => {}, isTTY: false, env, cwd: dir };
}

/** Everything a store holds, read through the interface, in a form two stores can be compared by. */
function snapshot(store: Store): unknown {
  const versions = store.listLatestVersionIds().flatMap((id) => store.listVersions(store.getVersion(id)?.documentId ?? ''));
  const incidents = store.listIncidentRows().map((row) => ({
    incident: store.getIncident(row.id),
    claims: store.listClaims(row.id),
    documents: store.listIncidentDocuments(row.id),
    audit: store.listAudit(row.id),
    decisions: store.listReviewDecisions(row.id),
    visibility: store.listVisibility(row.id),
  }));
  return {
    versions: versions.map((v) => ({ v, attributions: store.listAttributions(v.id), drafts: store.listDrafts(v.id) })),
    incidents,
    failures: store.listFailures(),
    search: store.searchIncidentIds('said'),
  };
}

describe('parallax migrate-db', () => {
  it('copies an embedded database to PostgreSQL, whole, and refuses to copy over data', async () => {
    const file = join(dir, 'parallax.db');
    const source = openStore(file);
    ingestPaths(source, [SAMPLES]);
    source.recordFailure({ path: 'broken.html', code: 'empty_document', message: 'No text.', at: '2025-03-01T00:00:00.000Z' });
    const [first] = source.listIncidentRows();
    source.transaction(() => {
      source.saveReviewDecision({ incidentId: first.id, kind: 'field', key: 'date', verdict: 'confirmed', value: null, original: first.date, actor: 'ed', at: '2025-03-02T00:00:00.000Z' });
      source.saveVisibility({ incidentId: first.id, field: 'persons.0.name', visibility: 'private', actor: 'ed', at: '2025-03-02T00:00:00.000Z' });
      source.appendAudit({ id: 'aud_1', at: '2025-03-02T00:00:00.000Z', actor: 'ed', action: 'confirm_field', target: { kind: 'field', id: 'date' }, before: null, after: first.date, incidentId: first.id });
    });
    const expected = snapshot(source);
    source.close();

    const url = await server().createDatabase();
    const io = captureIo();
    expect(await migrateDbCommand(['--from', file, '--to', url, '--json'], io)).toBe(0);
    const summary = JSON.parse(io.out.join('')) as { versions: number; incidents: number; auditEntries: number };
    expect(summary.versions).toBeGreaterThan(0);
    expect(summary.auditEntries).toBe(1);

    const target = openStore(url);
    try {
      expect(target.kind).toBe('postgres');
      expect(snapshot(target)).toEqual(expected);
    } finally {
      target.close();
    }
    // DATABASE_URL stands in for --to; a target with documents is refused, the source never touched.
    await expect(migrateDbCommand(['--from', file], captureIo({ DATABASE_URL: url }))).rejects.toMatchObject({ code: 'bad_argument' });
    await expect(migrateDbCommand(['--from', join(dir, 'nothing.db'), '--to', url], captureIo())).rejects.toMatchObject({ code: 'not_found' });
  }, 300_000);
});
