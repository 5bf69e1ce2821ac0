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
  // Every match holds ", X," (a capitalised word between commas): most texts hold few, and the regex,
  // which tries its possessive at every position, runs only from a little before each.
  KIN_GIVEN.lastIndex = 0;
  for (let at = text.indexOf(','); at >= 0; at = text.indexOf(',', at + 1)) {
    if (at < KIN_GIVEN.lastIndex || !SET_OFF_CAPITAL.test(text.slice(at, at + 60))) continue;
    KIN_GIVEN.lastIndex = Math.max(KIN_GIVEN.lastIndex, at - WINDOW);
    const m = KIN_GIVEN.exec(text);
    if (m === null) break;
    // The match found may lie past this comma: go on from its end, as matchAll would.
    at = m.index + m[0].length - 1;
    if (vocab.relationRoles.get(m[1]) !== 'family' || !vocab.givenNames.has(foldName(m[2]))) continue;
    found.push({ start: m.index + m[0].lastIndexOf(m[2]), name: m[2] });
  }
  // "Elizondo's sister Daniela said …": with no commas, the given name straight after the family noun,
  // when a lower-case word (the verb) follows it; "his brother Luis Alberto" may be a fuller name and is left (stop 71).
  for (const m of text.matchAll(KIN_BARE)) {
    if (vocab.relationRoles.get(m[1]) !== 'family' || !vocab.givenNames.has(foldName(m[2]))) continue;
    const start = m.index + m[0].length - m[2].length;
    if (!found.some((f) => f.start === start)) found.push({ start, name: m[2] });
  }
  return found.sort((a, b) => a.start - b.start);
}

// "Elizondo's sister Daniela said": a possessive, a family noun and a capitalised word before a lower-case one.
const KIN_BARE = /(?<=(?:^|[^\p{L}'’-])(?:[Hh]is|[Hh]er|[Tt]heir|\p{Lu}[\p{L}'’-]*(?:['’]s|['’])|[Tt]he\s+\p{Ll}+['’]s)\s+(?:(?:older|younger|twin|late|eldest|youngest)\s+)?)(\p{Ll}+)\s+(\p{Lu}\p{Ll}+)(?=\s+\p{Ll})/gu;

// ", Lucía,": a comma, one capitalised word, a comma.
const SET_OFF_CAPITAL = /^,\s+\p{Lu}\p{Ll}+\s*,/u;
// How far before the comma a match may start: the possessive, an adjective and the kin noun.
const WINDOW = 120;
