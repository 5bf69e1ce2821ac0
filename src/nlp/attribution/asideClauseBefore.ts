import type { Token } from '../../domain/analysis.js';
import type { TokenRange } from './attributionContext.js';
import { cueVerbAt } from './cueAt.js';
import type { CueLexicon } from './cueLexicon.js';
import { contentRange } from './foundRelation.js';

/**
 * "Delacroix disputed that Ibarra was 31, as his family says, noting …": an "as" aside set off by
 * commas after a reported clause reports that clause, the words between "that" (or the cue, "The
 * agency said he was armed, as witnesses said,") and the comma before "as" (`from` is the aside's
 * source). Null when neither opens the clause within its sentence part (from `floor`), or when
 * punctuation stands between.
 */
export function asideClauseBefore(tokens: readonly Token[], lexicon: CueLexicon, floor: number, from: number): TokenRange | null {
  if (from - 2 <= floor || tokens[from - 1].normal !== 'as' || tokens[from - 2].text !== ',') return null;
  for (let i = from - 3; i > floor; i--) {
    const t = tokens[i];
    if ((t.normal === 'that' && (tokens[i - 1].pos === 'VERB' || tokens[i - 1].pos === 'AUX')) || cueVerbAt(tokens, i, lexicon)) return contentRange(tokens, i + 1, from - 2);
    if (t.pos === 'PUNCT' && t.text !== '-' && t.text !== "'" && t.text !== '’') return null;
  }
  return null;
}
