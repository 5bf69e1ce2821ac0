import type { Sentence } from '../../../domain/analysis.js';
import type { AttributionDraft } from '../attributionDraft.js';
import { allowsTransition, LABEL_COUNT } from './tagLabels.js';
import type { TaggerModel } from './taggerModel.js';

const L = LABEL_COUNT;
const ALLOWED: readonly boolean[] = Array.from({ length: (L + 1) * L }, (_, i) => allowsTransition(Math.floor(i / L) === L ? -1 : Math.floor(i / L), i % L));

/** The label scores of tokens [from, to) from their features alone, token-major. */
function emissions(model: TaggerModel, features: Int32Array, from: number, to: number): Float64Array {
  const out = new Float64Array((to - from) * L);
  for (let k = from; k < to; k++) {
    const base = k * model.featuresPerToken;
    for (let f = 0; f < model.featuresPerToken; f++) {
      const w = features[base + f] * L;
      for (let y = 0; y < L; y++) out[(k - from) * L + y] += model.weights[w + y];
    }
  }
  return out;
}

/** The score of the best label path over a sentence; tokens for which `outside` is true may only be O. */
function bestPathScore(transitions: Float32Array, emit: Float64Array, from: number, outside: (k: number) => boolean): number {
  const n = emit.length / L;
  let prev = new Float64Array(L);
  let next = new Float64Array(L);
  for (let i = 0; i < n; i++) {
    for (let y = 0; y < L; y++) {
      if (y !== 0 && outside(from + i)) {
        next[y] = -Infinity;
        continue;
      }
      let best = -Infinity;
      if (i === 0) best = ALLOWED[L * L + y] ? transitions[L * L + y] : -Infinity;
      else for (let x = 0; x < L; x++) if (ALLOWED[x * L + y]) best = Math.max(best, prev[x] + transitions[x * L + y]);
      next[y] = best + emit[i * L + y];
    }
    [prev, next] = [next, prev];
  }
  return n === 0 ? 0 : Math.max(...prev);
}

/**
 * How sure the tagger is of a relation: the best path's score over the cue's sentence minus the
 * best path's that labels no cue token a cue (a min-marginal margin: 0 is a coin toss). A relation
 * stands or falls with its cue, so the cue's margin serves as the relation's confidence. The
 * scorer keeps each sentence's emissions and best score, asked for once.
 */
export function createConfidenceScorer(model: TaggerModel, features: Int32Array): (sentence: Sentence, draft: AttributionDraft) => number {
  const margin = createMarginScorer(model, features);
  return (sentence, draft) => margin(sentence, draft.cueTokens);
}

/**
 * The same margin for any tokens of a sentence: best path minus the best path that labels all of
 * `tokens` O (how much the tagger wants some role there). 0 for no tokens.
 */
export function createMarginScorer(model: TaggerModel, features: Int32Array): (sentence: Sentence, tokens: readonly number[]) => number {
  const cache = new Map<number, { emit: Float64Array; best: number }>();
  return (sentence, tokens) => {
    if (tokens.length === 0) return 0;
    let entry = cache.get(sentence.index);
    if (!entry) {
      const emit = emissions(model, features, sentence.tokenStart, sentence.tokenEnd);
      entry = { emit, best: bestPathScore(model.transitions, emit, sentence.tokenStart, () => false) };
      cache.set(sentence.index, entry);
    }
    const held = new Set(tokens);
    return entry.best - bestPathScore(model.transitions, entry.emit, sentence.tokenStart, (k) => held.has(k));
  };
}
