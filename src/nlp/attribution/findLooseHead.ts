import type { Token } from '../../domain/analysis.js';
import { isNpToken } from './isNpToken.js';
import { scanNounPhraseBack } from './scanNounPhraseBack.js';
import type { SourceResult } from './sourceResult.js';

/** Words that stand alone for a group of speakers: "Some said", "Yet another said", "many argue". */
const QUANTIFIERS = new Set(['another', 'some', 'many', 'most', 'few', 'both', 'each', 'others', 'several']);
const PHRASE_OPENERS = new Set(['DET', 'PROPN']);
const FRACTIONS = new Set(['third', 'thirds', 'half', 'quarter', 'fifth']);
const GERUND_MODIFIERS = new Set(['ADJ', 'PROPN', 'DET', 'PART', 'NOUN']);

/**
 * Speaker phrases whose head the tagger mislabels, right before the verb group of the cue at `k`
 * (the phrase ends at `i`, inclusive): a lone quantifier opening its clause ("Some said", "but each
 * recognized", tagged a determiner, adjective or adverb), a fraction read as an adverb ("a third
 * said"), a role noun read as an adjective in a
 * phrase that opens with a determiner or a name ("The Republican incumbent said", "SEIU chief
 * says"), a gerund used as a noun after a modifier before a finite cue ("Exit polling shows",
 * "USA TODAY's reporting indicated"). Null when none fits. The rules alone (findSourceBefore).
 */
export function findLooseHead(tokens: readonly Token[], i: number, k: number, floor: number): SourceResult | null {
  const head = tokens[i];
  if (QUANTIFIERS.has(head.normal) && head.pos !== 'NOUN' && head.pos !== 'PRON') {
    const before = tokens[i - 1];
    const opens = i === floor || before.pos === 'PUNCT' || before.pos === 'CCONJ' || before.pos === 'SCONJ' || before.normal === 'yet';
    return opens ? { kind: 'source', range: { from: i, to: i + 1 } } : null;
  }
  // "a third said", "Less than a third agreed": a fraction the tagger reads as an adverb.
  if (head.pos === 'ADV' && FRACTIONS.has(head.normal) && i > floor && (tokens[i - 1].pos === 'DET' || tokens[i - 1].pos === 'NUM')) {
    const from = scanNounPhraseBack(tokens, i, floor);
    return from < i && opensClause(tokens, from, floor) ? { kind: 'source', range: { from, to: i + 1 } } : null;
  }
  if (head.pos === 'ADJ') {
    const from = scanNounPhraseBack(tokens, i + 1, floor);
    return i - from >= 1 && PHRASE_OPENERS.has(tokens[from].pos) && opensClause(tokens, from, floor) ? { kind: 'source', range: { from, to: i + 1 } } : null;
  }
  if (head.pos === 'VERB' && head.normal.endsWith('ing') && !tokens[k].normal.endsWith('ing') && i > floor && GERUND_MODIFIERS.has(tokens[i - 1].pos)) {
    const from = scanNounPhraseBack(tokens, i, floor);
    if (from >= i || !opensClause(tokens, from, floor)) return null;
    for (let j = from; j < i; j++) if (!isNpToken(tokens, j)) return null;
    return { kind: 'source', range: { from, to: i + 1 } };
  }
  return null;
}

function opensClause(tokens: readonly Token[], from: number, floor: number): boolean {
  return from <= floor || tokens[from - 1].pos === 'PUNCT' || tokens[from - 1].pos === 'CCONJ' || tokens[from - 1].pos === 'SCONJ';
}
