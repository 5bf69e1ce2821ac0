import type { PersonRecord } from './personRegistry.js';
import type { SpeakerContext } from './speakerContext.js';

/**
 * The one person `accepts` takes whom the `reach` sentences before the one at `at` name, up to `at`;
 * null when none or several are, or when `alone` and the sentence at `at` names anyone before `at`.
 */
export function onePersonNamedBefore(ctx: SpeakerContext, at: number, reach: number, opts: { accepts?: (p: PersonRecord) => boolean; alone?: boolean } = {}): PersonRecord | null {
  const here = ctx.sentenceAt(at);
  const first = ctx.analysis.sentences[Math.max(0, here - reach)];
  const sentence = ctx.analysis.sentences[here];
  if (!first || !sentence) return null;
  const named = new Set<PersonRecord>();
  for (const o of ctx.occurrences) {
    const person = o.entity.person;
    if (!person || o.start < first.start || o.start >= at) continue;
    if (opts.alone && o.start >= sentence.start) return null;
    if (!opts.accepts || opts.accepts(person)) named.add(person);
  }
  if (named.size !== 1) return null;
  const [person] = named;
  return person;
}
