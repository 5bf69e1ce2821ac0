import type { Token } from '../../domain/analysis.js';
import type { TokenRange } from './attributionContext.js';

/** "ICE", "FBI", "DHS": an acronym written in capitals, two to five letters. */
const ACRONYM = /^\p{Lu}{2,5}$/u;
/** What a plain noun phrase is made of ("the county sheriff's office", "the State Department"). */
const PLAIN_PARTS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PART']);

/**
 * Whether `t` names a body that speaks as one: a noun of vocab/cues.json "institutions" ("agency",
 * "department", "police") or an acronym ("ICE", "FBI"). A person ("the man") or a thing ("the gate") is none.
 */
export function isInstitutionWord(t: Token | undefined, institutions: ReadonlySet<string>): boolean {
  if (!t || (t.pos !== 'NOUN' && t.pos !== 'PROPN')) return false;
  return ACRONYM.test(t.text) || institutions.has(t.normal);
}

/**
 * Whether the noun phrase `range` is headed by such a body: a plain noun phrase (determiners,
 * adjectives, nouns, a possessive) whose last word is one ("The agency", "the sheriff's office",
 * "ICE"), or whose noun before its first "of" is ("the Department of Homeland Security"). Not when
 * the body only ends a longer phrase ("the tax bill levied by the European Union"): there the
 * relative may describe either, and the pronoun stays the source.
 */
export function isInstitutionPhrase(tokens: readonly Token[], range: TokenRange, institutions: ReadonlySet<string>): boolean {
  let head = range.to - 1;
  for (let j = range.from; j < range.to; j++) {
    const t = tokens[j];
    if (t.normal === 'of' && j > range.from) {
      head = j - 1;
      break;
    }
    if (!PLAIN_PARTS.has(t.pos)) return false;
  }
  return head >= range.from && isInstitutionWord(tokens[head], institutions);
}
