import type { AttributionDraft } from './attributionDraft.js';

// "asked", "requested": the cues a request for anonymity goes with.
const ASKING = /^(?:asked|asks|requested|requests)$/u;
// "that her name not be used", "that he not be identified", "not to be named": the request itself.
const ANONYMITY = /^(?:that\s+)?(?:(?:her|his|their|my|our)\s+(?:full\s+|last\s+|first\s+)?(?:name|names|identity|identities)\s+not\s+be\s+(?:used|published|printed|given|disclosed|revealed|shared|included)|(?:she|he|they|I|we)\s+not\s+be\s+(?:named|identified)|not\s+to\s+be\s+(?:named|identified|quoted\s+by\s+name))\b/iu;

/**
 * "A woman …, who asked that her name not be used because she is afraid of retaliation, said …": a
 * request not to be named is how the story came to hide a name, no claim of the one asking; as an
 * attribution it would only stand between her and the "she said" after it (the rules alone).
 */
export function dropAnonymityRequests(text: string, drafts: readonly AttributionDraft[]): AttributionDraft[] {
  return drafts.filter((d) => {
    if (!d.cue || !ASKING.test(text.slice(d.cue.start, d.cue.end).trim().toLowerCase())) return true;
    const first = d.fragments[0];
    return !first || !ANONYMITY.test(text.slice(first.start, first.end).trim());
  });
}
