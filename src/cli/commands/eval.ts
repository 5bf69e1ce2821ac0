import path from 'node:path';
import { ParallaxError } from '../../lib/errors.js';
import { checkFloors, readFloors } from '../../services/eval/checkFloors.js';
import { evaluateGoldCorpus, type GoldCorpusReport } from '../../services/eval/evaluateGoldCorpus.js';
import { evaluateIncidents } from '../../services/eval/evaluateIncidents.js';
import { goldMetrics } from '../../services/eval/goldMetrics.js';
import { incidentMetrics } from '../../services/eval/incidentMetrics.js';
import { locateShared } from '../../services/eval/locateShared.js';
import { parseCommandArgs } from '../parseCommandArgs.js';
import { attributionMetrics, evaluateAttributionFile, type AttributionFileReport, type Prf } from '../../services/eval/evaluateAttributionFile.js';
import type { CliIo } from '../io.js';
import type { AttributionMethod } from '../../services/eval/evaluateAttributionFile.js';
import type { Command } from './command.js';

const GROUPS = ['seed', 'dev', 'polnear'] as const;

/**
 * `parallax eval seed|dev|all`: measures the pipeline against the gold data in ../shared and, with
 * --floors, fails when a score falls below the floor recorded in the repo.
 */
export const evalCommand: Command = async (args, io) => {
  if (args[0] === 'incidents') return (await import('./evalIncidents.js')).evalIncidentsCommand(args.slice(1), io);
  const { values, positionals } = parseCommandArgs('eval', args, {
    shared: { type: 'string' },
    data: { type: 'string' },
    floors: { type: 'string' },
    verbose: { type: 'boolean', default: false },
    method: { type: 'string' },
  });
  const what = String(positionals[0] ?? 'all');
  if (what === 'attribution') return evalAttribution(values.data, values.json, io, parseMethod(values.method));
  const groups = what === 'all' ? [...GROUPS] : GROUPS.filter((g) => g === what);
  if (groups.length === 0) throw new ParallaxError('bad_argument', `parallax eval: unknown target "${what}" (seed, dev, polnear, attribution or all).`);
  const shared = locateShared(values.shared, io.env);
  const metrics: Record<string, number> = {};
  const reports: Record<string, GoldCorpusReport | AttributionFileReport> = {};
  for (const group of groups) {
    if (group === 'polnear') {
      const report = evaluateAttributionFile(path.join(shared, 'data/polnear/dev.jsonl'));
      reports[group] = report;
      Object.assign(metrics, attributionMetrics('polnear.dev', report));
      if (!values.json) {
        io.stdout(`\n== polnear (dev)\n`);
        printAttributionReport(report, io);
      }
      // The learned tagger alone and combined with the rules (docs/attribution.md), tracked beside the product's method.
      for (const method of ['learned', 'combined', 'confident', 'scored'] as const) {
        Object.assign(metrics, attributionMetrics(`polnear.dev.${method}`, evaluateAttributionFile(path.join(shared, 'data/polnear/dev.jsonl'), method)));
      }
      continue;
    }
    const dir = group === 'seed' ? path.join(shared, 'corpus/seed') : path.join(shared, 'corpus/dev');
    const report = evaluateGoldCorpus(dir);
    reports[group] = report;
    Object.assign(metrics, goldMetrics(group, report));
    if (group === 'dev') addIncidentMetrics(group, dir, metrics);
    if (!values.json) printGoldReport(group, report, values.verbose, io);
  }
  const violations = values.floors ? checkFloors(metrics, readFloors(values.floors), groups) : [];
  if (values.json) io.stdout(`${JSON.stringify({ metrics, violations, reports })}\n`);
  else printMetrics(metrics, io);
  for (const v of violations) io.stderr(`BELOW FLOOR: ${v.metric} = ${v.value ?? 'not measured'} (floor ${v.floor})\n`);
  return violations.length > 0 ? 1 : 0;
};

const METHODS: readonly AttributionMethod[] = ['rules', 'learned', 'combined', 'confident', 'scored'];

function parseMethod(value: string | undefined): AttributionMethod | undefined {
  if (value === undefined) return undefined;
  const method = METHODS.find((m) => m === value);
  if (!method) throw new ParallaxError('bad_argument', `parallax eval attribution: --method is one of ${METHODS.join(', ')}.`);
  return method;
}

async function evalAttribution(data: string | undefined, json: boolean | undefined, io: CliIo, method: AttributionMethod | undefined): Promise<number> {
  if (!data) throw new ParallaxError('bad_argument', 'parallax eval attribution: give --data FILE.jsonl (PolNeAR format).');
  const report = evaluateAttributionFile(data, method);
  if (json) io.stdout(`${JSON.stringify(report)}\n`);
  else printAttributionReport(report, io);
  return 0;
}

/** Clustering (B³), the incident fields and contested precision, measured like `eval incidents`. */
function addIncidentMetrics(group: string, dir: string, metrics: Record<string, number>): void {
  for (const [k, v] of Object.entries(incidentMetrics(group, evaluateIncidents(dir, dir)))) if (!(k in metrics)) metrics[k] = v;
}

function printAttributionReport(r: AttributionFileReport, io: CliIo): void {
  const fmt = (p: Prf) => `P ${p.precision.toFixed(3)}  R ${p.recall.toFixed(3)}  F1 ${p.f1.toFixed(3)}`;
  io.stdout(`${r.scores.documents} article(s) from ${r.file}; ${r.articlesPerSecond} articles/s (analyse + attribute)\n`);
  for (const match of ['exact', 'overlap'] as const) {
    for (const role of ['source', 'cue', 'content'] as const) io.stdout(`${match.padEnd(8)} ${role.padEnd(8)} ${fmt(r.scores[match][role])}\n`);
  }
  io.stdout(`linked            ${fmt(r.scores.linked)}\n`);
  for (const group of ['speech', 'other'] as const) io.stdout(`${group.padEnd(6)} cues    linked ${fmt(r.scores.byCue[group].linked)}  (gold ${r.scores.byCue[group].linked.gold})\n`);
}

function printGoldReport(group: string, r: GoldCorpusReport, verbose: boolean, io: CliIo): void {
  const a = r.attributions;
  io.stdout(`\n== ${group}: ${r.documents} document(s), ${r.exported} incident(s) exported\n`);
  for (const f of r.failed) io.stdout(`  FAILED ${f}\n`);
  io.stdout(`attributions: ${a.found}/${a.gold} found, ${a.rightSpeaker} with the right speaker, ${a.wrongSpeaker} wrong speaker(s), ${a.nullSpeaker} unresolved, ${a.unmatched} outside gold\n`);
  for (const e of a.errors) io.stdout(`  WRONG SPEAKER ${e.document}: "${e.content}" → ${e.predicted} (gold: ${e.gold})\n`);
  if (verbose) for (const m of a.missed) io.stdout(`  missed ${m}\n`);
  if (verbose) for (const m of a.unresolved) io.stdout(`  unresolved ${m}\n`);
  for (const i of r.incidents) {
    const bad = i.fields.filter((f) => !f.ok);
    io.stdout(`incident ${i.key}: ${i.incidentId ?? 'NOT FOUND'}; ${i.fields.length - bad.length}/${i.fields.length} fields right\n`);
    for (const f of bad) io.stdout(`  ${f.field}: got ${JSON.stringify(f.predicted)}, gold ${JSON.stringify(f.gold)}\n`);
  }
  for (const c of r.contested) {
    io.stdout(`contested ${c.ok ? 'ok  ' : 'MISS'} ${c.incident} / ${c.facet} (${c.facetId ?? 'no facet'}; reported ${c.reported}, official side ${c.officialSide}, other side ${c.otherSide})\n`);
  }
}

function printMetrics(metrics: Readonly<Record<string, number>>, io: CliIo): void {
  io.stdout('\nmetrics:\n');
  for (const [k, v] of Object.entries(metrics)) io.stdout(`  ${k.padEnd(40)} ${v}\n`);
}
