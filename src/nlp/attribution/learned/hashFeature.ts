/**
 * FNV-1a over a string. Features are combinations of such hashes, so the committed weights are
 * numbers only: no word of the training corpus is stored in the model.
 */
export function hashString(value: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < value.length; i++) {
    h ^= value.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Mixes a feature template number and up to three value hashes into one of `dim` buckets (a power of two). */
export function combineHashes(template: number, a: number, b: number, c: number, dim: number): number {
  let h = mix(Math.imul(template + 1, 0x9e3779b1) ^ a);
  h = mix(h ^ b);
  h = mix(h ^ c);
  return (h >>> 0) & (dim - 1);
}

/** The murmur3 finaliser: every input bit moves every output bit. */
function mix(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return h ^ (h >>> 16);
}
