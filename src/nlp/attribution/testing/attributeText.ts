import { expect } from 'vitest';
import { splitSentences } from '../../sentences/splitSentences.js';
import { tokenize } from '../../tokens/tokenize.js';
import { findAttributions } from '../findAttributions.js';

/** One relation as the attribution tests compare it: source, cue and the content's fragments. */
export type AttributedText = [string | undefined, string | undefined, string[]];

/**
 * The relations the product's method finds in `text` (tokens and sentences computed here), each
 * span first checked to reproduce its own text: the shared helper of the attribution tests.
 */
export function attributeText(text: string): AttributedText[] {
  const tokens = tokenize(text);
  const found = findAttributions(text, { tokens, sentences: splitSentences(text, tokens) });
  for (const a of found) for (const span of [a.source, a.cue, ...a.content.fragments]) if (span) expect(text.slice(span.start, span.end)).toBe(span.text);
  return found.map((a) => [a.source?.text, a.cue?.text, a.content.fragments.map((f) => f.text)]);
}
