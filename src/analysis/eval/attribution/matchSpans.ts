import type { EvalSpan } from './relationTypes.js';

const WORD_OR_MARK = /[\p{L}\p{N}]+|[^\s\p{L}\p{N}]/gu;

export interface Piece {
  readonly start: number;
  readonly end: number;
}

/** The fragments of a span, in order; a span without fragments is one fragment. */
export function piecesOf(span: EvalSpan): readonly Piece[] {
  const parts = span.fragments && span.fragments.length > 0 ? span.fragments : [span];
  return [...parts].map((p) => ({ start: p.start, end: p.end })).sort((a, b) => a.start - b.start);
}

/** Exact match: the same fragments, all of them. */
export function sameSpan(a: EvalSpan, b: EvalSpan): boolean {
  const pa = piecesOf(a);
  const pb = piecesOf(b);
  return pa.length === pb.length && pa.every((p, i) => p.start === pb[i].start && p.end === pb[i].end);
}

/** Word-token starts of `text`, so overlap can be counted in tokens rather than characters. */
export function indexTokens(text: string): readonly Piece[] {
  const out: Piece[] = [];
  for (const m of text.matchAll(WORD_OR_MARK)) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}

function firstTokenEndingAfter(tokens: readonly Piece[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The set of token indices a span covers (a token counts when any of its characters is inside). */
export function tokenSet(span: EvalSpan, tokens: readonly Piece[]): ReadonlySet<number> {
  const out = new Set<number>();
  for (const p of piecesOf(span)) {
    for (let k = firstTokenEndingAfter(tokens, p.start); k < tokens.length && tokens[k].start < p.end; k++) out.add(k);
  }
  return out;
}

export function countShared(a: ReadonlySet<number>, b: ReadonlySet<number>): number {
  let n = 0;
  for (const k of a) if (b.has(k)) n++;
  return n;
}

/**
 * One-to-one matching by greedy choice of the best remaining pair (highest weight first), so a
 * prediction that overlaps two gold spans is credited once. Returns the number of matched pairs.
 */
export function matchGreedy(goldCount: number, predCount: number, weight: (g: number, p: number) => number): { matched: number; pairs: [number, number][] } {
  const candidates: [number, number, number][] = [];
  for (let g = 0; g < goldCount; g++) {
    for (let p = 0; p < predCount; p++) {
      const w = weight(g, p);
      if (w > 0) candidates.push([w, g, p]);
    }
  }
  candidates.sort((a, b) => b[0] - a[0] || a[1] - b[1] || a[2] - b[2]);
  const usedG = new Set<number>();
  const usedP = new Set<number>();
  const pairs: [number, number][] = [];
  for (const [, g, p] of candidates) {
    if (usedG.has(g) || usedP.has(p)) continue;
    usedG.add(g);
    usedP.add(p);
    pairs.push([g, p]);
  }
  return { matched: pairs.length, pairs };
}
