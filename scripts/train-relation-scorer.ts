/**
 * `npm run train:attribution -- --relation-scorer [--data FILE.jsonl] [--folds K] [--epochs N] [--seed N] [--cache DIR]`
 * Trains the relation scorer of the `scored` method on PolNeAR train and writes
 * models/relationScorer.json (docs/attribution.md, "The relation scorer"). Train only, never dev:
 * for each of K folds a tagger is trained on the other folds (as `npm run train:attribution` would,
 * rounded as its model file is, stacked on the rules when the committed tagger is) and the `combined` candidates of the held-out fold are collected and
 * labelled by whether they linked-match a gold relation (after adaptToPolnear, as the eval scores).
 * The threshold is chosen on out-of-fold scores (a scorer trained on the other folds' candidates):
 * the highest linked F1 at a linked precision no lower than `confident`'s on the same candidates.
 * The same data, seed and epochs give the same file, byte for byte. --cache DIR keeps the fold
 * taggers (numbers only) between runs.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { adaptToPolnear } from '../src/analysis/eval/attribution/adaptToPolnear.js';
import { indexTokens, matchGreedy, tokenSet, countShared } from '../src/analysis/eval/attribution/matchSpans.js';
import type { GoldRelation, PredictedRelation } from '../src/analysis/eval/attribution/relationTypes.js';
import { scoreAttributionDocuments } from '../src/analysis/eval/attribution/scoreAttributionDocuments.js';
import { loadCueLexicon } from '../src/nlp/attribution/cueLexicon.js';
import type { AttributionDraft } from '../src/nlp/attribution/attributionDraft.js';
import { findRelationCandidates, LEARNED_CONFIDENCE_FLOOR } from '../src/nlp/attribution/findAttributions.js';
import { RELATION_FEATURE_DIM } from '../src/nlp/attribution/learned/describeRelationCandidate.js';
import { extractDocumentFeatures, FEATURES_PER_TOKEN } from '../src/nlp/attribution/learned/documentFeatures.js';
import { markRuleRoles } from '../src/nlp/attribution/learned/markRuleRoles.js';
import { maskRuleRoles } from '../src/nlp/attribution/learned/maskRuleRoles.js';
import { labelTokens, type RolePieces } from '../src/nlp/attribution/learned/labelTokens.js';
import type { RelationCandidate } from '../src/nlp/attribution/learned/listRelationCandidates.js';
import { scoreRelationCandidate, serializeRelationScorer } from '../src/nlp/attribution/learned/relationScorerModel.js';
import { trainRelationScorer } from '../src/nlp/attribution/learned/trainRelationScorer.js';
import { deserializeModel, readTaggerModelFile, serializeModel, type TaggerModel, type TaggerModelFile } from '../src/nlp/attribution/learned/taggerModel.js';
import { seededRandom, trainTagger } from '../src/nlp/attribution/learned/trainTagger.js';
import { splitSentences } from '../src/nlp/sentences/splitSentences.js';
import { tokenize } from '../src/nlp/tokens/tokenize.js';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const { values } = parseArgs({
  strict: false,
  options: {
    data: { type: 'string', default: path.join(ROOT, '..', 'shared', 'data', 'polnear', 'train.jsonl') },
    out: { type: 'string', default: path.join(ROOT, 'models', 'relationScorer.json') },
    epochs: { type: 'string', default: '25' },
    seed: { type: 'string', default: '20251' },
    dim: { type: 'string', default: String(1 << 18) },
    'min-weight': { type: 'string', default: '1' },
    folds: { type: 'string', default: '5' },
    cache: { type: 'string' },
    iterations: { type: 'string', default: '300' },
    l2: { type: 'string', default: '0.0001' },
  },
});

interface Line {
  readonly text: string;
  readonly attributions: readonly GoldRelation[];
}
interface Candidate {
  readonly doc: number;
  readonly fold: number;
  readonly candidate: RelationCandidate;
  readonly predicted: PredictedRelation;
  readonly correct: boolean;
  /** What `confident` would keep: every rules relation, learned ones with a tagged source and margin >= the floor. */
  readonly confident: boolean;
}

const k = Number(values.folds);
const dim = Number(values.dim);
const epochs = Number(values.epochs);
const seed = Number(values.seed);
const minWeight = Number(values['min-weight']);
const lexicon = loadCueLexicon();
const pieces = (r: GoldRelation['source']) => (r ? (r.fragments?.length ? r.fragments : [r]) : []);

// The fold taggers are of the committed tagger's kind: stacked on the rules when it is (same rule dropout).
const committed = readTaggerModelFile();
const featuresPerToken = committed.featuresPerToken;
const stack = featuresPerToken > FEATURES_PER_TOKEN;
const ruleDropout = Number(committed.training.ruleDropout ?? 0.8);
const maskRandom = seededRandom(seed);

const lines: Line[] = readFileSync(String(values.data), 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Line);
const docs = lines.map((line) => {
  const tokens = tokenize(line.text);
  const sentences = splitSentences(line.text, tokens, { bodyStart: 0 });
  // Masked in document order with one seeded generator, as `npm run train:attribution -- --stack` does.
  const rules = stack ? maskRuleRoles(markRuleRoles(line.text, tokens, sentences), sentences.map((s) => ({ from: s.tokenStart, to: s.tokenEnd })), ruleDropout, maskRandom) : null;
  return { line, tokens, sentences, rules };
});
console.error(`${docs.length} documents read`);

/** The fold's tagger, rounded as the committed model file rounds it (so margins match the product's). */
function foldTagger(fold: number): TaggerModel {
  const cached = values.cache ? path.join(String(values.cache), `tagger-${k}-${fold}-${epochs}-${seed}${stack ? `-stack${ruleDropout}` : ''}.json.gz`) : null;
  if (cached && existsSync(cached)) return deserializeModel(JSON.parse(gunzipSync(readFileSync(cached)).toString('utf8')) as TaggerModelFile);
  const tagged = docs
    .filter((_, i) => i % k !== fold)
    .map((d) => {
      const relations: RolePieces[] = d.line.attributions.map((a) => ({ source: pieces(a.source), cue: pieces(a.cue), content: pieces(a.content) }));
      return { features: extractDocumentFeatures(d.line.text, d.tokens, d.sentences, lexicon, dim, d.rules), sentences: d.sentences.map((s) => ({ from: s.tokenStart, to: s.tokenEnd })), labels: labelTokens(d.tokens, relations) };
    });
  const file = serializeModel(trainTagger(tagged, { dim, epochs, seed, featuresPerToken }), {}, minWeight);
  if (cached) {
    mkdirSync(path.dirname(cached), { recursive: true });
    writeFileSync(cached, gzipSync(JSON.stringify(file)));
  }
  return deserializeModel(file);
}

const toPredicted = (text: string, d: AttributionDraft): PredictedRelation =>
  adaptToPolnear(text, { source: d.source, cue: d.cue, content: { start: d.fragments[0].start, end: d.fragments[d.fragments.length - 1].end, fragments: d.fragments } });

/** Which predictions linked-match a gold relation, one to one, as scoreAttributionDocuments matches them. */
function linkedMatches(text: string, gold: readonly GoldRelation[], predicted: readonly PredictedRelation[]): Set<number> {
  const tokens = indexTokens(text);
  const roles = ['source', 'cue', 'content'] as const;
  const sets = (r: GoldRelation) => roles.map((role) => (r[role] ? tokenSet(r[role], tokens) : null));
  const g = gold.map(sets);
  const p = predicted.map(sets);
  const { pairs } = matchGreedy(gold.length, predicted.length, (i, j) => {
    let total = 0;
    for (let r = 0; r < roles.length; r++) {
      if (!g[i][r]) continue;
      const shared = p[j][r] ? countShared(g[i][r]!, p[j][r]!) : 0;
      if (shared === 0) return 0;
      total += shared;
    }
    return total;
  });
  return new Set(pairs.map(([, j]) => j));
}

const candidates: Candidate[] = [];
for (let fold = 0; fold < k; fold++) {
  const tagger = foldTagger(fold);
  docs.forEach((d, i) => {
    if (i % k !== fold) return;
    const found = findRelationCandidates(d.line.text, { tokens: d.tokens, sentences: d.sentences }, tagger);
    const predicted = found.map((c) => toPredicted(d.line.text, c.draft));
    const matched = linkedMatches(d.line.text, d.line.attributions, predicted);
    found.forEach((c, j) =>
      candidates.push({ doc: i, fold, candidate: c, predicted: predicted[j], correct: matched.has(j), confident: c.origin !== 'learned' || (c.draft.source !== null && !c.evidence.borrowed && c.evidence.cueMargin >= LEARNED_CONFIDENCE_FLOOR) }),
    );
  });
  console.error(`fold ${fold + 1}/${k}: candidates collected`);
}

const training = { iterations: Number(values.iterations), l2: Number(values.l2) };
// Out-of-fold probabilities: each fold's candidates scored by a scorer trained on the other folds'.
const outOfFold = new Float64Array(candidates.length);
for (let fold = 0; fold < k; fold++) {
  const weights = trainRelationScorer(candidates.filter((c) => c.fold !== fold).map((c) => ({ features: c.candidate.features, correct: c.correct })), training);
  const model = { dim: RELATION_FEATURE_DIM, weights, threshold: 0 };
  candidates.forEach((c, i) => {
    if (c.fold === fold) outOfFold[i] = scoreRelationCandidate(model, c.candidate.features);
  });
}

/** Scores the kept candidates document by document, as the PolNeAR eval does. */
function scoreKept(keep: (c: Candidate, i: number) => boolean) {
  const byDoc = new Map<number, PredictedRelation[]>();
  candidates.forEach((c, i) => {
    if (keep(c, i)) byDoc.set(c.doc, [...(byDoc.get(c.doc) ?? []), c.predicted]);
  });
  return scoreAttributionDocuments(docs.map((d, i) => ({ text: d.line.text, gold: d.line.attributions, predicted: byDoc.get(i) ?? [] })));
}

const f = (x: number) => x.toFixed(4);
const describe = (name: string, s: ReturnType<typeof scoreKept>) =>
  `${name.padEnd(26)} exact ${f(s.exact.source.f1)} / ${f(s.exact.cue.f1)} / ${f(s.exact.content.f1)}  overlap content ${f(s.overlap.content.f1)}  linked P ${f(s.linked.precision)} R ${f(s.linked.recall)} F1 ${f(s.linked.f1)}  speech P ${f(s.byCue.speech.linked.precision)} R ${f(s.byCue.speech.linked.recall)}`;
const correct = candidates.filter((c) => c.correct).length;
console.log(`held-out train: ${candidates.length} candidates, ${correct} right (${f(correct / candidates.length)})`);
const confident = scoreKept((c) => c.confident);
console.log(describe('combined (all candidates)', scoreKept(() => true)));
console.log(describe('confident', confident));
console.log(describe('rules', scoreKept((c) => c.candidate.origin !== 'learned')));
const thresholds = Array.from({ length: 19 }, (_, i) => (i + 1) / 20);
let chosen = { threshold: 0.5, f1: -1 };
for (const t of thresholds) {
  const s = scoreKept((_, i) => outOfFold[i] >= t);
  console.log(describe(`scored >= ${t.toFixed(2)}`, s));
  if (s.linked.precision >= confident.linked.precision && s.linked.f1 > chosen.f1) chosen = { threshold: t, f1: s.linked.f1 };
}
// The scorer on the rules' relations alone, and on the learned additions alone (every rules relation kept, as `confident` does).
for (const t of thresholds) console.log(describe(`rules scored >= ${t.toFixed(2)}`, scoreKept((c, i) => c.candidate.origin !== 'learned' && outOfFold[i] >= t)));
for (const t of thresholds) console.log(describe(`additions scored >= ${t.toFixed(2)}`, scoreKept((c, i) => c.candidate.origin !== 'learned' || outOfFold[i] >= t)));
if (chosen.f1 < 0) chosen = { threshold: 0.5, f1: 0 };
console.log(`threshold ${chosen.threshold} (held-out linked F1 ${f(chosen.f1)} at precision >= confident's ${f(confident.linked.precision)})`);

const weights = trainRelationScorer(candidates.map((c) => ({ features: c.candidate.features, correct: c.correct })), training);
const file = serializeRelationScorer(
  { dim: RELATION_FEATURE_DIM, weights, threshold: chosen.threshold },
  // The fold taggers' kind, checked against the committed tagger's (relationScorerModel.test.ts).
  { data: path.basename(String(values.data)), documents: docs.length, candidates: candidates.length, folds: k, epochs, seed, dim, minWeight, featuresPerToken, ...training },
);
writeFileSync(String(values.out), JSON.stringify(file) + '\n');
console.log(`wrote ${values.out} (${file.weights.length} weights, threshold ${chosen.threshold})`);
