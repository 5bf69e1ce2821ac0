import type { Token } from '../../../domain/analysis.js';

interface Piece {
  readonly start: number;
  readonly end: number;
}

/** A relation's roles as character pieces (a discontinuous role has several). */
export interface RolePieces {
  readonly source: readonly Piece[];
  readonly cue: readonly Piece[];
  readonly content: readonly Piece[];
}

const ROLE_CODE = { content: 5, source: 1, cue: 3 } as const;

/**
 * Gold labels for training (indices of TAG_LABELS): each token a piece overlaps takes the piece's
 * role. When relations nest (a quote inside reported content), the cue wins over the source and the
 * source over the content, so the inner relation's structure stays visible to the tagger.
 */
export function labelTokens(tokens: readonly Token[], relations: readonly RolePieces[]): Uint8Array {
  const role = new Uint8Array(tokens.length);
  const begins = new Uint8Array(tokens.length);
  for (const name of ['content', 'source', 'cue'] as const) {
    for (const r of relations) {
      for (const piece of r[name]) {
        let first = true;
        for (let k = lowerBound(tokens, piece.start); k < tokens.length && tokens[k].start < piece.end; k++) {
          if (tokens[k].end <= piece.start) continue;
          role[k] = ROLE_CODE[name];
          begins[k] = first ? 1 : 0;
          first = false;
        }
      }
    }
  }
  const labels = new Uint8Array(tokens.length);
  for (let k = 0; k < tokens.length; k++) {
    if (!role[k]) continue;
    labels[k] = begins[k] || k === 0 || role[k - 1] !== role[k] ? role[k] : role[k] + 1;
  }
  return labels;
}

function lowerBound(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
