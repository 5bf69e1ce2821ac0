import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startDeadline } from '../../lib/deadline.js';
import { isParallaxError } from '../../lib/errors.js';
import { openStore } from '../../store/openStore.js';
import type { Store } from '../../store/Store.js';
import { analyseVersion, type AnalyseVersion } from './applyAnalysis.js';
import { ingestPaths } from './ingestPaths.js';
import { toParsedDocument } from './reanalyseAll.js';
import { makeVersion } from '../../store/storeFixtures.js';

/* Invented reports; the one containing "SLOWMARK" meets a stage that runs away. */
const CALM = 'Agents detained a man outside a bakery on Tuesday, a neighbour said.';
const OTHER = 'Border Patrol agents stopped a pickup truck near a ranch, the agency said in a statement.';
const SLOW = 'SLOWMARK. Officers questioned two workers at a car wash, their employer said.';

function busyWait(ms: number): void {
  const until = performance.now() + ms;
  while (performance.now() < until) {
    /* a stage stuck on pathological text */
  }
}

// Loads the language model once, so the limit measures analysis rather than the first model load.
beforeAll(() => void analyseVersion(toParsedDocument(makeVersion(CALM)), 'ver_warm'));

let dir = '';
let store: Store;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'parallax-deadline-'));
  mkdirSync(join(dir, 'in'));
  writeFileSync(join(dir, 'in', '1-calm.txt'), CALM);
  writeFileSync(join(dir, 'in', '2-slow.txt'), SLOW);
  writeFileSync(join(dir, 'in', '3-other.txt'), OTHER);
  store = openStore(':memory:');
});

afterEach(() => {
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('time limit per document', () => {
  it('records a runaway document as failed (too_slow), stores nothing of it, and goes on with the batch', () => {
    // Generous for the calm reports on a busy machine; the slow stage alone outlasts it.
    const limit = 1500;
    // The slow stage runs first, then the real stages, whose own checks notice the time is up.
    const slowStage: AnalyseVersion = (doc, versionId, deadline) => {
      if (doc.text.includes('SLOWMARK')) busyWait(limit + 200);
      return analyseVersion(doc, versionId, deadline);
    };
    const summary = ingestPaths(store, [join(dir, 'in')], { docTimeoutMs: limit, analyse: slowStage });
    expect(summary.failed.map((f) => [f.path.endsWith('2-slow.txt'), f.code])).toEqual([[true, 'too_slow']]);
    expect(summary.failed[0]!.message).toMatch(/longer than the 1500 ms allowed/);
    expect(store.listFailures().map((f) => f.code)).toEqual(['too_slow']);
    expect(summary.stored).toBe(2);
    expect(store.listLatestVersionIds()).toHaveLength(2);
  });

  it('lets the same documents through under the default limit', () => {
    const summary = ingestPaths(store, [join(dir, 'in')]);
    expect(summary.failed).toEqual([]);
    expect(summary.stored).toBe(3);
  });

  it('is checked between the analysis stages themselves', () => {
    // A clock that jumps a second per reading: the third check (after mentions) is past 2.5 s.
    let t = 0;
    const deadline = startDeadline(2500, () => (t += 1000));
    let thrown: unknown;
    try {
      analyseVersion(toParsedDocument(makeVersion(OTHER)), 'ver_test', deadline);
    } catch (err) {
      thrown = err;
    }
    expect(isParallaxError(thrown) && thrown.code).toBe('too_slow');
    expect(isParallaxError(thrown) && thrown.details.stage).toBe('mentions');
  });

  it('stores a document in a language Parallax does not read, reads nothing from it, and says so', () => {
    const spanish = 'Un agente de la Patrulla Fronteriza disparó el sábado contra un hombre en el barrio, según el Departamento de Seguridad Nacional. El hombre fue trasladado a un hospital y su hermana dijo que él no tenía un arma cuando los agentes llegaron.';
    writeFileSync(join(dir, 'in', '4-es.txt'), spanish);
    const summary = ingestPaths(store, [join(dir, 'in', '4-es.txt'), join(dir, 'in', '3-other.txt')]);
    expect(summary).toMatchObject({ stored: 2, failed: [], unread: [{ path: join(dir, 'in', '4-es.txt'), language: 'Spanish' }] });
    const version = store.findVersionBySha256(toParsedDocument(makeVersion(spanish)).sha256);
    expect(version).not.toBeNull();
    expect(store.listAttributions(version!.id)).toEqual([]);
  });
});
