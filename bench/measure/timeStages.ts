import { extractIncidents } from '../../src/analysis/extract/extractIncidents.js';
import { parseDocument } from '../../src/ingest/parseDocument.js';
import { analyseText } from '../../src/nlp/analyseText.js';
import type { SyntheticArticle } from '../corpus/writeArticle.js';
import { startClock } from './startClock.js';

export interface StageCosts {
  /** CPU milliseconds per article of each stage before the store. */
  readonly parse: number;
  readonly analysis: number;
  readonly extract: number;
}

/** Where an article's time goes before storage: each stage run over every article and timed apart. */
export function timeStages(articles: readonly SyntheticArticle[]): StageCosts {
  const encoder = new TextEncoder();
  let stop = startClock();
  const docs = articles.map((a) => parseDocument(encoder.encode(a.text), { fileName: a.fileName }));
  const parse = stop().cpuMs;
  stop = startClock();
  const analysed = docs.map((d) => analyseText(d.text, { anchorDate: d.anchor.date, bodyStart: d.bodyStart }));
  const analysis = stop().cpuMs;
  stop = startClock();
  docs.forEach((d, i) => extractIncidents(d, analysed[i].analysis, analysed[i].attributions));
  const extract = stop().cpuMs;
  const n = articles.length;
  return { parse: parse / n, analysis: analysis / n, extract: extract / n };
}
