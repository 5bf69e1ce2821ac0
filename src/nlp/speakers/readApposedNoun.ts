import { escapeRegExp } from '../../lib/escapeRegExp.js';
import type { DescriptionSite } from './describeDescription.js';
import { describePerson } from './describePerson.js';
import type { Entity } from './entity.js';
import { personEntity } from './personEntity.js';
import { onePersonNamedBefore } from './onePersonNamedBefore.js';
import type { SpeakerContext } from './speakerContext.js';
import type { Word } from './words.js';

// The sentences before the source's that may name the one it goes back to.
const REACH = 2;
// Nouns many in a story share, or that the story's own subject is called by: "the man", "the officer" are no one sure.
const SHARED_NOUNS = new Set(['man', 'woman', 'boy', 'girl', 'person', 'driver', 'passenger', 'officer', 'agent', 'deputy', 'trooper', 'witness', 'neighbor', 'neighbour', 'resident', 'official', 'spokesperson', 'spokesman', 'spokeswoman', 'family', 'father', 'mother', 'son', 'daughter', 'brother', 'sister', 'wife', 'husband']);

/**
 * "Verónica Ibarra Lozano, the consul of Mexico in Milwaukee … Ibarra Lozano said …. The consul added
 * that …": "the consul" (a bare noun after "the") after sentences that name one person set beside that
 * noun ("X, the consul …", "X, a consul …") is that person. Not a noun many share or one a story calls
 * its subject by (SHARED_NOUNS; kin and spokespeople have readers of their own). Null otherwise.
 */
export function readApposedNoun(ctx: SpeakerContext, words: readonly Word[], site: DescriptionSite): Entity | null {
  if (words.length !== 2 || words[0].norm !== 'the' || words[1].capitalized || SHARED_NOUNS.has(words[1].norm)) return null;
  // "It names Brezina, the village, and several agents": a body's noun (vocab/roles.json institutionSources) is no person's.
  if (ctx.vocab.institutionSources.has(words[1].norm)) return null;
  const apposed = new RegExp(`^,\\s+(?:the|a|an)\\s+(?:[\\p{L}-]+\\s+){0,3}?${escapeRegExp(words[1].norm)}\\b`, 'iu');
  // "Ocampo, the agency said, had …": the source's own words set beside a name are a tag, no apposition.
  const besideName = (end: number): boolean => {
    const m = apposed.exec(ctx.text.slice(end, end + 60));
    return m !== null && end + m[0].length < words[1].end;
  };
  const set = new Set(ctx.occurrences.flatMap((o) => (o.entity.person && o.start < words[0].start && besideName(o.end) ? [o.entity.person] : [])));
  const person = onePersonNamedBefore(ctx, words[0].start, REACH, { accepts: (p) => set.has(p) });
  return person ? personEntity(person, describePerson(ctx, person, [], site)) : null;
}
