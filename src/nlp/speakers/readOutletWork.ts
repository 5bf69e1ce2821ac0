import type { Entity } from './entity.js';
import type { SpeakerContext } from './speakerContext.js';
import { foldName, type Word } from './words.js';

const DETERMINERS = new Set(['a', 'an', 'the']);

/**
 * The outlet's own reporting as a source: "according to a KTWN review of the footage" (the outlet
 * "KTWN 5 News"; "an analysis by the Star Tribune", reviewedByOutlet), "our analysis" (unquoted) is. The
 * capitalised words before the noun must be the start of the outlet's name; null otherwise.
 */
export function readOutletWork(ctx: SpeakerContext, words: readonly Word[]): Entity | null {
  if (!ctx.outlet || words.length < 2) return null;
  const reviewed = reviewedByOutlet(ctx, words);
  if (reviewed) return reviewed;
  const noun = words.findIndex((w, i) => i > 0 && ctx.vocab.outletWorkNouns.has(w.norm));
  if (noun < 0) return null;
  // Only "of …" may follow the noun: "a review of the footage", not "a review board said".
  if (noun + 1 < words.length && words[noun + 1].norm !== 'of') return null;
  const first = words[0];
  if (first.norm === 'our' && noun === 1) return ctx.quotes.some((q) => first.start >= q.start && first.start < q.end) ? null : ctx.outlet;
  if (!DETERMINERS.has(first.norm)) return null;
  const name = words.slice(1, noun);
  if (name.length === 0 || !name.every((w) => w.capitalized)) return null;
  const outletWords = foldName(ctx.outlet.speaker?.name ?? '').split(/\s+/u);
  const named = name.map((w) => foldName(w.text));
  return named.every((w, i) => outletWords[i] === w) ? ctx.outlet : null;
}

const REVIEWED = new Set(['reviewed', 'obtained', 'examined', 'seen', 'verified', 'analyzed', 'analysed']);

/**
 * "according to a birth certificate and a passport reviewed by the Observer Wire": records the outlet
 * says it saw stand on its word; "according to an analysis by the Star Tribune" (of "Minnesota Star
 * Tribune"): its own work is its word. Another outlet's work ("an analysis by the Ledger") is not its. The words after "by" must be the outlet's name or its last words
 * ("the Observer Wire" of "Carolina Observer Wire"); null otherwise.
 */
function reviewedByOutlet(ctx: SpeakerContext, words: readonly Word[]): Entity | null {
  // "a frame-by-frame analysis by the Star Tribune": a work noun before "by" too.
  const by = words.findIndex((w, i) => i > 1 && w.norm === 'by' && (REVIEWED.has(words[i - 1].norm) || ctx.vocab.outletWorkNouns.has(words[i - 1].norm)));
  if (by < 0) return null;
  const name = words.slice(by + 1).filter((w, i) => !(i === 0 && w.norm === 'the'));
  if (!name.length || !name.every((w) => w.capitalized)) return null;
  const outletWords = foldName(ctx.outlet!.speaker?.name ?? '').split(/\s+/u);
  const named = name.map((w) => foldName(w.text));
  const tail = outletWords.slice(outletWords.length - named.length);
  return named.length <= outletWords.length && named.every((w, i) => tail[i] === w) ? ctx.outlet : null;
}
