import type { Speaker } from '../../domain/attribution.js';
import { makeEntity, type Entity } from './entity.js';
import type { PersonRecord } from './personRegistry.js';

/** The entity of a named person; its speaker is filled in when the person speaks. */
export function personEntity(record: PersonRecord, speaker: Speaker | null = null): Entity {
  return makeEntity({ key: `person:${record.id}`, kind: 'person', person: record, speaker });
}

/** A surname two people share: pointing back to it can only give "unclear". */
export function ambiguousEntity(surname: string): Entity {
  return makeEntity({ key: `ambiguous:${surname}`, kind: 'person' });
}
