import { makeSpan } from '../../lib/spans.js';
import type { AttributionContext, TokenRange } from './attributionContext.js';
import type { AttributionDraft } from './attributionDraft.js';

/** An indirect attribution of one content part, from token ranges (the cue's tokens marked used). */
export function indirectDraft(ctx: AttributionContext, source: TokenRange, cue: TokenRange, content: TokenRange, sentence: number): AttributionDraft {
  const { text, tokens } = ctx;
  const span = (r: TokenRange) => makeSpan(text, tokens[r.from].start, tokens[r.to - 1].end);
  return {
    kind: 'indirect',
    source: span(source),
    cue: span(cue),
    fragments: [span(content)],
    sentence,
    cueTokens: Array.from({ length: cue.to - cue.from }, (_, i) => cue.from + i),
  };
}
