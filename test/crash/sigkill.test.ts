import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordFigures } from '../hostile/recordFigures.js';
import { bundleChild } from './bundleChild.js';
import { inspectDatabase, type DatabaseState } from './inspectDatabase.js';
import { runChild } from './runChild.js';
import { seededRandom } from './seededRandom.js';

const KILLS = 100;
const MAX_KILL_DELAY_MS = 1000;
const ROOT = join(import.meta.dirname, '..', '..');
const SAMPLES = join(ROOT, 'samples', 'documents');

interface Expected {
  readonly attributions: number;
  readonly drafts: number;
  readonly text: string;
}

function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(path) : [path];
  });
}

const sha = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

let work = '';
let bundle = '';
const bases: { name: string; bytes: Buffer }[] = [];
const expectedByBaseSha = new Map<string, Expected>();

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'parallax-crash-'));
  bundle = await bundleChild(join(import.meta.dirname, 'ingestChild.ts'), join(ROOT, 'test-artifacts', 'crash'));
  for (const path of listFiles(SAMPLES)) bases.push({ name: basename(path), bytes: readFileSync(path) });
  // The reference: every sample ingested once, undisturbed.
  const refDir = join(work, 'reference');
  mkdirSync(refDir);
  bases.forEach((b, i) => writeFileSync(join(refDir, `${i}-${b.name}`), b.bytes));
  const run = await runChild(bundle, [join(work, 'reference.db'), refDir], null);
  expect(run.stdout, run.stderr).toContain('done');
  const ref = inspectDatabase(join(work, 'reference.db'));
  for (const b of bases) {
    const v = ref.versions.get(sha(b.bytes));
    if (v) expectedByBaseSha.set(sha(b.bytes), { attributions: v.attributions, drafts: v.drafts, text: v.text.trimEnd() });
  }
  expect(expectedByBaseSha.size).toBeGreaterThan(0);
}, 120_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

/** Checks the database after a crash against the reference and against what it held before. */
function checkConsistent(state: DatabaseState, before: DatabaseState | null, variantOf: Map<string, string>): void {
  expect(state.integrity).toBe('ok');
  expect(state.foreignKeyProblems).toBe(0);
  expect(state.ftsProblem).toBeNull();
  expect(state.danglingClaims).toBe(0);
  for (const [versionSha, v] of state.versions) {
    const base = variantOf.get(versionSha);
    const want = base ? expectedByBaseSha.get(base) : undefined;
    expect(want, `version ${v.id} is not one of the files`).toBeDefined();
    // Fully stored: the whole text, every attribution, and (for the newest version) every draft, placed.
    expect(v.text.trimEnd()).toBe(want!.text);
    expect(v.attributions).toBe(want!.attributions);
    expect(v.drafts).toBe(v.newest ? want!.drafts : 0);
    expect(v.unplacedDrafts).toBe(0);
  }
  for (const [versionSha, old] of before?.versions ?? []) {
    const now = state.versions.get(versionSha);
    expect(now?.id, `version ${old.id} vanished`).toBe(old.id);
    expect(now?.attributions).toBe(old.attributions);
  }
}

describe('ingesting through SIGKILL', () => {
  it(`loses nothing and damages nothing across ${KILLS} kills at random points, then resumes`, async () => {
    const seed = Number(process.env.PARALLAX_CRASH_SEED ?? Date.now() % 1_000_000);
    const random = seededRandom(seed);
    const db = join(work, 'crash.db');
    const folder = join(work, 'inbox');
    mkdirSync(folder);
    const variantOf = new Map<string, string>();
    let added = 0;
    const addVariant = (): void => {
      const base = bases[added % bases.length]!;
      // Trailing newlines: new bytes (a new version) whose analysis must equal the reference's.
      const bytes = Buffer.concat([base.bytes, Buffer.from('\n'.repeat(Math.floor(added / bases.length) + 1))]);
      writeFileSync(join(folder, `${added}-${base.name}`), bytes);
      variantOf.set(sha(bytes), sha(base.bytes));
      added += 1;
    };
    let kills = 0;
    let finishedFirst = 0;
    let before: DatabaseState | null = null;
    const started = Date.now();
    for (let round = 0; kills < KILLS && round < KILLS * 3; round++) {
      addVariant();
      addVariant();
      const run = await runChild(bundle, [db, folder], Math.floor(random() * MAX_KILL_DELAY_MS));
      if (run.killed) kills += 1;
      else {
        expect(run.code, `seed ${seed}: ${run.stderr}`).toBe(0);
        finishedFirst += 1;
      }
      const state = inspectDatabase(db);
      checkConsistent(state, before, variantOf);
      before = state;
    }
    expect(kills, `seed ${seed}`).toBe(KILLS);

    const final = await runChild(bundle, [db, folder], null);
    expect(final.stdout, final.stderr).toMatch(/done \d+ \d+ 0/);
    const state = inspectDatabase(db);
    checkConsistent(state, before, variantOf);
    expect([...variantOf.keys()].filter((s) => !state.versions.has(s))).toEqual([]);
    recordFigures('crash', { kills, roundsFinishedBeforeKill: finishedFirst, documentsStored: state.versions.size, seed, seconds: Math.round((Date.now() - started) / 1000) });
  }, 900_000);
});
