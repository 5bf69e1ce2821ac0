import type { Token } from '../../domain/analysis.js';

const TITLE_WORD = /^[A-Z][a-z]+$/;
const LOWER_START = /^[a-z]/;
const SENTENCE_OPENERS = new Set(['.', '!', '?', '“', '"', ':', '(', '—', '‘']);
/** A verb form that cannot be an imperative: past or third person. */
const FINITE = /(?:ed|s)$/;
const IRREGULAR_PAST = new Set(['said', 'told', 'wrote', 'thought', 'knew', 'felt', 'gave', 'took', 'made', 'sent', 'found', 'began', 'won', 'lost', 'came', 'went', 'did', 'spoke', 'led', 'met', 'left', 'got', 'saw', 'ran', 'held', 'paid', 'sat', 'stood', 'heard', 'kept', 'brought', 'bought', 'fought', 'taught']);

/**
 * Words in -ing the document writes as the last of a full name ("Agent Kyle Banning", "Ana Browning"):
 * surnames, not the participles ("Having announced …") such a word otherwise is.
 */
function surnamesInIng(tokens: readonly Token[]): Set<string> {
  const names = new Set<string>();
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i];
    const prev = tokens[i - 1];
    if (t.text.endsWith('ing') && TITLE_WORD.test(t.text) && prev.pos === 'PROPN' && TITLE_WORD.test(prev.text) && prev.end + 1 === t.start) names.add(t.text);
  }
  return names;
}

/**
 * The tagger reads a surname that is also a verb ("Cook", "Drew", "Lynch") as a verb, so "Cook said
 * …" had no subject. In news such a word written with a capital inside a sentence, or opening one
 * before a finite verb, names someone: the tokens come back with it as PROPN (a copy; `tokens` is
 * returned as it is when nothing changes). A participle ("Having announced …") stays a verb unless the
 * text writes it as the last word of a full name ("Kyle Banning" … "Banning testified"), and a
 * headline in Title Case is left alone (the next word is capitalised too).
 *
 * For the rules only: the learned tagger keeps the tagger's reading, which it was trained on.
 */
export function repairNameVerbs(text: string, tokens: readonly Token[]): readonly Token[] {
  let out: Token[] | null = null;
  const ingNames = surnamesInIng(tokens);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.pos !== 'VERB' || !TITLE_WORD.test(t.text) || (t.text.endsWith('ing') && !ingNames.has(t.text))) continue;
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    const opensSentence = !prev || SENTENCE_OPENERS.has(prev.text) || text.slice(prev.end, t.start).includes('\n');
    const nameLike = opensSentence
      ? next !== undefined && (next.pos === 'VERB' || next.pos === 'AUX') && LOWER_START.test(next.text) && (FINITE.test(next.text) || next.pos === 'AUX' || IRREGULAR_PAST.has(next.text))
      : next === undefined ? !/^[A-Z]/.test(prev.text) : !/^[A-Z]/.test(next.text);
    if (!nameLike) continue;
    out ??= [...tokens];
    out[i] = Object.freeze({ ...t, pos: 'PROPN' });
  }
  return out ?? tokens;
}
