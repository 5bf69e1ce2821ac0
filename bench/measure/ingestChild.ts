import { rmSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { generateCorpus } from '../corpus/generateCorpus.js';
import { analyseVersion, type AnalyseVersion } from '../../src/services/ingest/applyAnalysis.js';
import { ingestBatch } from '../../src/services/ingest/ingestBatch.js';
import { openStore } from '../../src/store/openStore.js';
import { rates, startClock } from './startClock.js';
import { timeAnalysis, timeAttribution, timeWinkPass } from './timePasses.js';
import { timeStages } from './timeStages.js';

/**
 * Run as its own process by measureIngest (so its peak RSS is the ingest's alone): generates the
 * corpus, times the raw wink-nlp pass, the analysis, the attribution stage and each stage before
 * the store over the same texts,
 * then ingests every article into a fresh SQLite file as `parallax ingest` does (ingestBatch), and
 * prints one JSON line of figures.
 */
const { values } = parseArgs({ options: { seed: { type: 'string' }, articles: { type: 'string' }, 'warm-up': { type: 'string' }, db: { type: 'string' } } });
const seed = Number(values.seed ?? 1);
const articles = generateCorpus({ seed, articles: Number(values.articles ?? 100) });
const encoder = new TextEncoder();
const texts = articles.map((a) => ({ text: a.text, bodyStart: a.text.indexOf('\n\n') + 2, anchorDate: a.text.match(/^Published: (.+)$/m)?.[1] ?? null }));

// Warm-up on other texts so the JIT has compiled every stage before anything is timed (see
// BenchConfig.warmUpArticles): after 8 articles of warm-up the optimising compiler's background
// threads still took ~5 ms per article of the next 300, after 300 about 3.
const warm = generateCorpus({ seed: seed + 1_000_003, articles: Number(values['warm-up'] ?? 200) });
const warmStore = openStore(':memory:');
ingestBatch(warmStore, warm.map((a) => ({ path: a.fileName, read: () => ({ raw: encoder.encode(a.text), fileName: a.fileName }) })), {}, () => {});
warmStore.close();

const winkPerSec = timeWinkPass(texts);
const analysisPerSec = timeAnalysis(texts);
const attributionPerSec = timeAttribution(texts);
const stageMs = timeStages(articles);

const db = values.db ?? ':memory:';
if (db !== ':memory:') rmSync(db, { force: true });
const store = openStore(db);
// The product's bulk path (what `parallax ingest DIR` runs): documents analysed, then stored in commit groups.
const entries = articles.map((a) => ({ path: a.fileName, read: () => ({ raw: encoder.encode(a.text), fileName: a.fileName }) }));
// The pure stages (analysis and extract) timed inside this same run, so what the store costs is
// measured at the same moment as the whole, not as a difference of runs minutes apart.
let pureMs = 0;
const timedAnalyse: AnalyseVersion = (doc, versionId, deadline) => {
  const stopPure = startClock();
  const analysed = analyseVersion(doc, versionId, deadline);
  pureMs += stopPure().cpuMs;
  return analysed;
};
const stop = startClock();
let stored = 0;
ingestBatch(store, entries, { analyse: timedAnalyse }, (outcome) => {
  if (!('failure' in outcome) && outcome.status === 'stored') stored++;
});
const elapsed = stop();
const ingestPerSec = rates(articles.length, elapsed);
const ingestSplitMs = { pure: pureMs / articles.length, rest: (elapsed.cpuMs - pureMs) / articles.length };
const incidents = store.countIncidents();
store.close();
process.stdout.write(`${JSON.stringify({ articles: articles.length, stored, incidents, winkPerSec, analysisPerSec, attributionPerSec, ingestPerSec, stageMs, ingestSplitMs, maxRssMb: process.resourceUsage().maxRSS / 1024 })}\n`);
