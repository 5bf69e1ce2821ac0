import type { Token } from '../../domain/analysis.js';
import type { TokenRange } from './attributionContext.js';

const RELEASE_VERBS = new Set(['issue', 'issues', 'issued', 'release', 'releases', 'released', 'send', 'sends', 'sent', 'post', 'posts', 'posted']);
const MEDIA = new Set(['statement', 'email', 'e-mail', 'tweet', 'letter', 'message', 'video', 'release', 'note', 'memo', 'post']);
const DAY = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|morning|afternoon|evening|night|today)$/;
const MODIFIER_POS = new Set(['ADJ', 'NOUN', 'PROPN', 'VERB']);

/**
 * "The campaign issued a statement saying …", "Lee sent a fundraising email Wednesday, saying …": a
 * participle cue right after the release of a statement (a verb of releasing, "a", "an" or "the", up
 * to two modifiers, the medium, a day) reports through it, and PolNeAR takes the release into the cue
 * (43 times in 44 on train). Returns the cue widened back to the verb of releasing, which must stand
 * after the source; else the cue unchanged.
 */
export function widenCueRelease(tokens: readonly Token[], cue: TokenRange, source: TokenRange): TokenRange {
  if (cue.to - cue.from !== 1 || !tokens[cue.from].normal.endsWith('ing') || source.to > cue.from) return cue;
  let j = cue.from - 1;
  if (tokens[j]?.text === ',') j--;
  while (j > source.to && DAY.test(tokens[j].normal)) j--;
  if (!MEDIA.has(tokens[j]?.normal ?? '')) return cue;
  let d = j - 1;
  while (d > j - 3 && d > source.to && MODIFIER_POS.has(tokens[d].pos)) d--;
  const det = tokens[d];
  if (!det || !(det.normal === 'a' || det.normal === 'an' || det.normal === 'the')) return cue;
  const verb = d - 1;
  if (verb < source.to || !RELEASE_VERBS.has(tokens[verb].normal)) return cue;
  return { from: verb, to: cue.to };
}
