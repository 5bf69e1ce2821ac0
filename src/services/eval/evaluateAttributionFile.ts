import { readFileSync } from 'node:fs';
import type { GoldRelation } from '../../analysis/eval/attribution/relationTypes.js';
import { adaptToPolnear } from '../../analysis/eval/attribution/adaptToPolnear.js';
import { scoreAttributionDocuments } from '../../analysis/eval/attribution/scoreAttributionDocuments.js';
import type { AttributionScoreReport, Prf } from '../../analysis/eval/attribution/relationTypes.js';

export type { Prf };
import { ParallaxError } from '../../lib/errors.js';
import { analyseText } from '../../nlp/analyseText.js';
import type { AttributionMethod } from '../../nlp/attribution/findAttributions.js';

export type { AttributionMethod };

export interface AttributionFileReport {
  readonly file: string;
  readonly scores: AttributionScoreReport;
  /** Articles per second through the whole analyse + attribute pipeline (tokens to speakers). */
  readonly articlesPerSecond: number;
}

interface GoldLine {
  readonly id: string;
  readonly text: string;
  readonly meta?: { readonly publication_date?: string };
  readonly published?: string;
  readonly attributions: readonly GoldRelation[];
}

/**
 * `parallax eval attribution --data FILE.jsonl`: runs the attribution pipeline over every article
 * of a PolNeAR-format file and scores it against the gold relations, document by document.
 */
export function evaluateAttributionFile(file: string, method?: AttributionMethod): AttributionFileReport {
  const lines = readGoldLines(file);
  const started = performance.now();
  const documents = lines.map((line) => {
    const published = (line.published ?? line.meta?.publication_date ?? '').slice(0, 10) || null;
    const { attributions } = analyseText(line.text, { anchorDate: published, attribution: { method } });
    return {
      text: line.text,
      gold: line.attributions.map((a) => ({ source: a.source, cue: a.cue, content: a.content })),
      // PolNeAR's span conventions differ from the product's: compare like with like.
      predicted: attributions.map((a) => adaptToPolnear(line.text, { source: a.source, cue: a.cue, content: a.content })),
    };
  });
  const seconds = (performance.now() - started) / 1000;
  return { file, scores: scoreAttributionDocuments(documents), articlesPerSecond: seconds > 0 ? Math.round(lines.length / seconds) : 0 };
}

function readGoldLines(file: string): GoldLine[] {
  let raw: string;
  try {
    raw = readFileSync(file, 'utf8');
  } catch {
    throw new ParallaxError('unreadable_file', `Cannot read ${file}.`);
  }
  return raw.split('\n').flatMap((line, i) => {
    if (!line.trim()) return [];
    try {
      const value = JSON.parse(line) as GoldLine;
      if (typeof value.text !== 'string' || !Array.isArray(value.attributions)) throw new Error('missing text or attributions');
      return [value];
    } catch (err) {
      throw new ParallaxError('bad_input', `${file}, line ${i + 1}: not a gold attribution line (${err instanceof Error ? err.message : String(err)}).`);
    }
  });
}

/** Flattens the report into named metrics (docs/evaluation.md). */
export function attributionMetrics(prefix: string, r: AttributionFileReport): Record<string, number> {
  const out: Record<string, number> = {};
  const round = (x: number) => Math.round(x * 10000) / 10000;
  for (const match of ['exact', 'overlap'] as const) {
    for (const role of ['source', 'cue', 'content'] as const) out[`${prefix}.${match}.${role}.f1`] = round(r.scores[match][role].f1);
  }
  out[`${prefix}.linked.f1`] = round(r.scores.linked.f1);
  out[`${prefix}.linked.precision`] = round(r.scores.linked.precision);
  out[`${prefix}.speech.linked.precision`] = round(r.scores.byCue.speech.linked.precision);
  out[`${prefix}.speech.linked.recall`] = round(r.scores.byCue.speech.linked.recall);
  out[`${prefix}.articlesPerSecond`] = r.articlesPerSecond;
  return out;
}
