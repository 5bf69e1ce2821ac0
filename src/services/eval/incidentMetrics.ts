import type { IncidentsEvalReport } from './evaluateIncidents.js';

/** Flattens an incidents evaluation into named metrics (docs/evaluation.md explains each). */
export function incidentMetrics(prefix: string, r: IncidentsEvalReport): Record<string, number> {
  const fields = r.incidents.flatMap((i) => i.fields);
  const matched = r.contested.filter((c) => c.ok).length;
  const right = r.reported.filter((c) => c.ok).length;
  return {
    [`${prefix}.clustering.b3Precision`]: round(r.clustering.precision),
    [`${prefix}.clustering.b3Recall`]: round(r.clustering.recall),
    [`${prefix}.clustering.b3F1`]: round(r.clustering.f1),
    [`${prefix}.incidents.matched`]: r.incidents.filter((i) => i.incidentId !== null).length,
    // The issue's field list (no time): kept apart from `eval dev`'s incidents.fieldAccuracy, which checks time too.
    [`${prefix}.fields.correct`]: fields.filter((f) => f.ok).length,
    [`${prefix}.fields.accuracy`]: ratio(fields.filter((f) => f.ok).length, fields.length),
    [`${prefix}.contested.matched`]: matched,
    [`${prefix}.contested.recall`]: ratio(matched, r.contested.length),
    [`${prefix}.contested.reported`]: r.reported.length,
    [`${prefix}.contested.precision`]: ratio(right, r.reported.length),
  };
}

function ratio(n: number, d: number): number {
  return d === 0 ? 0 : round(n / d);
}

function round(x: number): number {
  return Math.round(x * 10000) / 10000;
}
