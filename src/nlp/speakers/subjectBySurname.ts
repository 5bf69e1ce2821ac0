import type { PersonRecord } from './personRegistry.js';
import type { SpeakerContext } from './speakerContext.js';
import { foldName, type Word } from './words.js';

/**
 * "Pretti's family", or "Arredondo says" in a story that names the subject Tomás Arredondo and his
 * wife Leticia Arredondo: a lone surname several people of the document share is the subject's
 * when the subject is one of them. News style names the subject's relatives in full at every
 * mention so that the surname alone can stay the subject's.
 */
export function subjectBySurname(ctx: SpeakerContext, words: readonly Word[]): PersonRecord | null {
  if (!ctx.subject || words.length !== 1) return null;
  const name = ctx.text.slice(words[0].start, words[0].end);
  if (ctx.persons.lookup(name) !== 'ambiguous') return null;
  const surname = foldName(name);
  return foldName(ctx.subject.name.split(/\s+/u).pop() ?? '') === surname ? ctx.subject : null;
}
