import type { Token } from '../../domain/analysis.js';
import { DAY_WORDS } from './dayWords.js';
import { PERSONAL } from './isNpToken.js';
import { finishRange, scanNounPhraseBack } from './scanNounPhraseBack.js';
import type { SourceResult } from './sourceResult.js';

const TIMES = new Set([...DAY_WORDS, 'week', 'month', 'year', 'weekend', 'morning', 'evening', 'night', 'now', 'then']);
const MAX_ITEMS = 6;

/**
 * "Friends, lobbyists and former foes say", "Most voters in Alabama, Georgia and Virginia said": the
 * scan back stopped at the last comma of a list and named only its last items. When the phrase holds
 * "and" or "or" and every part before it, comma by comma back to the clause's start at `floor`, is a
 * noun phrase (no verb, no opening preposition, no time: "In Ohio, Ruiz and Lee said" and "On Monday,
 * …" keep their speaker), the whole list speaks. Not before a comma or the sentence's end after the
 * cue, where the words before the speaker are what was said ("Taxes, Ruiz and Lee said.").
 */
export function widenOverNounList(tokens: readonly Token[], found: SourceResult, floor: number, k: number): SourceResult {
  if (found.kind !== 'source') return found;
  const { from, to } = found.range;
  const after = tokens[k + 1];
  if (!after || after.pos === 'PUNCT' || from - 2 < floor || tokens[from - 1].text !== ',') return found;
  // "Early in the campaign, he and other rivals complained": a subject pronoun opens the clause.
  if (tokens[from].pos === 'PRON' && PERSONAL.has(tokens[from].normal)) return found;
  if (!tokens.slice(from, to).some((t) => t.pos === 'CCONJ' && (t.normal === 'and' || t.normal === 'or'))) return found;
  let comma = from - 1;
  for (let items = 0; items < MAX_ITEMS; items++) {
    const start = scanNounPhraseBack(tokens, comma, floor);
    if (start >= comma || !isListItem(tokens, start, comma)) return found;
    if (start === floor) return { kind: 'source', range: { from: floor, to } };
    if (tokens[start - 1].text !== ',' || start - 2 < floor) return found;
    comma = start - 1;
  }
  return found;
}

/** A noun phrase from `from` to `to` that may stand first in a list of speakers. */
function isListItem(tokens: readonly Token[], from: number, to: number): boolean {
  const first = tokens[from];
  if (first.pos === 'ADP' || first.pos === 'SCONJ' || first.pos === 'ADV' || (first.pos === 'PRON' && PERSONAL.has(first.normal))) return false;
  if (tokens.slice(from, to).some((t) => TIMES.has(t.normal) || t.pos === 'VERB' || t.pos === 'AUX' || /^["“”]$/.test(t.text))) return false;
  const item = finishRange(tokens, from, to);
  return item.kind === 'source' && item.range.from === from && item.range.to === to;
}
