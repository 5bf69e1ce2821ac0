import type { Token } from '../../domain/analysis.js';
import type { TokenRange } from './attributionContext.js';
import { isContinueTo, isGoOnTo, likelyToStart } from './findSourceBefore.js';

const GROUP_POS = new Set(['AUX', 'ADV', 'PART']);
const ASIDE_END = new Set([',', '—', '–', '--']);

// "when asked": a subordinator opens the clause, it is no part of the verb group (PolNeAR leaves "when" out 34 times in 34 on train).
const NOT_GROUP = new Set(['not', "n't", 'when']);

function isGroupWord(t: Token): boolean {
  return GROUP_POS.has(t.pos) && !NOT_GROUP.has(t.normal);
}

/** "has since said": "since" right after a form of "have" belongs to the group. */
function isSinceAfterHave(tokens: readonly Token[], j: number): boolean {
  return tokens[j].normal === 'since' && j > 0 && tokens[j - 1].pos === 'AUX' && tokens[j - 1].lemma === 'have';
}

/**
 * The cue as the whole verb group: "has said", "also told", "would later write". When only
 * auxiliaries and adverbs stand between the source and the cue verb, they belong to the cue
 * (PolNeAR annotates cues this way, and a reader sees "has long argued" as one reporting act).
 */
export function widenCueGroup(tokens: readonly Token[], source: TokenRange, cue: TokenRange): TokenRange {
  if (source.to > cue.from || source.to === cue.from) return cue;
  // "Ana Ruiz, the county's lawyer, has said": an aside closed by a comma or a dash ends before the group.
  let g = cue.from;
  while (g - 1 > source.to && (isGroupWord(tokens[g - 1]) || isSinceAfterHave(tokens, g - 1))) g--;
  // The aside opens right after the source: "Kasich offered a job, then said" ends a clause there, no aside.
  if (g < cue.from && g - 1 >= source.to && ASIDE_END.has(tokens[g - 1].text) && ASIDE_END.has(tokens[source.to].text)) return { from: g, to: cue.to };
  // "are slightly more likely to say": the words from "more" to "to" are part of the group.
  const likely = likelyToStart(tokens, cue.from - 1);
  for (let k = source.to; k < cue.from; k++) {
    if (likely > 0 && k >= likely) continue;
    // "went on to say": the three words before the verb are part of the group.
    if (k + 2 < cue.from && isGoOnTo(tokens, k + 2)) {
      k += 2;
      continue;
    }
    // "continued to insist", "is continuing to say": the two words before the verb are part of the group.
    if (k + 1 < cue.from && isContinueTo(tokens, k + 1)) {
      k += 1;
      continue;
    }
    if (isSinceAfterHave(tokens, k)) continue;
    if (!isGroupWord(tokens[k])) return cue;
  }
  return { from: source.to, to: cue.to };
}
