import type { Occurrence } from './entity.js';
import type { PersonRecord } from './personRegistry.js';
import type { RoleVocab } from './roleVocab.js';
import { matchLongest, splitWords } from './words.js';

/** Sentences that say something happened to someone: shot, wounded, charged, arrested. */
function cueSentences(text: string, vocab: RoleVocab, sentenceAt: (offset: number) => number): Set<number> {
  const words = splitWords(text);
  const cues = new Map([...vocab.subjectCues].map((c) => [c, true] as const));
  const found = new Set<number>();
  for (let i = 0; i < words.length; i++) if (matchLongest(words, i, cues)) found.add(sentenceAt(words[i].start));
  return found;
}

/**
 * The person the incident happens to: the named, untitled person most often mentioned in sentences
 * that say someone was shot, charged or arrested. Only a clear winner (twice the runner-up) counts;
 * two people in the same plight give no subject, so nothing is named "attorneys for" the wrong one.
 */
export function findSubject(
  text: string,
  persons: readonly PersonRecord[],
  occurrences: readonly Occurrence[],
  vocab: RoleVocab,
  sentenceAt: (offset: number) => number,
): PersonRecord | null {
  const cued = cueSentences(text, vocab, sentenceAt);
  const scores = new Map<PersonRecord, number>();
  for (const o of occurrences) {
    const record = o.entity.person;
    if (!record || record.titleRole || record.organization || !cued.has(o.sentence)) continue;
    scores.set(record, (scores.get(record) ?? 0) + 1);
  }
  const ranked = [...scores.entries()].sort((a, b) => b[1] - a[1]);
  if (!ranked.length) return null;
  const [best, second] = ranked;
  if (second && best[1] < 2 * second[1]) return null;
  return best[0];
}
