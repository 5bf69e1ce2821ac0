/**
 * `node --import tsx scripts/train-attribution-report.ts [--data DEV.jsonl]`
 * Prints the markdown table of docs/attribution.md: PolNeAR scores of the rules, the learned tagger
 * and both combined, and the speed of sentences + attribution in articles per CPU-second (tokens are
 * computed beforehand and not counted; CPU time, so a busy machine does not distort it).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { adaptToPolnear } from '../src/analysis/eval/attribution/adaptToPolnear.js';
import type { GoldRelation } from '../src/analysis/eval/attribution/relationTypes.js';
import { scoreAttributionDocuments } from '../src/analysis/eval/attribution/scoreAttributionDocuments.js';
import { findAttributions, type AttributionMethod } from '../src/nlp/attribution/findAttributions.js';
import { splitSentences } from '../src/nlp/sentences/splitSentences.js';
import { tokenize } from '../src/nlp/tokens/tokenize.js';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const { values } = parseArgs({ options: { data: { type: 'string', default: path.join(ROOT, '..', 'shared', 'data', 'polnear', 'dev.jsonl') } } });
const lines = readFileSync(values.data!, 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as { text: string; attributions: GoldRelation[] });
const tokens = lines.map((l) => tokenize(l.text));

const f = (x: number) => x.toFixed(3);
console.log('| method | exact F1 source | exact F1 cue | exact F1 content | overlap F1 content | linked P | linked R | linked F1 | speech linked P | speech linked R | articles/s |');
console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
for (const method of ['rules', 'learned', 'combined', 'confident', 'scored'] as AttributionMethod[]) {
  findAttributions(lines[0].text, { tokens: tokens[0], sentences: splitSentences(lines[0].text, tokens[0], { bodyStart: 0 }) }, { method }); // warm-up, model load
  const cpu = process.cpuUsage();
  const found = lines.map((l, i) => findAttributions(l.text, { tokens: tokens[i], sentences: splitSentences(l.text, tokens[i], { bodyStart: 0 }) }, { method }));
  const used = process.cpuUsage(cpu);
  const seconds = (used.user + used.system) / 1e6;
  const s = scoreAttributionDocuments(
    lines.map((l, i) => ({ text: l.text, gold: l.attributions, predicted: found[i].map((a) => adaptToPolnear(l.text, { source: a.source, cue: a.cue, content: a.content })) })),
  );
  const sp = s.byCue.speech.linked;
  console.log(
    `| ${method} | ${f(s.exact.source.f1)} | ${f(s.exact.cue.f1)} | ${f(s.exact.content.f1)} | ${f(s.overlap.content.f1)} | ${f(s.linked.precision)} | ${f(s.linked.recall)} | ${f(s.linked.f1)} | ${f(sp.precision)} | ${f(sp.recall)} | ${Math.round(lines.length / seconds)} |`,
  );
}
