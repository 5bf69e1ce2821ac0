import type { AttributionContext, TokenRange } from './attributionContext.js';

const WH_ADVERBS = new Set(['why', 'how', 'when', 'where', 'whether']);

/**
 * "Figures reported on Sunday now suggest that …": a cue in -ed right after its noun phrase, whose
 * content after it (no "that" between) opens on a finite verb, past adverbs, is a participle of that
 * phrase: the phrase and the participle are the subject of the later verb, and nobody reports
 * anything through the participle (the rules alone, round 32).
 */
export function isReducedParticiple(ctx: AttributionContext, k: number, source: TokenRange, content: readonly TokenRange[]): boolean {
  const { tokens } = ctx;
  const first = content[0];
  if (!tokens[k].normal.endsWith('ed') || source.to !== k || first.from <= k || tokens[k - 1].pos === 'PRON') return false;
  // "asked: Did they …" opens a question; "explained why being …" an embedded one.
  for (let j = k + 1; j < first.from; j++) if (tokens[j].normal === 'that' || tokens[j].text === ':') return false;
  let j = first.from;
  while (j < first.to && tokens[j].pos === 'ADV' && !WH_ADVERBS.has(tokens[j].normal)) j++;
  const t = tokens[j];
  return t !== undefined && j < first.to && (t.pos === 'AUX' || (t.pos === 'VERB' && !t.normal.endsWith('ing')));
}
