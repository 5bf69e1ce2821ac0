import type { Sentence } from '../../../domain/analysis.js';
import type { AttributionDraft } from '../attributionDraft.js';
import { allowsTransition, LABEL_COUNT, TAG_LABELS } from './tagLabels.js';
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

/**
 * Best-path scores of a sentence in both directions: `forward[i·L + y]` is the best score of the
 * tokens up to i with i labelled y (its emission included), `backward[i·L + y]` the best score of the
 * tokens after i given that label (a Viterbi pass each way, no end transition).
 */
export interface SentenceLattice {
  readonly emit: Float64Array;
  readonly forward: Float64Array;
  readonly backward: Float64Array;
  readonly best: number;
}

function buildLattice(transitions: Float32Array, emit: Float64Array): SentenceLattice {
  const n = emit.length / L;
  const forward = new Float64Array(n * L);
  const backward = new Float64Array(n * L);
  for (let i = 0; i < n; i++) forwardStep(transitions, emit, forward, i, i === 0 ? null : forward.subarray((i - 1) * L, i * L), -1);
  for (let i = n - 2; i >= 0; i--) {
    for (let y = 0; y < L; y++) {
      let best = -Infinity;
      for (let z = 0; z < L; z++) if (ALLOWED[y * L + z]) best = Math.max(best, transitions[y * L + z] + emit[(i + 1) * L + z] + backward[(i + 1) * L + z]);
      backward[i * L + y] = best;
    }
  }
  let best = n === 0 ? 0 : -Infinity;
  for (let y = 0; n > 0 && y < L; y++) best = Math.max(best, forward[(n - 1) * L + y]);
  return { emit, forward, backward, best };
}

/** One Viterbi step into `out` at token i (row i of `out`), from the previous row (null at the sentence start); `only` >= 0 forbids every label but that one. */
function forwardStep(transitions: Float32Array, emit: Float64Array, out: Float64Array, i: number, prev: Float64Array | null, only: number, row = i): void {
  for (let y = 0; y < L; y++) {
    if (only >= 0 && y !== only) {
      out[row * L + y] = -Infinity;
      continue;
    }
    let best = -Infinity;
    if (!prev) best = ALLOWED[L * L + y] ? transitions[L * L + y] : -Infinity;
    else for (let x = 0; x < L; x++) if (ALLOWED[x * L + y]) best = Math.max(best, prev[x] + transitions[x * L + y]);
    out[row * L + y] = best + emit[i * L + y];
  }
}

/**
 * The best path's score with tokens [a, b] of the sentence constrained (`only(i)`: that label only, or any when -1): the
 * unconstrained forward scores up to a, a constrained pass over [a, b], the backward scores after b.
 * Equal to a whole constrained Viterbi pass, at a cost in the length of [a, b] only.
 */
function heldPathScore(transitions: Float32Array, lattice: SentenceLattice, a: number, b: number, only: (i: number) => number): number {
  let prev: Float64Array | null = a === 0 ? null : lattice.forward.subarray((a - 1) * L, a * L);
  let cur = new Float64Array(L);
  let spare = new Float64Array(L);
  for (let i = a; i <= b; i++) {
    forwardStep(transitions, lattice.emit, cur, i, prev, only(i), 0);
    prev = cur;
    [cur, spare] = [spare, cur];
  }
  let best = -Infinity;
  for (let y = 0; y < L; y++) best = Math.max(best, prev![y] + lattice.backward[b * L + y]);
  return best;
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
export function createMarginScorer(
  model: TaggerModel,
  features: Int32Array,
  lattices: SentenceLattices = createSentenceLattices(model, features),
): (sentence: Sentence, tokens: readonly number[]) => number {
  return (sentence, tokens) => {
    const inside = tokens.filter((k) => k >= sentence.tokenStart && k < sentence.tokenEnd).map((k) => k - sentence.tokenStart);
    if (inside.length === 0) return 0;
    const lattice = lattices(sentence);
    const held = new Set(inside);
    return lattice.best - heldPathScore(model.transitions, lattice, Math.min(...inside), Math.max(...inside), (i) => (held.has(i) ? 0 : -1));
  };
}

/** Each sentence's lattice, built when first asked for: share one between the margin and extension scorers of a document. */
export type SentenceLattices = (sentence: Sentence) => SentenceLattice;

export function createSentenceLattices(model: TaggerModel, features: Int32Array): SentenceLattices {
  const cache = new Map<number, SentenceLattice>();
  return (sentence) => {
    let lattice = cache.get(sentence.index);
    if (!lattice) {
      lattice = buildLattice(model.transitions, emissions(model, features, sentence.tokenStart, sentence.tokenEnd));
      cache.set(sentence.index, lattice);
    }
    return lattice;
  };
}

const BEGIN_CONTENT = TAG_LABELS.indexOf('B-T');
const INSIDE_CONTENT = TAG_LABELS.indexOf('I-T');

/**
 * What it costs the tagger to run a content on over tokens [from, to) of a sentence (document
 * indices; the token before `from` is content): the best path's score minus the best path's that
 * labels the token before content and those tokens inside content. 0 when it already would.
 */
export function createExtensionCoster(
  model: TaggerModel,
  features: Int32Array,
  lattices: SentenceLattices = createSentenceLattices(model, features),
): (sentence: Sentence, from: number, to: number) => number {
  return (sentence, from, to) => {
    const a = from - sentence.tokenStart;
    const b = to - sentence.tokenStart - 1;
    if (a <= 0 || b < a) return 0;
    const lattice = lattices(sentence);
    const prev = lattice.forward.subarray((a - 1) * L, a * L);
    // The token before stays content (B-T or I-T, whichever the best path into it takes).
    const into = new Float64Array(L).fill(-Infinity);
    into[BEGIN_CONTENT] = prev[BEGIN_CONTENT];
    into[INSIDE_CONTENT] = prev[INSIDE_CONTENT];
    let cur = new Float64Array(L);
    let spare = new Float64Array(L);
    let p: Float64Array = into;
    for (let i = a; i <= b; i++) {
      forwardStep(model.transitions, lattice.emit, cur, i, p, INSIDE_CONTENT, 0);
      p = cur;
      [cur, spare] = [spare, cur];
    }
    return lattice.best - (p[INSIDE_CONTENT] + lattice.backward[b * L + INSIDE_CONTENT]);
  };
}
