import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadFacets } from '../../analysis/extract/facetVocab.js';
import type { GoldDocument, GoldIncident } from '../../analysis/eval/gold/goldTypes.js';
import { scoreB3, type B3Score } from '../../analysis/eval/gold/scoreB3.js';
import { scoreGoldContested, type ContestedCheck } from '../../analysis/eval/gold/scoreGoldContested.js';
import { scoreGoldIncidents, type GoldIncidentScore } from '../../analysis/eval/gold/scoreGoldIncidents.js';
import { scoreReportedContested, type ReportedContestedCheck } from '../../analysis/eval/gold/scoreReportedContested.js';
import { ParallaxError } from '../../lib/errors.js';
import { exportIncidents } from '../exportIncidents.js';
import { ingestDocument } from '../ingest/ingestDocument.js';
import { openParallax } from '../openParallax.js';

export interface IncidentsEvalReport {
  readonly documents: number;
  readonly failed: readonly string[];
  readonly clustering: B3Score & { readonly gold: Readonly<Record<string, string | null>>; readonly predicted: Readonly<Record<string, string | null>> };
  readonly incidents: readonly GoldIncidentScore[];
  readonly contested: readonly (ContestedCheck & { readonly incident: string })[];
  readonly reported: readonly (ReportedContestedCheck & { readonly incidentId: string })[];
  readonly exported: number;
}

const DOCUMENT_FILE = /\.(?:txt|text|md|html?)$/iu;

/**
 * `parallax eval incidents`: ingests every document under `docsDir` into a fresh temporary
 * database (no hint taken from the gold), then scores the incidents against the gold under
 * `goldDir`: clustering of documents (B³), incident fields, and contested points (recall against the
 * gold's contested points, precision of every point reported). Gold incidents come from
 * `incident.gold.json` files, else from the documents' own gold; which incident a document is about
 * comes from the documents' gold (`incidents[].primary`).
 */
export function evaluateIncidents(docsDir: string, goldDir: string): IncidentsEvalReport {
  // A corpus folder's README describes the corpus; it is not one of its documents.
  const files = listFiles(docsDir).filter((f) => DOCUMENT_FILE.test(f) && !/^readme\b/iu.test(path.basename(f)));
  if (files.length === 0) throw new ParallaxError('bad_argument', `No documents under ${docsDir}.`);
  const gold = readGold(goldDir);
  const work = mkdtempSync(path.join(tmpdir(), 'parallax-eval-incidents-'));
  const px = openParallax(path.join(work, 'eval.db'));
  try {
    const failed: string[] = [];
    const docOfVersion = new Map<string, string>();
    for (const file of files) {
      const rel = path.relative(docsDir, file).split(path.sep).join('/');
      try {
        docOfVersion.set(ingestDocument(px.store, { raw: readFileSync(file), fileName: file, sourcePath: file }).versionId, rel);
      } catch (err) {
        failed.push(`${rel}: ${err instanceof Error ? err.message : String(err)}`);
      }
    }
    const exported = [...exportIncidents(px.store)];
    const predicted = new Map<string, string | null>([...docOfVersion.values()].map((d) => [d, null]));
    for (const incident of exported) {
      for (const d of incident.documents) if (d.primary && docOfVersion.has(d.versionId)) predicted.set(docOfVersion.get(d.versionId) ?? '', incident.id);
    }
    const goldClusters = new Map<string, string | null>();
    for (const rel of predicted.keys()) goldClusters.set(rel, gold.clusterOf(rel));
    // The field list: date, place, subject, age, outcome, agencies, charges (time is shown by `eval dev`).
    const incidents = scoreGoldIncidents(gold.incidents, exported, { time: false });
    const facets = loadFacets();
    const contested = incidents.flatMap((score) => {
      const g = gold.incidents.find((x) => x.key === score.key);
      const match = exported.find((e) => e.id === score.incidentId);
      return scoreGoldContested(g?.contested ?? [], match?.contested ?? [], facets).map((c) => ({ ...c, incident: score.key }));
    });
    const reported = exported.flatMap((e) => {
      const key = incidents.find((s) => s.incidentId === e.id)?.key;
      const g = gold.incidents.find((x) => x.key === key) ?? null;
      return scoreReportedContested(g, e.contested, facets).map((c) => ({ ...c, incidentId: e.id }));
    });
    return {
      documents: files.length,
      failed,
      clustering: { ...scoreB3(goldClusters, predicted), gold: Object.fromEntries(goldClusters), predicted: Object.fromEntries(predicted) },
      incidents,
      contested,
      reported,
      exported: exported.length,
    };
  } finally {
    px.close();
    rmSync(work, { recursive: true, force: true });
  }
}

interface GoldSet {
  readonly incidents: readonly GoldIncident[];
  /** The gold incident a document (path relative to the docs folder) is about, or null. */
  clusterOf(relativePath: string): string | null;
}

function readGold(goldDir: string): GoldSet {
  const files = listFiles(goldDir).filter((f) => f.endsWith('.gold.json'));
  if (files.length === 0) throw new ParallaxError('bad_argument', `No *.gold.json files under ${goldDir}.`);
  const reconciled = new Map<string, GoldIncident>();
  const fromDocuments = new Map<string, GoldIncident>();
  const primaryOf = new Map<string, string>();
  for (const file of files) {
    const json = JSON.parse(readFileSync(file, 'utf8')) as GoldIncident & GoldDocument;
    if (path.basename(file) === 'incident.gold.json') {
      reconciled.set(json.key, json);
      continue;
    }
    for (const incident of json.incidents ?? []) {
      if (!fromDocuments.has(incident.key)) fromDocuments.set(incident.key, incident);
      if (incident.primary !== false) primaryOf.set(json.document, incident.key);
    }
  }
  const keys = [...new Set([...reconciled.keys(), ...fromDocuments.keys()])].sort();
  const incidents = keys.map((k) => reconciled.get(k) ?? fromDocuments.get(k)).filter((g): g is GoldIncident => g !== undefined);
  // Gold names documents relative to the corpus root; the docs folder may be that root or a subfolder.
  const clusterOf = (rel: string) => {
    for (const [doc, key] of primaryOf) if (doc === rel || doc.endsWith(`/${rel}`) || rel.endsWith(`/${doc}`)) return key;
    return null;
  };
  return { incidents, clusterOf };
}

function listFiles(dir: string): string[] {
  if (!existsSync(dir)) throw new ParallaxError('bad_argument', `No such folder: ${dir}`);
  if (!statSync(dir).isDirectory()) return [dir];
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      if (name.startsWith('.') || name === '_tools') continue;
      const full = path.join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else out.push(full);
    }
  };
  walk(dir);
  return out;
}
