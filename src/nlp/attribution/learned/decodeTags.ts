import type { TaggerModel } from './taggerModel.js';
import { allowsTransition, LABEL_COUNT } from './tagLabels.js';

/** Which label pairs may follow each other, computed once. */
const ALLOWED: readonly boolean[] = Array.from({ length: (LABEL_COUNT + 1) * LABEL_COUNT }, (_, i) =>
  allowsTransition(Math.floor(i / LABEL_COUNT) === LABEL_COUNT ? -1 : Math.floor(i / LABEL_COUNT), i % LABEL_COUNT),
);

/**
 * The best label sequence (Viterbi) for tokens [from, to) of a document whose features are
 * `features`; an inside label never follows a label of another role.
 */
export function decodeTags(model: TaggerModel, features: Int32Array, from: number, to: number): Uint8Array {
  const n = to - from;
  const L = LABEL_COUNT;
  const labels = new Uint8Array(n);
  if (n === 0) return labels;
  const { weights, transitions, featuresPerToken } = model;
  const score = new Float64Array(n * L);
  const back = new Uint8Array(n * L);
  const emit = new Float64Array(L);
  for (let i = 0; i < n; i++) {
    emit.fill(0);
    const base = (from + i) * featuresPerToken;
    for (let f = 0; f < featuresPerToken; f++) {
      const w = features[base + f] * L;
      for (let y = 0; y < L; y++) emit[y] += weights[w + y];
    }
    for (let y = 0; y < L; y++) {
      if (i === 0) {
        score[y] = ALLOWED[L * L + y] ? emit[y] + transitions[L * L + y] : -Infinity;
        continue;
      }
      let best = -Infinity;
      let arg = 0;
      for (let x = 0; x < L; x++) {
        if (!ALLOWED[x * L + y]) continue;
        const s = score[(i - 1) * L + x] + transitions[x * L + y];
        if (s > best) {
          best = s;
          arg = x;
        }
      }
      score[i * L + y] = best + emit[y];
      back[i * L + y] = arg;
    }
  }
  let y = 0;
  for (let x = 1; x < L; x++) if (score[(n - 1) * L + x] > score[(n - 1) * L + y]) y = x;
  for (let i = n - 1; i >= 0; i--) {
    labels[i] = y;
    y = back[i * L + y];
  }
  return labels;
}
