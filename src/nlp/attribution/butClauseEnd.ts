import type { Token } from '../../domain/analysis.js';
import type { TokenRange } from './attributionContext.js';

const THIRD_PERSON = new Set(['he', 'she', 'they']);
const PRONOUNS = new Set(['he', 'she', 'they', 'i', 'we', 'you', 'it']);
// ", but they …", ", yet they offer no evidence …".
const CONTRASTS = new Set(['but', 'yet']);

/**
 * Where a reported clause from `from` to `to` ends before ", but he …" (or ", yet they …") or ", but later said …" (a
 * cue by `isCue` right after "but" and an adverb, the speaker's next report): a contrast whose subject is
 * a third-person pronoun and a verb goes on about the speaker, in the writer's words ("Ruiz said she
 * will not ask him to withdraw, but she has bristled at …"). The content before the comma is a clause
 * outside quotation marks; a source that is another pronoun ("she said …, but they …") leaves it
 * alone. Returns `to` when no such comma stands. PolNeAR train (round 25, a report whose speaker
 * stands before the cue): gold ends there 11 times against 3.
 */
export function butClauseEnd(tokens: readonly Token[], from: number, to: number, source: TokenRange, isCue: (k: number) => boolean = () => false): number {
  // Most contents hold no ", but": the scan below is needed only when one stands (speed only).
  let but = from;
  while (but < to - 3 && !(tokens[but].text === ',' && CONTRASTS.has(tokens[but + 1].normal))) but++;
  if (but >= to - 3) return to;
  const speaker = source.to - source.from === 1 ? tokens[source.from].normal : '';
  let quoted = false;
  let clause = false;
  for (let j = from; j < to - 3; j++) {
    const t = tokens[j];
    if (/["“”]/.test(t.text) || (t.text === "'" && tokens[j + 1]?.text === "'")) quoted = !quoted;
    if (quoted) continue;
    if (t.pos === 'AUX' || (t.pos === 'VERB' && !t.normal.endsWith('ing'))) clause = true;
    if (t.text !== ',' || !CONTRASTS.has(tokens[j + 1].normal) || !clause) continue;
    // "DHS initially said she had rammed agents, but later said only that …": the speaker's own next
    // report, a verb of saying with no subject of its own, is no part of the first one's words.
    const next = tokens[j + 2].pos === 'ADV' ? j + 3 : j + 2;
    if (tokens[next]?.pos === 'VERB' && isCue(next)) return j;
    const subject = tokens[j + 2].normal;
    if (!THIRD_PERSON.has(subject) || (PRONOUNS.has(speaker) && speaker !== subject)) continue;
    const verb = tokens[j + 3].pos === 'ADV' ? tokens[j + 4] : tokens[j + 3];
    if (verb && (verb.pos === 'AUX' || verb.pos === 'VERB')) return j;
  }
  return to;
}
