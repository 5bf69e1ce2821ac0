import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { Token } from '../../domain/analysis.js';
import type { StageRef } from '../../domain/stage.js';

export const TOKENS_STAGE: StageRef = Object.freeze({ name: 'tokens', version: 2 });

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
    tokens.push(Object.freeze({ start: at, end: at + value.length, text: value, pos: pos[i], normal: normals[i], lemma: lemmas[i] }));
    cursor = at + value.length;
  }
  return repairNameVerbs(text, tokens);
}

const TITLE_WORD = /^[A-Z][a-z]+$/;
const LOWER_START = /^[a-z]/;
const SENTENCE_OPENERS = new Set(['.', '!', '?', '“', '"', ':', '(', '—', '‘']);
/** A verb form that cannot be an imperative: past, third person, or an auxiliary. */
const FINITE = /(?:ed|s)$/;

/**
 * wink tags a surname that is also a verb ("Cook", "Drew") as a verb; in news such a word written
 * with a capital inside a sentence, or opening a sentence before a finite verb ("Cook said …"),
 * names someone. Retagged PROPN so attribution and mentions read it as a name. Headlines in Title
 * Case are left alone (the next word is capitalised too).
 */
function repairNameVerbs(text: string, tokens: Token[]): Token[] {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    // A participle ("Having announced …", "Speaking to reporters …") is a verb wherever it stands.
    if (t.pos !== 'VERB' || !TITLE_WORD.test(t.text) || t.text.endsWith('ing')) continue;
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    const opensSentence = !prev || SENTENCE_OPENERS.has(prev.text) || text.slice(prev.end, t.start).includes('\n');
    const nameLike = opensSentence
      ? next !== undefined && (next.pos === 'VERB' || next.pos === 'AUX') && LOWER_START.test(next.text) && (FINITE.test(next.text) || next.pos === 'AUX' || IRREGULAR_PAST.has(next.text))
      : next === undefined ? !/^[A-Z]/.test(prev.text) : !/^[A-Z]/.test(next.text);
    if (nameLike) tokens[i] = Object.freeze({ ...t, pos: 'PROPN' });
  }
  return tokens;
}

const IRREGULAR_PAST = new Set(['said', 'told', 'wrote', 'thought', 'knew', 'felt', 'gave', 'took', 'made', 'sent', 'found', 'began', 'won', 'lost', 'came', 'went', 'did', 'spoke', 'led', 'met', 'left', 'got', 'saw', 'ran', 'held', 'paid', 'sat', 'stood', 'heard', 'kept', 'brought', 'bought', 'fought', 'taught']);
