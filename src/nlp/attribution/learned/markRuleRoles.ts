import type { Sentence, Token } from '../../../domain/analysis.js';
import { findAttributions } from '../findAttributions.js';
import { labelTokens } from './labelTokens.js';

/**
 * What the hand-written rules say about each token, in TAG_LABELS' codes (O, B/I of source, cue,
 * content): the rules (`findAttributions`, method 'rules', the product's) run over the document and
 * their relations are labelled as gold relations are for training (labelTokens). The tagger reads
 * these labels as features (stacking: it learns where the rules are right), so a model belongs to
 * the rules it was trained against; the model file records their fingerprint (fingerprintRules.ts).
 * Tried on held-out train and not kept: the kind of the rules' relation (direct, indirect, mixed,
 * "according to"), or the role crossed with the word or its shape; no gain over the roles alone.
 */
export function markRuleRoles(text: string, tokens: readonly Token[], sentences: readonly Sentence[]): Uint8Array {
  const found = findAttributions(text, { tokens, sentences }, { method: 'rules' });
  return labelTokens(
    tokens,
    found.map((a) => ({ source: a.source ? [a.source] : [], cue: a.cue ? [a.cue] : [], content: a.content.fragments })),
  );
}
