import type { AttributionContext } from './attributionContext.js';
import type { AttributionDraft } from './attributionDraft.js';
import { hasClause, QUOTE_MARKS } from './clauseBounds.js';
import { indirectDraft } from './indirectDraft.js';

/** Nouns of a held account: "ICE's position is that …", "the family's contention is that …". */
const POSITIONS = new Set(['position', 'contention', 'view', 'stance', 'argument', 'account', 'version', 'claim', 'assertion', 'belief']);
const BE = new Set(['is', 'was', 'remains', 'has', 'had']);
const POSSESSIVE = new Set(["'s", '’s', "'", '’']);
const OWNER_PARTS = new Set(['PROPN', 'NOUN', 'DET', 'ADJ']);
const MAX_OWNER_TOKENS = 6;
const OPENERS = new Set(['so', 'but', 'and', 'now', 'still', 'yet']);
const MIN_CONTENT_TOKENS = 3;

/**
 * `ICE's position is that Julián drove his pickup at officers.`: a possessor's held account (POSITIONS), "is
 * that", and the clause after "that" to the sentence's end, in the outlet's words. The possessor opens the
 * sentence ("The agency's position has been that …" too); the cue runs from the noun to "that". The rules
 * alone (stop 71); none when a quotation holds the words or what follows has no clause.
 */
export function findPositionClauses(ctx: AttributionContext, blocked: (k: number) => boolean): AttributionDraft[] {
  const { tokens, sentences } = ctx;
  const found: AttributionDraft[] = [];
  sentences.forEach((sentence, index) => {
    const start = sentence.tokenStart;
    for (let n = start + 2; n < Math.min(sentence.tokenEnd - MIN_CONTENT_TOKENS, start + MAX_OWNER_TOKENS + 2); n++) {
      if (!POSITIONS.has(tokens[n].normal) || !POSSESSIVE.has(tokens[n - 1].text)) continue;
      // "ICE's position is that", "the agency's position has been that".
      if (!BE.has(tokens[n + 1]?.normal ?? '')) return;
      let that = n + 2;
      if (tokens[that]?.normal === 'always' || tokens[that]?.normal === 'long') that++;
      if ((tokens[n + 1].normal === 'has' || tokens[n + 1].normal === 'had') && tokens[that]?.normal === 'been') that++;
      if (tokens[that]?.normal === 'always' || tokens[that]?.normal === 'long') that++;
      if (tokens[that]?.normal !== 'that') return;
      // "So ICE's position is that …", "But the family's view is that …": a connective opening the sentence is no owner.
      const opens = OPENERS.has(tokens[start].normal) ? 1 + (tokens[start + 1]?.text === ',' ? 1 : 0) : 0;
      const owner = { from: start + opens, to: n - 1 };
      if (owner.to <= owner.from || owner.to - owner.from > MAX_OWNER_TOKENS) return;
      for (let k = owner.from; k < owner.to; k++) if (!OWNER_PARTS.has(tokens[k].pos)) return;
      let to = sentence.tokenEnd;
      while (to > that + 1 && /^[.;?!]$/u.test(tokens[to - 1].text)) to--;
      if (to - (that + 1) < MIN_CONTENT_TOKENS || !hasClause(tokens, that + 1, to)) return;
      for (let k = start; k < to; k++) if (blocked(k) || QUOTE_MARKS.test(tokens[k].text)) return;
      found.push(indirectDraft(ctx, owner, { from: n, to: that + 1 }, { from: that + 1, to }, index));
      return;
    }
  });
  return found;
}
