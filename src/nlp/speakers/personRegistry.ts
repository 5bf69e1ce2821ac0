import type { Role } from '../../domain/roles.js';
import type { Gender } from './roleVocab.js';
import { foldName } from './words.js';

/** How a person stands to another: "a lawyer for X" → { role: subject_counsel, noun: "lawyer", of: X }. */
export interface Relation {
  readonly role: Role;
  readonly noun: string;
  readonly of: PersonRecord | null;
}

/** Everything the document says about one named person, gathered across its mentions. */
export interface PersonRecord {
  readonly id: number;
  name: string;
  words: string[];
  title: string | null;
  titleRole: Role | null;
  agencyId: string | null;
  /** Organisation named beside the person ("DHS" in "DHS spokeswoman …"), canonical name. */
  organization: string | null;
  relation: Relation | null;
  /** Evidence for he/she matching: counts of female and male cues. */
  female: number;
  male: number;
}

export interface PersonFacts {
  readonly title?: string | null;
  readonly titleRole?: Role | null;
  readonly agencyId?: string | null;
  readonly organization?: string | null;
}

export type Lookup = PersonRecord | 'ambiguous' | null;

function foldWords(name: string): string[] {
  return name.split(/\s+/).filter(Boolean).map(foldName);
}

function endsWith(words: readonly string[], tail: readonly string[]): boolean {
  if (tail.length > words.length) return false;
  return tail.every((w, i) => words[words.length - tail.length + i] === w);
}

/**
 * The named people of one document. A surname or a shortened name resolves to the one full name
 * it fits; when it fits two ("Hale" with Tom and Sam Hale) the lookup says so.
 */
export class PersonRegistry {
  private readonly records: PersonRecord[] = [];

  all(): readonly PersonRecord[] {
    return this.records;
  }

  lookup(name: string): Lookup {
    const words = foldWords(name);
    if (!words.length) return null;
    const exact = this.records.filter((r) => r.words.join(' ') === words.join(' '));
    if (exact.length === 1) return exact[0];
    if (words.length >= 2) {
      // "Ana Ruiz" for "Ana Maria Ruiz": same first and last word.
      const same = this.records.filter((r) => r.words[0] === words[0] && r.words[r.words.length - 1] === words[words.length - 1]);
      if (same.length === 1) return same[0];
      if (same.length > 1) return 'ambiguous';
    }
    const tails = this.records.filter((r) => r.words.length > words.length && endsWith(r.words, words));
    if (tails.length === 1) return tails[0];
    if (tails.length === 0) return null;
    // "McConnell" after "Senate Majority Leader Mitch McConnell" and "Mitch McConnell": one name
    // inside the other is one person (title words the reading took for a name); "Tom Hale" and
    // "Sam Hale" are two.
    const shortest = tails.reduce((a, b) => (b.words.length < a.words.length ? b : a));
    return tails.every((r) => endsWith(r.words, shortest.words)) ? shortest : 'ambiguous';
  }

  /** Registers a full name (two words or more, or one when the text introduces it as a name), merging it with the record it already fits. */
  add(name: string, facts: PersonFacts = {}, opts: { single?: boolean } = {}): PersonRecord | null {
    const words = foldWords(name);
    if (words.length < (opts.single ? 1 : 2)) return null;
    const found = this.lookup(name);
    if (found === 'ambiguous') return null;
    const record = found ?? this.create(name, words);
    if (words.length > record.words.length) {
      record.name = name;
      record.words = words;
    }
    record.title ??= facts.title ?? null;
    record.titleRole ??= facts.titleRole ?? null;
    record.agencyId ??= facts.agencyId ?? null;
    record.organization ??= facts.organization ?? null;
    return record;
  }

  addEvidence(record: PersonRecord, gender: Gender | null, weight = 1): void {
    if (gender === 'female') record.female += weight;
    if (gender === 'male') record.male += weight;
  }

  genderOf(record: PersonRecord): Gender | null {
    if (record.female > record.male) return 'female';
    if (record.male > record.female) return 'male';
    return null;
  }

  private create(name: string, words: string[]): PersonRecord {
    const record: PersonRecord = {
      id: this.records.length,
      name,
      words,
      title: null,
      titleRole: null,
      agencyId: null,
      organization: null,
      relation: null,
      female: 0,
      male: 0,
    };
    this.records.push(record);
    return record;
  }
}
