import path from 'node:path';
import { ParallaxError } from '../../lib/errors.js';
import { evaluateIncidents, type IncidentsEvalReport } from '../../services/eval/evaluateIncidents.js';
import { incidentMetrics } from '../../services/eval/incidentMetrics.js';
import type { CliIo } from '../io.js';
import { parseCommandArgs } from '../parseCommandArgs.js';
import type { Command } from './command.js';

/**
 * `parallax eval incidents --docs DIR --gold DIR [--json]`: ingests a folder of documents into a
 * fresh database and scores clustering (B³), incident fields and contested points against gold
 * incident files (docs/evaluation.md).
 */
export const evalIncidentsCommand: Command = async (args, io) => {
  const { values } = parseCommandArgs('eval incidents', args, { docs: { type: 'string' }, gold: { type: 'string' } }, false);
  if (!values.docs || !values.gold) throw new ParallaxError('bad_argument', 'parallax eval incidents: give --docs DIR and --gold DIR.');
  const report = evaluateIncidents(path.resolve(io.cwd, values.docs), path.resolve(io.cwd, values.gold));
  const metrics = incidentMetrics('incidents', report);
  if (values.json) io.stdout(`${JSON.stringify({ metrics, report })}\n`);
  else printReport(report, metrics, io);
  return report.failed.length > 0 ? 1 : 0;
};

function printReport(r: IncidentsEvalReport, metrics: Readonly<Record<string, number>>, io: CliIo): void {
  io.stdout(`${r.documents} document(s), ${r.exported} incident(s) exported\n`);
  for (const f of r.failed) io.stdout(`  FAILED ${f}\n`);
  const clusters = new Map<string, string[]>();
  for (const [doc, id] of Object.entries(r.clustering.predicted)) clusters.set(id ?? '(no incident)', [...(clusters.get(id ?? '(no incident)') ?? []), doc]);
  for (const [id, docs] of clusters) io.stdout(`cluster ${id}: ${docs.map((d) => `${d} [gold ${r.clustering.gold[d] ?? '-'}]`).join(', ')}\n`);
  for (const i of r.incidents) {
    const bad = i.fields.filter((f) => !f.ok);
    io.stdout(`incident ${i.key}: ${i.incidentId ?? 'NOT FOUND'}; ${i.fields.length - bad.length}/${i.fields.length} fields right\n`);
    for (const f of bad) io.stdout(`  ${f.field}: got ${JSON.stringify(f.predicted)}, gold ${JSON.stringify(f.gold)}\n`);
  }
  for (const c of r.contested) io.stdout(`contested ${c.ok ? 'ok  ' : 'MISS'} ${c.incident} / ${c.facet} (${c.facetId ?? 'no facet'}; official side ${c.officialSide}, other side ${c.otherSide})\n`);
  for (const c of r.reported.filter((x) => !x.ok)) io.stdout(`reported, not in gold: ${c.incidentId} / ${c.facet}\n`);
  io.stdout('\nmetrics:\n');
  for (const [k, v] of Object.entries(metrics)) io.stdout(`  ${k.padEnd(36)} ${v}\n`);
}
