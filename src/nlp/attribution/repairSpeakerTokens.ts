import type { Token } from '../../domain/analysis.js';

const CAPITALISED_WORD = /^\p{Lu}\p{Ll}+$/u;
const SHORT_CAPITALISED_WORD = /^\p{Lu}\p{L}{0,4}$/u;
const FIVE_LETTER_NAME = /^\p{Lu}\p{Ll}{4}$/u;

/** Words that end a share of people ("42%", "the majority"). */
const SHARES = new Set(['%', 'percent', 'half', 'majority', 'minority', 'plurality']);
/** Fractions are shares only after a count ("a third", "two fifths"): "the fifth state" is an ordinal. */
const FRACTIONS = new Set(['third', 'thirds', 'quarter', 'quarters', 'fifth', 'fifths']);
const COUNTS = new Set(['a', 'one', 'two', 'three', 'four']);
const SAY_FORMS = new Set(['say', 'says', 'said']);
const RELATIVE_PRONOUNS = new Set(['who', 'which', 'whom']);
// What opens the clause after "states that": a pronoun, a name, a determiner.
const CLAUSE_OPENERS = new Set(['PRON', 'PROPN', 'DET']);
const AFTER_APPOSITIVE = new Set(['states', 'says', 'declares', 'testifies', 'writes', 'argues']);
// What a story cites that "states" or "says": "…, the release states."
const DOCUMENT_NOUNS = new Set(['release', 'statement', 'complaint', 'report', 'filing', 'lawsuit', 'suit', 'affidavit', 'indictment', 'order', 'ruling', 'letter', 'memo', 'document', 'summary', 'policy', 'email', 'post', 'declaration', 'motion']);
const COMPLEX_KINDS = new Set(['apartment', 'housing', 'office', 'sports', 'shopping', 'detention', 'court', 'industrial', 'residential']);
const VERBS_READ_AS_NOUNS = new Set(['disputes', 'claims', 'reports', 'notes', 'counters', 'questions', 'challenges', 'rejects', 'denies', 'alleges', 'contends', 'insists', 'maintains']);

/** Compass words that open the name of a body or a place ("the Northwest Immigrant Rights Project"). */
const COMPASS_WORDS = new Set(['north', 'south', 'east', 'west', 'northwest', 'northeast', 'southwest', 'southeast', 'midwest', 'central']);

const POSSESSIVE_DETERMINERS = new Set(['his', 'her', 'their', 'its', 'our', 'my', 'your']);

/** Quantifiers that stand alone as a subject ("Some say …", "Many said …"). */
const QUANTIFIERS = new Set(['some', 'many', 'most', 'few', 'several', 'others', 'both', 'all']);

/** Whether the word after token `j` opens a clause: the text's start, punctuation or a conjunction. */
function opensClauseAt(tokens: readonly Token[], j: number): boolean {
  const t = tokens[j];
  return t === undefined || t.pos === 'SPACE' || (t.pos === 'PUNCT' && !/^["“”‘’']$/.test(t.text)) || t.pos === 'CCONJ';
}

function isShare(tokens: readonly Token[], j: number): boolean {
  const t = tokens[j];
  if (!t) return false;
  if (SHARES.has(t.normal)) return true;
  const before = tokens[j - 1];
  return FRACTIONS.has(t.normal) && before !== undefined && (COUNTS.has(before.normal) || before.pos === 'NUM');
}

/**
 * Whether token `j` opens an object noun phrase: a determiner, or "that" before a noun that ends its
 * clause ("disputes that account,"), not the "that" of a clause ("news reports that Carson …").
 */
function opensObject(tokens: readonly Token[], j: number): boolean {
  const t = tokens[j];
  if (!t) return false;
  if (t.normal !== 'that') return t.pos === 'DET';
  const after = tokens[j + 2];
  return tokens[j + 1]?.pos === 'NOUN' && (!after || after.pos === 'PUNCT');
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
  // "Some say they hear echoes …": a quantifier standing alone as the subject, at the head of its clause.
  if (t.pos === 'NOUN' && SAY_FORMS.has(t.normal) && QUANTIFIERS.has(prev.normal) && opensClauseAt(tokens, i - 2) && (next.pos === 'PRON' || next.pos === 'DET' || next.pos === 'PROPN')) return 'VERB';
  // "The man, who police say was armed,": a verb of saying after a relative pronoun and its subject's noun, a finite verb after it.
  if (t.pos === 'NOUN' && SAY_FORMS.has(t.normal) && (prev.pos === 'NOUN' || prev.pos === 'PROPN') && RELATIVE_PRONOUNS.has(tokens[i - 2]?.normal ?? '') && (next.pos === 'AUX' || next.pos === 'VERB')) return 'VERB';
  // "Ana Ruiz, a photojournalist, states that she …": after the comma closing an appositive, a verb in -s before "that".
  // "The complaint, signed by an ICE deportation officer, states that Ochoa …": a name or a determiner after "that" too.
  if (t.pos === 'NOUN' && (VERBS_READ_AS_NOUNS.has(t.normal) || AFTER_APPOSITIVE.has(t.normal)) && prev.text === ',' && next.normal === 'that' && CLAUSE_OPENERS.has(tokens[i + 2]?.pos ?? '')) return 'VERB';
  // "…, the release states.", "…, the complaint says,": a verb of saying in -s closing a tag after "the" and a
  // document's noun, which the tagger reads as a plural noun.
  if (t.pos === 'NOUN' && AFTER_APPOSITIVE.has(t.normal) && DOCUMENT_NOUNS.has(prev.normal) && tokens[i - 2]?.normal === 'the' && (next.text === '.' || next.text === ',') && tokens[i - 3]?.text === ',') return 'VERB';
  // "The family disputes that account, saying …", "The suit claims the agent fired": a verb of saying in
  // -s the tagger reads as a plural noun after the subject's noun, an object's determiner after it.
  if (t.pos === 'NOUN' && VERBS_READ_AS_NOUNS.has(t.normal) && (prev.pos === 'NOUN' || prev.pos === 'PROPN') && opensObject(tokens, i + 1)) return 'VERB';
  // "Agent A stated", "According to Officer B,", "Officer A also told us": a court filing's letter for someone it
  // does not name, right after a capitalised title, is a name, not the article the tagger reads (the rules alone).
  if (t.pos !== 'PROPN' && /^[A-HJ-Z]$/.test(t.text) && prev.pos === 'PROPN' && CAPITALISED_WORD.test(prev.text) && prev.end < t.start && (next.pos === 'VERB' || next.pos === 'AUX' || (next.pos === 'ADV' && (tokens[i + 2]?.pos === 'VERB' || tokens[i + 2]?.pos === 'AUX')) || next.text === ',' || next.text === '.')) return 'PROPN';
  // "Naomi Whitfield of the Northwest Immigrant Rights Project said": a capitalised compass word the
  // tagger reads as an adverb or adjective, before a name, opens that name; mid-sentence only, so a
  // sentence's opening "North" of a direction stays as it was read.
  if (t.pos !== 'PROPN' && COMPASS_WORDS.has(t.normal) && CAPITALISED_WORD.test(t.text) && next.pos === 'PROPN' && CAPITALISED_WORD.test(next.text) && (prev.pos === 'DET' || prev.pos === 'ADP')) return 'PROPN';
  // "His lead counsel, Janet Sorensen, wrote", "The family's lead attorney": "lead" between a possessive
  // and a noun modifies the noun; the tagger reads it as a verb.
  if (t.normal === 'lead' && t.pos === 'VERB' && next.pos === 'NOUN' && (POSSESSIVE_DETERMINERS.has(prev.normal) || prev.normal === "'s" || prev.normal === '’s')) return 'ADJ';
  // "A pedestrian, Arturo Feliciano, 52, said": a word the tagger reads as an adjective, alone between
  // an article opening the clause and the comma before a name, is the noun the name is set beside.
  if (t.pos === 'ADJ' && (prev.normal === 'a' || prev.normal === 'an') && opensClauseAt(tokens, i - 2) && next.text === ',' && tokens[i + 2]?.pos === 'PROPN' && CAPITALISED_WORD.test(tokens[i + 2].text)) return 'NOUN';
  // "a Pasadena apartment complex says": a compound's head the tagger reads as an adjective.
  if (t.pos === 'ADJ' && t.normal === 'complex' && COMPLEX_KINDS.has(prev.normal)) return 'NOUN';
  // "(R-OK)", "(D-Calif.)": the state of a party tag whatever the tagger made of it ("OK" as an
  // interjection), and the full stop of a five-letter state, which the abbreviation rule (four letters) misses.
  const inTag = tokens[i - 3]?.text === '(' && prev.text === '-' && prev.end === t.start;
  if (inTag && t.pos !== 'PROPN' && SHORT_CAPITALISED_WORD.test(t.text) && (next.text === ')' || (next.text === '.' && tokens[i + 2]?.text === ')'))) return 'PROPN';
  if (t.text === '.' && next.text === ')' && FIVE_LETTER_NAME.test(prev.text) && prev.end === t.start && tokens[i - 2]?.text === '-') return 'PROPN';
  return null;
}

/**
 * Tagger readings that cut a speaker phrase short, repaired for the rules: a share of a poll ("42%
 * say", "a third say"), a party tag ("Rep. Lena Moss (R-OK)", "(D-Calif.)") a verb of saying read
 * as a plural noun ("The family disputes that account"), "lead" of "his lead counsel", "complex" of "apartment complex" and a
 * compass word opening a name ("the Northwest Immigrant Rights Project"). The tokens come back
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
