import type { RoleVocab } from './roleVocab.js';
import { foldName } from './words.js';

// "Ibarra's sister, Lucía,", "His widow, Graciela,", "the couple's eldest daughter, Daniela,": a kin noun after a possessive, then one capitalised word set off by commas.
const KIN_GIVEN = /(?:^|[^\p{L}'’-])(?:[Hh]is|[Hh]er|[Tt]heir|\p{Lu}[\p{L}'’-]*(?:['’]s|['’])|[Tt]he\s+\p{Ll}+['’]s)\s+(?:(?:older|younger|twin|late|eldest|youngest)\s+)?(\p{Ll}+)\s*,\s+(\p{Lu}\p{Ll}+)\s*,/gu;

export interface KinGivenName {
  /** Where the given name stands in the text. */
  readonly start: number;
  readonly name: string;
}

/**
 * Relatives a story names by a given name alone ("Ibarra's sister, Lucía, spoke at the vigil"): the
 * one capitalised word set off after a possessive and a family noun of vocab/roles.json, when it is a
 * given name the vocabulary knows. News then calls them by that name, or "she".
 */
export function findKinGivenNames(text: string, vocab: RoleVocab): KinGivenName[] {
  const found: KinGivenName[] = [];
  for (const m of text.matchAll(KIN_GIVEN)) {
    if (vocab.relationRoles.get(m[1]) !== 'family' || !vocab.givenNames.has(foldName(m[2]))) continue;
    found.push({ start: m.index + m[0].lastIndexOf(m[2]), name: m[2] });
  }
  return found;
}
