import type { AttributionDraft } from './attributionDraft.js';

// "An earlier version of this story", "the original version of this article": the story's own words before a correction.
const OWN_VERSION = /^(?:an?|the)\s+(?:earlier|previous|prior|original|initial|first)\s+versions?\s+of\s+(?:this|the)\s+(?:story|article|report|post|item|piece)$/iu;

/**
 * "Correction: An earlier version of this story said he was struck by three bullets.": the source is
 * the story's own text as it stood before a correction, which withdraws what it said; nobody speaks,
 * and the relation is dropped (the rules alone).
 */
export function dropOwnVersions(text: string, drafts: readonly AttributionDraft[]): AttributionDraft[] {
  return drafts.filter((d) => !d.source || !OWN_VERSION.test(text.slice(d.source.start, d.source.end).trim()));
}
