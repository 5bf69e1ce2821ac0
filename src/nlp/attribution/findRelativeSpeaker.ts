import type { AttributionContext, TokenRange } from './attributionContext.js';
import { findClauseFloor } from './clauseBounds.js';
import { findSourceBefore } from './findSourceBefore.js';
import { isInstitutionPhrase, isInstitutionWord } from './isInstitutionPhrase.js';

/**
 * "Tom Hale, who said the pier would reopen, resigned.": a cue at `k` inside a relative clause
 * after a comma and a phrase that can speak. The source is the pronoun, as PolNeAR annotates it;
 * the speaker stage leaves it unresolved (a gap, not a guess at the antecedent). Auxiliaries and
 * adverbs may stand between "who" and the cue ("who has long said"), a negation may not. After a
 * body that speaks as one ("The agency, which said …", "ICE, which said …"; isInstitutionPhrase) the
 * source is that noun phrase. `from` is the sentence's first token. Returns the range, or null.
 */
export function findRelativeSpeaker(ctx: AttributionContext, k: number, from: number): TokenRange | null {
  const { tokens, lexicon } = ctx;
  let j = k - 1;
  while (j > from && (tokens[j].pos === 'ADV' || tokens[j].pos === 'AUX')) {
    if (lexicon.negators.has(tokens[j].normal)) return null;
    j--;
  }
  const comma = j - 1;
  if (comma <= from || tokens[comma].text !== ',') return null;
  const which = ctx.rulesOnly === true && tokens[j].normal === 'which';
  if (tokens[j].normal !== 'who' && !which) return null;
  const phrase = findSourceBefore(ctx, comma, findClauseFloor(ctx, from, comma));
  if (phrase.kind !== 'source' || phrase.range.to !== comma) return null;
  // "The agency, which said …", "ICE, which said …": a body that speaks as one is the source itself,
  // for the speaker stage to resolve (the rules alone).
  if (which && isInstitutionPhrase(tokens, phrase.range, lexicon.institutions)) return phrase.range;
  // "a DHS statement, which said …", "the lawsuit, which says …": a statement or filing says what it
  // says; so does a body at the end of a longer phrase ("the tax set by the Union, which said …"),
  // where the pronoun stays the source (the rules alone).
  const speaks = !which || lexicon.nouns.has(tokens[comma - 1].normal) || isInstitutionWord(tokens[comma - 1], lexicon.institutions) || endsOnBody(ctx, phrase.range);
  return speaks ? { from: j, to: j + 1 } : null;
}

/**
 * Whether a longer phrase ends on a body named after "by" or "from" ("the account given by the
 * Department of Homeland Security"): a name whose last word is no body noun, which the word test
 * above misses.
 */
function endsOnBody(ctx: AttributionContext, range: TokenRange): boolean {
  const { tokens, lexicon } = ctx;
  for (let j = range.to - 2; j > range.from; j--) {
    const word = tokens[j].normal;
    if (word === 'by' || word === 'from') return isInstitutionPhrase(tokens, { from: j + 1, to: range.to }, lexicon.institutions);
  }
  return false;
}

/**
 * "Tom told Ana Diaz, who opened her door and said she saw nothing": a cue coordinated by "and"
 * (at `k - 1`) inside a relative clause shares the relative's subject, not the main clause's. The
 * pronoun's range, as findRelativeSpeaker gives it, or the phrase itself when it opens the clause
 * ("Ruiz, who …"); null when no ", who" opens the stretch before "and" (no comma, quotation mark or
 * other "and" between).
 */
export function findCoordinatedRelativeSpeaker(ctx: AttributionContext, k: number, from: number): TokenRange | null {
  const { tokens } = ctx;
  if (tokens[k - 1]?.normal !== 'and') return null;
  for (let j = k - 2; j > from + 1 && j >= k - 14; j--) {
    const t = tokens[j];
    if (t.normal === 'who' && tokens[j - 1].text === ',') {
      const floor = findClauseFloor(ctx, from, j - 1);
      const phrase = findSourceBefore(ctx, j - 1, floor);
      if (phrase.kind !== 'source' || phrase.range.to !== j - 1) return null;
      // "Ruiz, who backed the plan and said …, left": the clause's own subject speaks, as PolNeAR has it.
      return phrase.range.from === floor ? phrase.range : { from: j, to: j + 1 };
    }
    if (t.pos === 'PUNCT' || t.normal === 'and' || t.normal === 'but' || t.pos === 'SCONJ') return null;
  }
  return null;
}
