import type { Token } from '../../domain/analysis.js';
import type { SourceResult } from './sourceResult.js';

const MAX_LIST_TOKENS = 6;

/**
 * "the tired, happy coach said", "“…,” the bespectacled, 71-year-old clerk said": a source phrase that
 * opens right after a comma with a modifier, when only adjectives (and commas between them) stand
 * back to a determiner, is one noun phrase with a list of adjectives: the source runs from the
 * determiner. Otherwise `found` as it is.
 */
export function widenOverAdjectiveList(tokens: readonly Token[], found: SourceResult, floor: number): SourceResult {
  if (found.kind !== 'source') return found;
  const from = found.range.from;
  const first = tokens[from];
  if (from - 2 < floor || tokens[from - 1].text !== ',' || !(first.pos === 'ADJ' || first.pos === 'NUM')) return found;
  let j = from - 2;
  while (j >= floor && from - j <= MAX_LIST_TOKENS && (tokens[j].pos === 'ADJ' || (tokens[j].text === ',' && tokens[j - 1]?.pos === 'ADJ'))) j--;
  if (j < floor || j === from - 2 || tokens[j].pos !== 'DET' || tokens[j + 1].pos !== 'ADJ') return found;
  return { kind: 'source', range: { from: j, to: found.range.to } };
}
