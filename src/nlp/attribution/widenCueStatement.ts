import type { Token } from '../../domain/analysis.js';
import type { TokenRange } from './attributionContext.js';

const STATEMENT = ['in', null, 'statement'] as const;

/**
 * "Ana Ruiz said in a statement …": "in a statement" (or "in the statement") right after the cue
 * belongs to it, as PolNeAR annotates it (62 times on train, 40 of them with the phrase). Other
 * media ("in an interview", "in an email") are annotated both ways, mostly without, and stay out.
 * `taken` tells the tokens already given to the source or the content.
 */
export function widenCueStatement(tokens: readonly Token[], cue: TokenRange, taken: (k: number) => boolean): TokenRange {
  const at = cue.to;
  if (at + STATEMENT.length > tokens.length) return cue;
  for (let w = 0; w < STATEMENT.length; w++) {
    const t = tokens[at + w];
    const want = STATEMENT[w];
    if (taken(at + w) || (want === null ? t.normal !== 'a' && t.normal !== 'the' : t.normal !== want)) return cue;
  }
  return { from: cue.from, to: at + STATEMENT.length };
}
