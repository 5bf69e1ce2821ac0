import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { matchSpeakerName } from '../../src/analysis/eval/gold/matchSpeakerName.js';
import type { ExportedAttributionLine } from '../../src/domain/exportContract.js';
import { runCli } from '../../src/cli/testing/runCli.js';

const fixtures = path.resolve(import.meta.dirname, '../fixtures/attribute');
const readJsonl = <T>(file: string): T[] => readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as T);

describe('parallax attribute', () => {
  let dir: string;
  let inputs: { id: string; text: string }[];
  let output: ExportedAttributionLine[];

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'parallax-attr-'));
    const out = path.join(dir, 'preds.jsonl');
    const run = await runCli(['attribute', '--input', path.join(fixtures, 'docs.jsonl'), '--output', out]);
    expect(run.code).toBe(0);
    inputs = readJsonl(path.join(fixtures, 'docs.jsonl'));
    output = readJsonl(out);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes one line per input line, in order, with spans that reproduce the text', () => {
    expect(output.map((o) => o.id)).toEqual(inputs.map((i) => i.id));
    output.forEach((line, i) => {
      const text = inputs[i].text;
      for (const a of line.attributions) {
        expect(['direct', 'indirect', 'mixed']).toContain(a.kind);
        for (const span of [a.source, a.cue, a.content, ...a.content.fragments]) {
          if (span) expect(text.slice(span.start, span.end)).toBe(span.text);
        }
        if (a.speaker) expect(Object.keys(a.speaker).sort()).toEqual(['affiliation', 'name', 'role']);
      }
    });
  });

  it('finds what a human marked, and never puts words in the wrong mouth', () => {
    const expected = readJsonl<ExportedAttributionLine>(path.join(fixtures, 'expected.jsonl'));
    let gold = 0;
    let found = 0;
    for (const want of expected) {
      const got = output.find((o) => o.id === want.id)?.attributions ?? [];
      for (const g of want.attributions) {
        gold++;
        const match = got.find((p) => overlap(p.content, g.content) >= 0.8 * (g.content.end - g.content.start));
        if (!match) continue;
        found++;
        if (match.speaker && g.speaker) expect(matchSpeakerName(match.speaker.name, g.speaker.name), `${want.id}: ${match.speaker.name} vs ${g.speaker.name}`).toBe(true);
      }
      if (want.attributions.length === 0) expect(got, `${want.id} is a trap`).toEqual([]);
    }
    expect(found / gold).toBeGreaterThanOrEqual(0.8);
  });

  it('rejects a line that is not JSON, naming the line', async () => {
    const bad = path.join(dir, 'bad.jsonl');
    writeFileSync(bad, '{"id":"a","text":"She said so."}\nnot json\n');
    const run = await runCli(['attribute', '--input', bad, '--output', path.join(dir, 'x.jsonl')]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/Line 2/);
  });
});

function overlap(a: { start: number; end: number }, b: { start: number; end: number }): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}
