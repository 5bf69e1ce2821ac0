import type { Token } from '../../domain/analysis.js';
import type { StageRef } from '../../domain/stage.js';
import { createWinkReader, type WinkDoc } from './createWinkReader.js';

export const TOKENS_STAGE: StageRef = Object.freeze({ name: 'tokens', version: 5 });

const reader = createWinkReader();
const its = reader.its;

/**
 * Tokens with part of speech and character offsets into `text` (UTF-16, end exclusive).
 * wink-nlp reports each token's value and preceding spaces; offsets are recovered by finding each
 * value from a cursor, so they always index the original string.
 */
export function tokenize(text: string): Token[] {
  const doc = reader.readDoc(text);
  const values = doc.tokens().out() as string[];
  const pos = doc.tokens().out(its.pos) as string[];
  const normals = doc.tokens().out(its.normal) as string[];
  const contractions = doc.tokens().out(its.contractionFlag) as boolean[];
  const tokens: Token[] = [];
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    const at = text.indexOf(value, cursor);
    if (at < 0) continue; // wink expands some contractions; such a token has no own characters
    const lemma = contractions[i] ? lemmaAt(doc, i) : lemmaOf(doc, i, value, pos[i]);
    // Readonly by type, not frozen: an Object.freeze per token cost about a tenth of this function.
    tokens.push({ start: at, end: at + value.length, text: value, pos: pos[i], normal: normals[i], lemma });
    cursor = at + value.length;
  }
  repairShot(tokens);
  repairAccordingTo(tokens);
  return tokens;
}

// After "according to", wink's lite model reads the infinitive marker and tags the noun a verb ("according
// to police": "police" a VERB), so "…, according to police." reported nothing. A word standing alone there is the source.
function repairAccordingTo(tokens: Token[]): void {
  for (let i = 2; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.pos !== 'VERB' || tokens[i - 1].normal !== 'to' || tokens[i - 2].normal !== 'according') continue;
    // Only a word that is the whole source ("according to police." / "…, according to police, …"): before
    // another word ("according to exit polls") the phrase scans read wink's tags as they stand.
    if (i + 1 < tokens.length && tokens[i + 1].pos !== 'PUNCT') continue;
    tokens[i] = { ...t, pos: 'NOUN', lemma: t.normal };
  }
}

// wink's lite model tags the verb "shot" a noun after its subject ("The officer shot him", "An agent
// shot a man", "Agents shot at the car"), so the clause held no verb and "…, police said" reported
// nothing. After a noun or pronoun and before what a verb takes (an object, "at", "and"), it is the verb.
const SUBJECT_POS = new Set(['NOUN', 'PROPN', 'PRON']);
const AFTER_VERB_POS = new Set(['DET', 'PRON', 'PROPN', 'ADP', 'CCONJ', 'NUM']);

function repairShot(tokens: Token[]): void {
  for (let i = 1; i + 1 < tokens.length; i++) {
    const t = tokens[i];
    if (t.pos !== 'NOUN' || t.normal !== 'shot' || !SUBJECT_POS.has(tokens[i - 1].pos) || !AFTER_VERB_POS.has(tokens[i + 1].pos)) continue;
    // "the man shot by an agent": a participle after its noun, which the speaker scans read as part of the phrase.
    if (tokens[i + 1].normal === 'by') continue;
    // "the agent's shot at …": a possessive makes it the noun.
    if (tokens[i - 1].text === "'s" || tokens[i - 1].text === '’s') continue;
    tokens[i] = { ...t, pos: 'VERB', lemma: 'shoot' };
  }
}

function lemmaAt(doc: WinkDoc, i: number): string {
  return doc.tokens().itemAt(i).out(its.lemma as typeof its.normal) as string;
}

/**
 * Lemmas kept per part of speech and token value. wink derives the lemma of a token that is not a
 * contraction from its value and part of speech alone (its lemmatizer asks the model's own
 * lexicon, which reading documents does not change), and lemmatizing every token of every
 * document was a quarter of wink's output time; a contraction's lemma is read from the token.
 */
const lemmaCache = new Map<string, Map<string, string>>();
let lemmaCacheSize = 0;
const LEMMA_CACHE_LIMIT = 200_000;

function lemmaOf(doc: WinkDoc, i: number, value: string, pos: string): string {
  let byValue = lemmaCache.get(pos);
  if (!byValue) lemmaCache.set(pos, (byValue = new Map()));
  let lemma = byValue.get(value);
  if (lemma === undefined) {
    if (lemmaCacheSize >= LEMMA_CACHE_LIMIT) {
      for (const table of lemmaCache.values()) table.clear();
      lemmaCacheSize = 0;
    }
    lemma = lemmaAt(doc, i);
    byValue.set(value, lemma);
    lemmaCacheSize++;
  }
  return lemma;
}
