import type { Speaker } from '../../domain/attribution.js';
import type { DocumentMetadata } from '../../domain/document.js';
import { advocacyPublisher } from '../../nlp/speakers/advocacyPublisher.js';

/**
 * The voice of a document an advocacy group publishes (its tracker, its report): its own sentences are the group's
 * account, a party's, not a newsroom's reporting ("Gunshot wound to the upper left arm" in a coalition's tracker entry).
 * Null for any other publisher.
 */
export function findAdvocacyVoice(metadata: Pick<DocumentMetadata, 'outlet'>): Speaker | null {
  const group = advocacyPublisher(metadata.outlet);
  return group ? Object.freeze({ name: group, affiliation: group, role: 'other' }) : null;
}
