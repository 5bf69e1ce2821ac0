/**
 * `npm run train:attribution [-- --data FILE.jsonl] [--epochs N] [--seed N] [--folds K [--fold I]] [--stack [--rule-dropout R]]`
 * Trains the attribution tagger on PolNeAR train (PolNeAR-format JSONL) and writes
 * models/attribution.json.gz. The same data, seed and epochs give the same file, byte for byte.
 * With --folds K it cross-validates on the training data instead and prints the scores (--fold I:
 * only the I-th fold, 0-based: a held-out fifth with --folds 5). With --stack the tagger also reads
 * the rules' roles (markRuleRoles), hidden in a share R of the training sentences (maskRuleRoles),
 * and the model records the rules it was trained against (checkTrainedRules).
 * With --relation-scorer it trains the `scored` method's relation scorer instead
 * (scripts/train-relation-scorer.ts, which reads --data, --folds, --epochs, --seed, --cache).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { adaptToPolnear } from '../src/analysis/eval/attribution/adaptToPolnear.js';
import { scoreAttributionDocuments } from '../src/analysis/eval/attribution/scoreAttributionDocuments.js';
import { buildContext } from '../src/nlp/attribution/attributionContext.js';
import { loadCueLexicon } from '../src/nlp/attribution/cueLexicon.js';
import { extractDocumentFeatures, FEATURES_PER_TOKEN, RULE_FEATURES } from '../src/nlp/attribution/learned/documentFeatures.js';
import { findLearnedAttributions } from '../src/nlp/attribution/learned/findLearnedAttributions.js';
import { labelTokens, type RolePieces } from '../src/nlp/attribution/learned/labelTokens.js';
import { markRuleRoles } from '../src/nlp/attribution/learned/markRuleRoles.js';
import { describeCurrentRules } from '../src/nlp/attribution/learned/checkTrainedRules.js';
import { serializeModel } from '../src/nlp/attribution/learned/taggerModel.js';
import { maskRuleRoles } from '../src/nlp/attribution/learned/maskRuleRoles.js';
import { seededRandom, trainTagger, type TaggedDocument } from '../src/nlp/attribution/learned/trainTagger.js';
import { splitSentences } from '../src/nlp/sentences/splitSentences.js';
import { tokenize } from '../src/nlp/tokens/tokenize.js';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const { values } = parseArgs({
  options: {
    data: { type: 'string', default: path.join(ROOT, '..', 'shared', 'data', 'polnear', 'train.jsonl') },
    out: { type: 'string', default: path.join(ROOT, 'models', 'attribution.json.gz') },
    epochs: { type: 'string', default: '25' },
    seed: { type: 'string', default: '20251' },
    dim: { type: 'string', default: String(1 << 18) },
    folds: { type: 'string' },
    fold: { type: 'string' },
    'min-weight': { type: 'string', default: '1' },
    stack: { type: 'boolean', default: false },
    'rule-dropout': { type: 'string', default: '0.8' },
    'relation-scorer': { type: 'boolean', default: false },
    cache: { type: 'string' },
    iterations: { type: 'string' },
    l2: { type: 'string' },
  },
});
if (values['relation-scorer']) {
  await import('./train-relation-scorer.js');
  process.exit(0);
}

interface Role {
  readonly start: number;
  readonly end: number;
  readonly fragments?: readonly { start: number; end: number }[];
}
interface Line {
  readonly text: string;
  readonly attributions: readonly { source: Role | null; cue: Role | null; content: Role | null }[];
}

const pieces = (r: Role | null) => (r ? (r.fragments?.length ? r.fragments : [r]) : []);
const dim = Number(values.dim);
const epochs = Number(values.epochs);
const seed = Number(values.seed);
const lexicon = loadCueLexicon();
const stack = values.stack === true;
const ruleDropout = Number(values['rule-dropout']);
const maskRandom = seededRandom(seed);
const featuresPerToken = FEATURES_PER_TOKEN + (stack ? RULE_FEATURES : 0);

const lines: Line[] = readFileSync(values.data!, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Line);
const prepared = lines.map((line) => {
  const tokens = tokenize(line.text);
  const sentences = splitSentences(line.text, tokens, { bodyStart: 0 });
  const relations: RolePieces[] = line.attributions.map((a) => ({ source: pieces(a.source), cue: pieces(a.cue), content: pieces(a.content) }));
  const ranges = sentences.map((s) => ({ from: s.tokenStart, to: s.tokenEnd }));
  const rules = stack ? maskRuleRoles(markRuleRoles(line.text, tokens, sentences), ranges, ruleDropout, maskRandom) : null;
  const tagged: TaggedDocument = {
    features: extractDocumentFeatures(line.text, tokens, sentences, lexicon, dim, rules),
    sentences: ranges,
    labels: labelTokens(tokens, relations),
  };
  return { line, tokens, sentences, tagged };
});
console.error(`${prepared.length} documents prepared`);

if (values.folds) {
  const k = Number(values.folds);
  const scored = [];
  for (let fold = 0; fold < k; fold++) {
    if (values.fold !== undefined && Number(values.fold) !== fold) continue;
    const model = trainTagger(prepared.filter((_, i) => i % k !== fold).map((p) => p.tagged), { dim, epochs, seed, featuresPerToken });
    for (const p of prepared.filter((_, i) => i % k === fold)) {
      // The splitter's sentences, as the product's learned methods read them (findAttributions' learnedContext).
      const ctx = buildContext(p.line.text, p.tokens, p.sentences, lexicon, { rejoinQuotes: false });
      const predicted = findLearnedAttributions(ctx, model).map((d) =>
        // Scored as `parallax eval polnear` scores: after the adapter to PolNeAR's conventions.
        adaptToPolnear(p.line.text, { source: d.source, cue: d.cue, content: { ...d.fragments[0], end: d.fragments[d.fragments.length - 1].end, fragments: d.fragments } }),
      );
      scored.push({ text: p.line.text, gold: p.line.attributions, predicted });
    }
    console.error(`fold ${fold + 1}/${k} done`);
  }
  const s = scoreAttributionDocuments(scored);
  const f = (x: number) => x.toFixed(4);
  console.log(`cross-validated on train (${k} folds, ${epochs} epochs): exact F1 source ${f(s.exact.source.f1)} cue ${f(s.exact.cue.f1)} content ${f(s.exact.content.f1)}; overlap content ${f(s.overlap.content.f1)}; linked F1 ${f(s.linked.f1)} P ${f(s.linked.precision)}`);
} else {
  const model = trainTagger(prepared.map((p) => p.tagged), { dim, epochs, seed, featuresPerToken });
  const minWeight = Number(values['min-weight']);
  const file = serializeModel(model, { data: path.basename(values.data!), documents: prepared.length, epochs, seed, dim, minWeight, ...(stack ? { ruleDropout, ...describeCurrentRules() } : {}) }, minWeight);
  // gzip with a fixed header (no timestamp in Node's gzip), so the same training gives the same bytes.
  writeFileSync(values.out!, gzipSync(JSON.stringify(file) + '\n', { level: 9 }));
  console.log(`wrote ${values.out} (${file.featureGaps.length} features with weights)`);
}
