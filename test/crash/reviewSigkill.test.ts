import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestPaths } from '../../src/services/ingest/ingestPaths.js';
import { openStore } from '../../src/store/openStore.js';
import { recordFigures } from '../hostile/recordFigures.js';
import { bundleChild } from './bundleChild.js';
import { inspectDatabase, type DatabaseState } from './inspectDatabase.js';
import { inspectReview, type AuditRowState, type ReviewState } from './inspectReview.js';
import { runChild } from './runChild.js';
import { seededRandom } from './seededRandom.js';

const KILLS = 54;
const MAX_KILL_DELAY_MS = 600;
// Every kind of change the rounds must have made, and how many rounds more may be run to see them all.
const KINDS_EXPECTED = ['correct_field', 'correct_claim', 'reassign_speaker', 'set_visibility', 'merge_incidents', 'split_incident'] as const;
const EXTRA_ROUNDS = 36;
const ROOT = join(import.meta.dirname, '..', '..');

/** Audit actions that record a reviewer's decision, and the decision kind each one writes. */
const DECISION_KIND: Readonly<Record<string, string>> = {
  confirm_field: 'field',
  correct_field: 'field',
  confirm_claim: 'claim',
  correct_claim: 'claim',
  reassign_speaker: 'speaker',
};
const MOVES = new Set(['merge_incidents', 'split_incident', 'undo_merge_incidents', 'undo_split_incident']);

let work = '';
let bundle = '';
let base: DatabaseState;
let baseDrafts: ReadonlyMap<string, string | null>;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'parallax-review-crash-'));
  bundle = await bundleChild(join(import.meta.dirname, 'reviewChild.ts'), join(ROOT, 'test-artifacts', 'crash'));
  const store = openStore(join(work, 'base.db'));
  ingestPaths(store, [join(ROOT, 'samples', 'documents')]);
  store.close();
  base = inspectDatabase(join(work, 'base.db'));
  baseDrafts = inspectReview(join(work, 'base.db')).drafts;
  expect(new Set(baseDrafts.values()).size).toBeGreaterThan(1);
}, 120_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

const after = (row: AuditRowState): { verdict?: string; value?: unknown; visibility?: string; moves?: { versionId: string; localIndex: number; from: string; to: string }[] } =>
  row.after_json === null ? {} : JSON.parse(row.after_json);
const fieldOf = (targetId: string): string => targetId.slice(targetId.indexOf(':') + 1);

/** Each decision and visibility rule is exactly what the newest audit entry on its target says, written by the same change. */
function checkDecisionsMatchLog(state: ReviewState): void {
  const latest = new Map<string, AuditRowState>();
  const latestVisibility = new Map<string, AuditRowState>();
  for (const row of state.audit) {
    const kind = DECISION_KIND[row.action];
    const key = row.target_kind === 'field' ? fieldOf(row.target_id) : row.target_id;
    if (kind) latest.set(`${row.incident_id}|${kind}|${key}`, row);
    if (row.action === 'set_visibility') latestVisibility.set(`${row.incident_id}|${row.target_kind === 'incident' ? '' : key}`, row);
  }
  const decisions = new Map(state.decisions.map((d) => [`${d.incident_id}|${d.kind}|${d.key}`, d]));
  expect([...decisions.keys()].sort(), 'a decision without its audit entry, or an entry without its decision').toEqual([...latest.keys()].sort());
  for (const [key, row] of latest) {
    const d = decisions.get(key)!;
    expect(d.actor, key).toBe(row.actor);
    expect(d.verdict).toBe(after(row).verdict);
    if (d.verdict === 'corrected') expect(JSON.parse(d.value_json ?? 'null')).toEqual(after(row).value);
  }
  const rules = new Map(state.visibility.map((r) => [`${r.incident_id}|${r.field}`, r]));
  expect([...rules.keys()].sort()).toEqual([...latestVisibility.keys()].sort());
  for (const [key, row] of latestVisibility) {
    expect(rules.get(key)!.actor, key).toBe(row.actor);
    expect(rules.get(key)!.visibility).toBe(after(row).visibility);
  }
}

/** Replaying every logged merge, split and undo from the ingested state gives exactly where each account is now. */
function checkMovesMatchLog(state: ReviewState): void {
  const where = new Map(baseDrafts);
  for (const row of state.audit.filter((r) => MOVES.has(r.action))) {
    for (const m of after(row).moves ?? []) {
      expect(where.get(`${m.versionId}#${m.localIndex}`), `${row.action} ${row.id}`).toBe(m.from);
      where.set(`${m.versionId}#${m.localIndex}`, m.to);
    }
  }
  expect(state.drafts).toEqual(where);
  expect(state.incidentIds).toEqual([...new Set([...where.values()].filter((v): v is string => v !== null))].sort());
  expect(state.strayClaims).toBe(0);
}

function checkConsistent(db: string, before: ReviewState | null, committed: readonly string[]): ReviewState {
  const stored = inspectDatabase(db);
  expect(stored.integrity).toBe('ok');
  expect(stored.foreignKeyProblems).toBe(0);
  expect(stored.ftsProblem).toBeNull();
  expect(stored.danglingClaims).toBe(0);
  // Review never touches documents: every version and its attributions are as ingested.
  expect(stored.versions.size).toBe(base.versions.size);
  for (const [sha, v] of base.versions) {
    expect(stored.versions.get(sha)?.text).toBe(v.text);
    expect(stored.versions.get(sha)?.attributions).toBe(v.attributions);
  }
  const state = inspectReview(db);
  // Earlier entries unchanged, in order; every change the child saw commit is there.
  if (before) expect(state.audit.slice(0, before.audit.length)).toEqual(before.audit);
  const actors = new Set(state.audit.map((r) => r.actor));
  expect(committed.filter((a) => !actors.has(a))).toEqual([]);
  checkDecisionsMatchLog(state);
  checkMovesMatchLog(state);
  return state;
}

describe('review corrections through SIGKILL', () => {
  it(`apply wholly with their audit entry or not at all across ${KILLS} kills`, async () => {
    const seed = Number(process.env.PARALLAX_CRASH_SEED ?? Date.now() % 1_000_000);
    const random = seededRandom(seed);
    const db = join(work, 'crash.db');
    copyFileSync(join(work, 'base.db'), db);
    let before: ReviewState | null = null;
    let committed = 0;
    let interruptedApplied = 0;
    let interruptedAbsent = 0;
    const started = Date.now();
    const seen = (state: ReviewState | null) => new Set((state?.audit ?? []).map((r) => r.action));
    // On a loaded machine a kill may land before a run's first change has committed (a merge may
    // take longer than the longest delay), and then some kind of change may never have been made by
    // the last round: more structural runs (every third run is one) follow, each killed too and each
    // after a longer delay, until every kind has been, or EXTRA_ROUNDS have run.
    const missing = () => KINDS_EXPECTED.filter((k) => !seen(before).has(k)).length > 0;
    let extra = 0;
    let kills = 0;
    for (let round = 0; round < KILLS || (missing() && extra < EXTRA_ROUNDS); round++) {
      if (round >= KILLS) {
        extra += 1;
        if (round % 3 !== 0) continue;
      }
      // A merge rebuilds incidents and may take longer than the longest delay on a loaded machine: each extra run waits longer.
      const maxDelay = round < KILLS ? MAX_KILL_DELAY_MS : MAX_KILL_DELAY_MS * (1 + Math.floor(extra / 3));
      const run = await runChild(bundle, [db, String(round)], Math.floor(random() * maxDelay));
      kills += 1;
      expect(run.killed, `seed ${seed}: ${run.stderr}`).toBe(true);
      const lines = run.stdout.trim().split('\n');
      const ended = lines.filter((l) => l.startsWith('end ')).map((l) => l.slice(4));
      const state = checkConsistent(db, before, ended);
      const last = lines.at(-1) ?? '';
      if (last.startsWith('begin ')) {
        if (state.audit.some((r) => r.actor === last.slice(6))) interruptedApplied += 1;
        else interruptedAbsent += 1;
      }
      committed += ended.length;
      before = state;
    }
    const actions: Record<string, number> = {};
    for (const row of before!.audit) actions[row.action] = (actions[row.action] ?? 0) + 1;
    // Kills must land inside changes, not only between them, or the test proves little.
    expect(interruptedAbsent + interruptedApplied, `seed ${seed}`).toBeGreaterThan(KILLS / 2);
    expect(Object.keys(actions), `seed ${seed}, ${extra} extra rounds, ${JSON.stringify(actions)}`).toEqual(expect.arrayContaining([...KINDS_EXPECTED]));
    recordFigures('review-crash', {
      kills,
      extraRounds: extra,
      changesCommitted: committed,
      auditEntries: before!.audit.length,
      interruptedApplied,
      interruptedAbsent,
      actions,
      seed,
      seconds: Math.round((Date.now() - started) / 1000),
    });
  }, 420_000);
});
