import type { GoldCorpusReport } from './evaluateGoldCorpus.js';

/** Flattens a gold-corpus report into named metrics (docs/evaluation.md explains each). */
export function goldMetrics(prefix: string, r: GoldCorpusReport): Record<string, number> {
  const fields = r.incidents.flatMap((i) => i.fields);
  const a = r.attributions;
  const ratio = (n: number, d: number) => (d === 0 ? 0 : round(n / d));
  return {
    [`${prefix}.documents.failed`]: r.failed.length,
    [`${prefix}.attributions.gold`]: a.gold,
    [`${prefix}.attributions.found`]: a.found,
    [`${prefix}.attributions.rightSpeaker`]: a.rightSpeaker,
    [`${prefix}.attributions.wrongSpeaker`]: a.wrongSpeaker,
    [`${prefix}.attributions.recall`]: ratio(a.found, a.gold),
    [`${prefix}.attributions.speakerRecall`]: ratio(a.rightSpeaker, a.gold),
    [`${prefix}.attributions.speakerPrecision`]: ratio(a.rightSpeaker, a.rightSpeaker + a.wrongSpeaker),
    [`${prefix}.incidents.matched`]: r.incidents.filter((i) => i.incidentId !== null).length,
    [`${prefix}.incidents.fieldsCorrect`]: fields.filter((f) => f.ok).length,
    [`${prefix}.incidents.fieldAccuracy`]: ratio(fields.filter((f) => f.ok).length, fields.length),
    [`${prefix}.contested.matched`]: r.contested.filter((c) => c.ok).length,
    [`${prefix}.contested.recall`]: ratio(r.contested.filter((c) => c.ok).length, r.contested.length),
  };
}

function round(x: number): number {
  return Math.round(x * 10000) / 10000;
}
