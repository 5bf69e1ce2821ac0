import type { Token } from '../../domain/analysis.js';

// Reporting verbs that, after a noun, open a relative that drops its "that".
const BARE_RELATIVE_CUES = new Set(['said', 'say', 'says', 'called', 'described', 'believe', 'believed']);

/** A quotation mark (a doubled apostrophe is two tokens: one stands for it). */
const QUOTE_MARKS = /["“”]/;

const RELATIVES = new Set(['that', 'which', 'who', 'whom', 'whose', 'where', 'when']);

/**
 * Whether the comma at `comma` opens the writer's appositive that closes the sentence at `end`:
 * "said the count was wrong, a claim that the clerk disputes.", "vowed to repeal the rule, a longstanding
 * provision that bars …". An article ("a", "an") follows the comma; after it no comma, no quotation
 * mark, no "and" or "or" (a list: "heard a crash, a thud and a shout") and no finite verb stand
 * before the sentence end, except inside a relative clause. The words describe what was said; they
 * are not the speaker's. `from` is where the content starts: a comma before this one (an aside,
 * "denied Ruiz, the county's nominee, a hearing") leaves it alone. PolNeAR train (the rules, round
 * 25): 13 contents more are exact, one relation fewer (not a gold one).
 */
export function isClosingAppositive(tokens: readonly Token[], from: number, comma: number, end: number): boolean {
  const article = tokens[comma + 1];
  if (tokens[comma].text !== ',' || !article || (article.normal !== 'a' && article.normal !== 'an') || comma + 2 >= end) return false;
  for (let j = from; j < comma; j++) if (tokens[j].text === ',') return false;
  let relative = false;
  for (let j = comma + 2; j < end; j++) {
    const t = tokens[j];
    if (t.text === ',' || t.text === ';' || t.text === ':' || QUOTE_MARKS.test(t.text) || t.text === "'") return false;
    if (RELATIVES.has(t.normal)) relative = true;
    // "a step legal experts said had no chance": a relative that drops its "that", a report inside it
    // (PolNeAR train and dev unchanged).
    else if (!relative && BARE_RELATIVE_CUES.has(t.normal) && j > comma + 3 && (tokens[j - 1].pos === 'NOUN' || tokens[j - 1].pos === 'PROPN')) relative = true;
    // "heard tires screech, a thud and then men shouting": a list, not an appositive.
    else if (!relative && (t.normal === 'and' || t.normal === 'or')) return false;
    else if (!relative && (t.pos === 'AUX' || (t.pos === 'VERB' && !/(?:ing|ed)$/.test(t.normal)))) return false;
  }
  return true;
}
