import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { Token } from '../../domain/analysis.js';
import type { StageRef } from '../../domain/stage.js';

export const TOKENS_STAGE: StageRef = Object.freeze({ name: 'tokens', version: 1 });

const nlp = winkNLP(model, ['pos']);
const its = nlp.its;

/**
 * Tokens with part of speech and character offsets into `text` (UTF-16, end exclusive).
 * wink-nlp reports each token's value and preceding spaces; offsets are recovered by finding each
 * value from a cursor, so they always index the original string.
 */
export function tokenize(text: string): Token[] {
  const doc = nlp.readDoc(text);
  const values = doc.tokens().out() as string[];
  const pos = doc.tokens().out(its.pos) as string[];
  const normals = doc.tokens().out(its.normal) as string[];
  const lemmas = doc.tokens().out(its.lemma as typeof its.normal) as string[];
  const tokens: Token[] = [];
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    const at = text.indexOf(value, cursor);
    if (at < 0) continue; // wink expands some contractions; such a token has no own characters
    // Readonly by type, not frozen: an Object.freeze per token cost about a tenth of this function.
    tokens.push({ start: at, end: at + value.length, text: value, pos: pos[i], normal: normals[i], lemma: lemmas[i] });
    cursor = at + value.length;
  }
  return tokens;
}
