import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadFacets } from '../../analysis/extract/facetVocab.js';
import type { GoldDocument, GoldIncident } from '../../analysis/eval/gold/goldTypes.js';
import { scoreGoldAttributions, type GoldAttributionScore } from '../../analysis/eval/gold/scoreGoldAttributions.js';
import { scoreGoldContested, type ContestedCheck } from '../../analysis/eval/gold/scoreGoldContested.js';
import { scoreGoldIncidents, type GoldIncidentScore } from '../../analysis/eval/gold/scoreGoldIncidents.js';
import { exportIncidents } from '../exportIncidents.js';
import { ingestDocument } from '../ingest/ingestDocument.js';
import { openParallax } from '../openParallax.js';

export interface GoldCorpusReport {
  readonly documents: number;
  readonly failed: readonly string[];
  readonly attributions: Omit<GoldAttributionScore, 'errors' | 'missed'> & { readonly errors: readonly (GoldAttributionScore['errors'][number] & { document: string })[]; readonly missed: readonly string[] };
  readonly incidents: readonly GoldIncidentScore[];
  /** Gold incidents that ended up in the same exported incident as another gold incident. */
  readonly contested: readonly (ContestedCheck & { readonly incident: string })[];
  readonly exported: number;
}

/**
 * Ingests every document that has a `*.gold.json` beside it into a fresh temporary database (the
 * way a user would, with no hints from the gold), then scores attributions with canonical speakers,
 * incident fields and contested points. Incident gold comes from `incident.gold.json` files when a
 * folder has one, else from the documents' own gold (the seed).
 */
export function evaluateGoldCorpus(dir: string): GoldCorpusReport {
  const goldFiles = findGoldFiles(dir);
  const work = mkdtempSync(path.join(tmpdir(), 'parallax-eval-'));
  const px = openParallax(path.join(work, 'eval.db'));
  try {
    const failed: string[] = [];
    const perDoc: { doc: string; score: GoldAttributionScore }[] = [];
    const goldIncidents = new Map<string, GoldIncident>();
    for (const goldPath of goldFiles) {
      const gold = JSON.parse(readFileSync(goldPath, 'utf8')) as GoldDocument;
      const docPath = locateDocument(dir, goldPath, gold.document);
      let versionId: string;
      try {
        const outcome = ingestDocument(px.store, { raw: readFileSync(docPath), fileName: docPath, sourcePath: docPath });
        versionId = outcome.versionId;
      } catch (err) {
        failed.push(`${gold.document}: ${err instanceof Error ? err.message : String(err)}`);
        perDoc.push({ doc: gold.document, score: scoreGoldAttributions(gold.attributions, []) });
        continue;
      }
      const predicted = px.queries.getDocument(versionId)?.attributions ?? [];
      perDoc.push({ doc: gold.document, score: scoreGoldAttributions(gold.attributions, predicted) });
      for (const incident of gold.incidents) mergeGold(goldIncidents, incident, path.dirname(goldPath));
    }
    const exported = [...exportIncidents(px.store)];
    const incidents = scoreGoldIncidents([...goldIncidents.values()], exported);
    const facets = loadFacets();
    const contested = incidents.flatMap((score) => {
      const gold = goldIncidents.get(score.key);
      const match = exported.find((e) => e.id === score.incidentId);
      return scoreGoldContested(gold?.contested ?? [], match?.contested ?? [], facets).map((c) => ({ ...c, incident: score.key }));
    });
    return { documents: goldFiles.length, failed, attributions: sumScores(perDoc), incidents, contested, exported: exported.length };
  } finally {
    px.close();
    rmSync(work, { recursive: true, force: true });
  }
}

/** The gold names its document relative to the corpus root (dev) or beside itself (seed). */
function locateDocument(root: string, goldPath: string, named: string): string {
  const candidates = [goldPath.replace(/\.gold\.json$/, ''), path.join(root, named), path.join(path.dirname(goldPath), path.basename(named))];
  return candidates.find((c) => existsSync(c)) ?? candidates[0];
}

/** A folder's reconciled `incident.gold.json` wins over any one document's view of the incident. */
function mergeGold(into: Map<string, GoldIncident>, incident: GoldIncident, folder: string): void {
  const reconciled = readIncidentGold(folder);
  if (reconciled?.key === incident.key) into.set(incident.key, reconciled);
  else if (!into.has(incident.key)) into.set(incident.key, incident);
}

function readIncidentGold(folder: string): GoldIncident | null {
  const file = path.join(folder, 'incident.gold.json');
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as GoldIncident) : null;
}

function sumScores(perDoc: readonly { doc: string; score: GoldAttributionScore }[]): GoldCorpusReport['attributions'] {
  const total = { gold: 0, predicted: 0, found: 0, rightSpeaker: 0, wrongSpeaker: 0, nullSpeaker: 0, unmatched: 0 };
  for (const { score } of perDoc) for (const key of Object.keys(total) as (keyof typeof total)[]) total[key] += score[key];
  return {
    ...total,
    errors: perDoc.flatMap(({ doc, score }) => score.errors.map((e) => ({ ...e, document: doc }))),
    missed: perDoc.flatMap(({ doc, score }) => score.missed.map((m) => `${doc}: ${m}`)),
    unresolved: perDoc.flatMap(({ doc, score }) => score.unresolved.map((m) => `${doc}: ${m}`)),
  };
}

function findGoldFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const full = path.join(d, name);
      if (statSync(full).isDirectory()) {
        if (!name.startsWith('_tools')) walk(full);
      } else if (name.endsWith('.gold.json') && name !== 'incident.gold.json') out.push(full);
    }
  };
  walk(dir);
  return out;
}

