import { loadTitles } from '../mentions/loadTitles.js';
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

/** Who the incident happens to: one person, or two named jointly ("X and Y were charged"). */
export interface Subjects {
  /** The one person, when one stands out; null when unclear or when two share the plight. */
  readonly subject: PersonRecord | null;
  /** The two people who share the plight, in order of first mention; empty otherwise. */
  readonly joint: readonly PersonRecord[];
}

/**
 * The person the incident happens to: the named, untitled person most often mentioned in sentences
 * that say someone was shot, charged or arrested. Only a clear winner (twice the runner-up, and not
 * named jointly with another: "X and Y were charged") counts; two people in the same plight give no
 * subject, so nothing is named "attorneys for" the wrong one. They are the joint subjects instead
 * when the winner is coordinated with exactly one other person, who is the runner-up.
 */
export function findSubject(
  text: string,
  words: readonly Word[],
  persons: readonly PersonRecord[],
  occurrences: readonly Occurrence[],
  vocab: RoleVocab,
  sentenceAt: (offset: number) => number,
): Subjects {
  const cued = cueSentences(words, vocab, sentenceAt);
  const firstCue = cued.size ? Math.min(...cued) : Infinity;
  const descriptor = descriptorPattern(vocab);
  const scores = new Map<PersonRecord, number>();
  for (const o of occurrences) {
    const record = o.entity.person;
    // An office (a sheriff, a judge) is never the subject; an honorific ("the Rev.", "Dr.") may be.
    if (!record || (record.titleRole && !(record.title && loadTitles().isHonorific(record.title))) || record.organization) continue;
    // "An officer shot and killed a man … The man, Keith Porter, was a father of two": the name given
    // to the one a cue sentence before told of counts as if it stood there.
    if (!cued.has(o.sentence) && !(o.sentence > firstCue && descriptor.test(text.slice(Math.max(0, o.start - 40), o.start)))) continue;
    scores.set(record, (scores.get(record) ?? 0) + 1);
  }
  const ranked = [...scores.entries()].sort((a, b) => b[1] - a[1]);
  if (!ranked.length) return NO_SUBJECTS;
  const [best, second] = ranked;
  const partners = coSubjectsOf(text, best[0], occurrences);
  if (partners.size === 1 && second && partners.has(second[0]) && (ranked.length < 3 || ranked[2][1] < second[1])) {
    return { subject: null, joint: [best[0], second[0]].sort((a, b) => firstMention(occurrences, a) - firstMention(occurrences, b)) };
  }
  if (second && best[1] < 2 * second[1]) return NO_SUBJECTS;
  if (partners.size) return NO_SUBJECTS;
  return { subject: best[0], joint: [] };
}

const NO_SUBJECTS: Subjects = Object.freeze({ subject: null, joint: [] });

const descriptorPatterns = new WeakMap<RoleVocab, RegExp>();

/** "The man, " opening a sentence, for each of vocab/roles.json's subjectDescriptors. */
function descriptorPattern(vocab: RoleVocab): RegExp {
  let pattern = descriptorPatterns.get(vocab);
  if (!pattern) {
    const nouns = vocab.subjectDescriptors.map((d) => d.split(' ').pop()!.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&'));
    pattern = new RegExp(`(?:^|[.!?"”]\\s+|\\n\\s*)[Tt]he\\s+(?:${nouns.join('|')}),\\s*$`, 'u');
    descriptorPatterns.set(vocab, pattern);
  }
  return pattern;
}

function firstMention(occurrences: readonly Occurrence[], record: PersonRecord): number {
  return occurrences.find((o) => o.entity.person === record)?.start ?? Infinity;
}

const COORDINATION = /^(?:,\s*\d{1,3},)?\s+(?:and|or)\s+$/;

/** "Ivan Petrov, 30, and Omar Haddad, 28, are charged": the people who share the plight with `record`. */
function coSubjectsOf(text: string, record: PersonRecord, occurrences: readonly Occurrence[]): Set<PersonRecord> {
  const partners = new Set<PersonRecord>();
  const people = occurrences.filter((o) => o.entity.person).sort((a, b) => a.start - b.start);
  for (let i = 0; i + 1 < people.length; i++) {
    const [a, b] = [people[i], people[i + 1]];
    if (a.entity.person === b.entity.person || (a.entity.person !== record && b.entity.person !== record)) continue;
    if (COORDINATION.test(text.slice(a.end, b.start))) partners.add(a.entity.person === record ? b.entity.person! : a.entity.person!);
  }
  return partners;
}
