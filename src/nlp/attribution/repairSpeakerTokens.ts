import type { Token } from '../../domain/analysis.js';

/** Words that end a share of people ("42%", "the majority"). */
const SHARES = new Set(['%', 'percent', 'half', 'majority', 'minority', 'plurality']);
/** Fractions are shares only after a count ("a third", "two fifths"): "the fifth state" is an ordinal. */
const FRACTIONS = new Set(['third', 'thirds', 'quarter', 'quarters', 'fifth', 'fifths']);
const COUNTS = new Set(['a', 'one', 'two', 'three', 'four']);
const SAY_FORMS = new Set(['say', 'says', 'said']);

function isShare(tokens: readonly Token[], j: number): boolean {
  const t = tokens[j];
  if (!t) return false;
  if (SHARES.has(t.normal)) return true;
  const before = tokens[j - 1];
  return FRACTIONS.has(t.normal) && before !== undefined && (COUNTS.has(before.normal) || before.pos === 'NUM');
}

/** The part of speech the speaker phrase needs at token `i`, or null when the tagger's reading stands. */
function repairedPos(tokens: readonly Token[], i: number): string | null {
  const t = tokens[i];
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  if (!prev || !next) return null;
  // "42% say": the sign written against its number is the noun of the share.
  if (t.text === '%' && prev.pos === 'NUM' && prev.end === t.start) return 'NOUN';
  // "42% say they …", "a third say they …": after a share the tagger reads "say" as a noun.
  if (t.pos === 'NOUN' && SAY_FORMS.has(t.normal) && isShare(tokens, i - 1) && (next.pos === 'PRON' || next.pos === 'DET' || next.pos === 'PROPN')) return 'VERB';
  // "(R-OK)", "(D-Calif.)": the state of a party tag whatever the tagger made of it ("OK" as an
  // interjection), and the full stop of a five-letter state, which the abbreviation rule (four letters) misses.
  const inTag = tokens[i - 3]?.text === '(' && prev.text === '-' && prev.end === t.start;
  if (inTag && t.pos !== 'PROPN' && /^\p{Lu}\p{L}{0,4}$/u.test(t.text) && (next.text === ')' || (next.text === '.' && tokens[i + 2]?.text === ')'))) return 'PROPN';
  if (t.text === '.' && next.text === ')' && /^\p{Lu}\p{Ll}{4}$/u.test(prev.text) && prev.end === t.start && tokens[i - 2]?.text === '-') return 'PROPN';
  return null;
}

/**
 * Tagger readings that cut a speaker phrase short, repaired for the rules: a share of a poll ("42%
 * say", "a third say") and a party tag ("Rep. Lena Moss (R-OK)", "(D-Calif.)"). The tokens come back
 * as a copy with the repaired part of speech (`tokens` itself when nothing changes).
 *
 * For the rules method only, like repairNameVerbs: the relation scorer was trained on the candidates
 * of the rules as `combined` runs them, and the learned tagger keeps the tagger's reading.
 */
export function repairSpeakerTokens(tokens: readonly Token[]): readonly Token[] {
  let out: Token[] | null = null;
  for (let i = 1; i < tokens.length; i++) {
    const pos = repairedPos(tokens, i);
    if (pos === null || pos === tokens[i].pos) continue;
    out ??= [...tokens];
    out[i] = Object.freeze({ ...tokens[i], pos });
  }
  return out ?? tokens;
}
