import type { Speaker } from '../../domain/attribution.js';
import type { PersonRecord } from './personRegistry.js';
import type { Gender } from './roleVocab.js';

/** `thing`: a source that is no one (a video, records), kept so nothing else is taken for it. */
export type EntityKind = 'person' | 'organization' | 'group' | 'filing' | 'thing';

/**
 * Something a pronoun or a definite description can point back to. `speaker` is what an
 * attribution to it resolves to; null for someone the text never names ("a woman who lives
 * nearby"), who can still be the antecedent of a "she" and so keeps that "she" from a wrong name.
 * (Someone the text says it will not name, "a woman …, who asked not to be named", speaks as the noun.)
 */
export interface Entity {
  readonly key: string;
  readonly kind: EntityKind;
  readonly plural: boolean;
  readonly speaker: Speaker | null;
  readonly person: PersonRecord | null;
  /** Gender of an unnamed person, from the words that describe them. */
  readonly gender: Gender | null;
  /** Lower-cased head nouns it can be called by: "department", "officials", "spokesperson", "complaint". */
  readonly heads: readonly string[];
}

/** Where an entity is mentioned; `speaker` marks the source of an attribution. */
export interface Occurrence {
  readonly start: number;
  readonly end: number;
  readonly sentence: number;
  readonly entity: Entity;
  readonly speaker: boolean;
  /** Index of the attribution whose content holds this mention, or -1. */
  readonly content: number;
  /** A speaker's: the sentence their words end in, when they run on past the source's own ("…," said X. "…. …."). */
  readonly wordsEnd?: number;
}

export function makeEntity(fields: Partial<Entity> & Pick<Entity, 'key' | 'kind'>): Entity {
  return Object.freeze({ plural: false, speaker: null, person: null, gender: null, heads: [], ...fields });
}

export function makeSpeaker(name: string, affiliation: string | null, role: Speaker['role']): Speaker {
  return Object.freeze({ name, affiliation, role });
}
