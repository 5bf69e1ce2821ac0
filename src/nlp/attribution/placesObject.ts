import type { AttributionContext, TokenRange } from './attributionContext.js';
import type { CueVerb } from './cueLexicon.js';

const OBJECT_PARTS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PRON', 'ADV']);
const GOAL_OPENERS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PRON']);
const MAX_OBJECT = 8;
const BREAKS = new Set([',', ';', ':', '—', '–']);

/**
 * Whether a verb of vocab/cues.json "placing" has an object and then "to" and a noun phrase right
 * after it, so it puts something somewhere and reports nothing: "could add another job title to his
 * resume", "has added another link to the misinformation chain, she noted", "would add less than 1
 * percent to output". After "that", a quotation, a colon or a verb the content is a report ("added a
 * caveat: “…”", "added the caption which reads …"). PolNeAR train, round 30: 4 such relations of
 * the rules, none annotated.
 */
export function placesObject(ctx: AttributionContext, k: number, verb: CueVerb, content: readonly TokenRange[]): boolean {
  const { tokens, lexicon } = ctx;
  const first = content[0];
  if (!lexicon.placing.has(verb.lemma) || first.from < k) return false;
  for (let j = k + 1; j < first.from; j++) if (tokens[j].normal === 'that' || tokens[j].text === ':') return false;
  for (let j = first.from; j < Math.min(first.to, first.from + MAX_OBJECT + 1); j++) {
    const t = tokens[j];
    if (t.normal === 'to' && j > first.from) return GOAL_OPENERS.has(tokens[j + 1]?.pos ?? '') && !verbBeforeBreak(ctx, j + 1, first.to);
    if (!(OBJECT_PARTS.has(t.pos) || t.normal === 'than' || t.normal === 'of')) return false;
  }
  return false;
}

/** "added the bridge to the county was safe": a finite verb after the goal, before any comma, makes the whole a reported clause. */
function verbBeforeBreak(ctx: AttributionContext, from: number, to: number): boolean {
  for (let j = from; j < to; j++) {
    const t = ctx.tokens[j];
    if (BREAKS.has(t.text)) return false;
    // "her resume": a noun the tagger reads as a verb after a determiner or possessive is no verb.
    if (t.pos === 'AUX' || (t.pos === 'VERB' && !t.normal.endsWith('ing') && (ctx.tokens[j - 1].pos === 'NOUN' || ctx.tokens[j - 1].pos === 'PROPN'))) return true;
  }
  return false;
}
