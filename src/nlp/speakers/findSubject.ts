import type { Occurrence } from './entity.js';
import type { PersonRecord } from './personRegistry.js';
import type { RoleVocab } from './roleVocab.js';
import { matchLongest, type Word } from './words.js';

interface CueTable {
  /** The cue phrases as the map `matchLongest` looks phrases up in. */
  readonly phrases: ReadonlyMap<string, true>;
  /** Their first words: a phrase can only start at a word among them (word norms hold no space). */
  readonly firstWords: ReadonlySet<string>;
}

// Built once per vocabulary: the cue scan runs over every word of every document.
const cueTables = new WeakMap<RoleVocab, CueTable>();

function cueTableOf(vocab: RoleVocab): CueTable {
  let table = cueTables.get(vocab);
  if (!table) {
    table = Object.freeze({
      phrases: new Map([...vocab.subjectCues].map((c) => [c, true] as const)),
      firstWords: new Set([...vocab.subjectCues].map((c) => c.split(' ')[0])),
    });
    cueTables.set(vocab, table);
  }
  return table;
}

/** Sentences that say something happened to someone: shot, wounded, charged, arrested. */
function cueSentences(words: readonly Word[], vocab: RoleVocab, sentenceAt: (offset: number) => number): Set<number> {
  const cues = cueTableOf(vocab);
  const found = new Set<number>();
  for (let i = 0; i < words.length; i++) {
    if (cues.firstWords.has(words[i].norm) && matchLongest(words, i, cues.phrases)) found.add(sentenceAt(words[i].start));
  }
  return found;
}

/**
 * The person the incident happens to: the named, untitled person most often mentioned in sentences
 * that say someone was shot, charged or arrested. Only a clear winner (twice the runner-up, and not
 * named jointly with another: "X and Y were charged") counts; two people in the same plight give no subject, so nothing is named "attorneys for" the wrong one.
 */
export function findSubject(
  text: string,
  words: readonly Word[],
  persons: readonly PersonRecord[],
  occurrences: readonly Occurrence[],
  vocab: RoleVocab,
  sentenceAt: (offset: number) => number,
): PersonRecord | null {
  const cued = cueSentences(words, vocab, sentenceAt);
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
  if (hasCoSubject(text, best[0], occurrences)) return null;
  return best[0];
}

const COORDINATION = /^(?:,\s*\d{1,3},)?\s+(?:and|or)\s+$/;

/** "Alfredo Aljorna, 26, and Julio Sosa-Celis, 24, are charged": two people share the plight. */
function hasCoSubject(text: string, record: PersonRecord, occurrences: readonly Occurrence[]): boolean {
  const people = occurrences.filter((o) => o.entity.person).sort((a, b) => a.start - b.start);
  for (let i = 0; i + 1 < people.length; i++) {
    const [a, b] = [people[i], people[i + 1]];
    if (a.entity.person === b.entity.person || (a.entity.person !== record && b.entity.person !== record)) continue;
    if (COORDINATION.test(text.slice(a.end, b.start))) return true;
  }
  return false;
}
