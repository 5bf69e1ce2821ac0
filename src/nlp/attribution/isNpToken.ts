import type { Token } from '../../domain/analysis.js';
import { NEVER_FINAL } from '../sentences/abbreviations.js';

const LOWER_WORD = /^\p{Ll}+$/u;
const SHORT_TITLE_WORD = /^\p{Lu}\p{Ll}{1,3}$/u;
const CAPITALISED_WORD = /^\p{Lu}\p{Ll}/u;
const CAPITAL_START = /^\p{Lu}/u;
const LOWER_START = /^\p{Ll}/u;
const SHORT_WORD = /^\p{L}{1,4}$/u;
const LETTER_START = /^\p{L}/u;
const ALPHANUMERIC_WORD = /^[\p{L}\p{N}]+$/u;
const ALPHANUMERIC_START = /^[\p{L}\p{N}]/u;

const NP_POS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PART']);
const NP_ADP = new Set(['of', 'for', 'at', 'from', 'in', 'on', 'with', 'by', 'to']);
const NP_PUNCT = new Set(['(', ')', '-', '–', '’', "'", '&']);
export const PERSONAL = new Set(['he', 'she', 'they', 'i', 'we', 'it', 'you']);
export const RELATIVE = new Set(['who', 'which', 'whose']);
export const POSSESSIVE = new Set(['his', 'her', 'their', 'its']);

export function isNounLike(t: Token): boolean {
  return t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'NUM' || (t.pos === 'PRON' && PERSONAL.has(t.normal));
}

// Past participles of no regular ending that modify a report's noun: "a tally kept by Frontera Watch".
const IRREGULAR_PARTICIPLES = new Set(['kept', 'held', 'made', 'built', 'run']);

/** "wounded", "filed", "taken", "kept" inside a noun phrase: a participle after a noun, before a preposition. */
function isModifyingParticiple(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (t.pos !== 'VERB' || !(/(?:ed|en|wn)$/.test(t.normal) || IRREGULAR_PARTICIPLES.has(t.normal))) return false;
  const prev = tokens[k - 1];
  const next = tokens[k + 1];
  if (!prev || !next) return false;
  // "Ruiz thanked the volunteers": after a name and before a determiner the verb is the clause's own.
  if (prev.pos === 'PROPN' && next.pos === 'DET') return false;
  return (prev.pos === 'NOUN' || prev.pos === 'PROPN') && (next.pos === 'ADP' || next.pos === 'DET');
}

/** "the rules drafting committee", "a polling firm", "Lee's remaining rivals": a gerund the tagger read as a verb, between a modifier and its noun. */
export function isGerundModifier(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  const prev = tokens[k - 1];
  return t.pos === 'VERB' && t.normal.endsWith('ing') && tokens[k + 1]?.pos === 'NOUN' && (prev?.pos === 'ADJ' || prev?.pos === 'DET' || prev?.pos === 'NOUN' || prev?.pos === 'PART');
}

const COMPOUND_MODIFIERS = new Set(['DET', 'ADJ', 'NOUN']);

/**
 * "A man jogging along the river walk told …": the tagger reads "walk" as a verb. A bare lower-case
 * verb right after a noun (itself after a determiner, an adjective or a noun) and right before an
 * inflected verb cannot be a verb itself: two finite verbs do not stand side by side.
 */
function isCompoundHeadBeforeVerb(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  const prev = tokens[k - 1];
  const next = tokens[k + 1];
  if (!prev || !next || !LOWER_WORD.test(t.text) || t.normal !== t.lemma) return false;
  if (prev.pos !== 'NOUN' || !COMPOUND_MODIFIERS.has(tokens[k - 2]?.pos ?? '')) return false;
  return next.pos === 'VERB' && LOWER_START.test(next.text) && next.normal !== next.lemma && !next.normal.endsWith('ing');
}

/** Tagger slips inside a name or a compound: "Sen. Ted Cruz" (Ted as a verb), "teary-eyed", "registered voters". */
export function isMistaggedNameOrModifier(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (t.pos !== 'VERB') return false;
  const prev = tokens[k - 1];
  const next = tokens[k + 1];
  if (CAPITAL_START.test(t.text) && (prev?.pos === 'PROPN' || next?.pos === 'PROPN') && prev?.text !== ',') return true;
  // "A neighbor, Hector Villalobos, said": a given name after a comma, its surname closing the appositive.
  // "In fact, Ted Cruz thinks": the same given name before a surname and its verb.
  const after = tokens[k + 2];
  if (CAPITALISED_WORD.test(t.text) && prev?.text === ',' && next?.pos === 'PROPN' && (after?.text === ',' || after?.pos === 'PROPN' || ((after?.pos === 'VERB' || after?.pos === 'AUX') && LOWER_START.test(after.text)))) return true;
  if (prev?.text === '-' && prev.end === t.start) return true;
  if (isGerundModifier(tokens, k)) return true;
  // "along the river walk told": a bare verb between a noun and an inflected verb is the compound's head noun.
  if (isCompoundHeadBeforeVerb(tokens, k)) return true;
  // "a founder of the think tank Third Way".
  if (t.normal === 'think' && (next?.normal === 'tank' || next?.normal === 'tanks')) return true;
  // "registered voters", "the revised statement"; "CBP's written summary": a participle after a possessive too.
  const ownerBefore = prev?.pos === 'PART' && /^['’]s?$/u.test(prev.text);
  return (t.normal.endsWith('ed') || (ownerBefore && t.normal.endsWith('en'))) && next?.pos === 'NOUN' && (prev?.pos === 'ADJ' || prev?.pos === 'DET' || prev?.pos === 'NUM' || prev?.pos === 'ADP' || ownerBefore);
}

/** The period of "(D-Va.)" or "N.Y.": attached to its word and followed by ")" or another letter. */
function isAbbreviationDot(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  const prev = tokens[k - 1];
  const next = tokens[k + 1];
  if (t.text !== '.' || !prev || !next || prev.end !== t.start || !SHORT_WORD.test(prev.text)) return false;
  if (next.text === ')' || (next.start === t.end && LETTER_START.test(next.text))) return true;
  // A title before a name: "the Rev. Ana Lombardi", "Pres. Obama"; not a short name ending its
  // sentence before a name ("… of El Paso. Smith said", "in Gaza. Lee said").
  return SHORT_TITLE_WORD.test(prev.text) && NEVER_FINAL.has(prev.normal) && prev.pos === 'PROPN' && next.pos === 'PROPN' && CAPITAL_START.test(next.text);
}

/** "Politico.com", "MoveOn.org": the period of a web address, joined to a name and its domain (the tokenizer splits them). */
const DOMAINS = /^(?:com|org|net|gov|edu|fr|de|uk|co|io|us|ca|info|news)$/;
function isDomainDot(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  const prev = tokens[k - 1];
  const next = tokens[k + 1];
  if (t.text !== '.' || !prev || !next || prev.end !== t.start || next.start !== t.end || !ALPHANUMERIC_WORD.test(prev.text) || !DOMAINS.test(next.text)) return false;
  const after = tokens[k + 2];
  return !after || after.start > next.end || !ALPHANUMERIC_START.test(after.text);
}

/** The lower-case particle of a surname ("de Blasio", "van Hollen"), which the tagger leaves untagged. */
const NAME_PARTICLES = new Set(['de', 'da', 'di', 'del', 'della', 'van', 'von', 'der', 'den', 'du', 'le', 'la']);
// Particles that run in a row inside a surname ("de la Cruz", "de los Santos", "van der Berg", "dos Santos", "bin Salman").
const PARTICLE_RUN = new Set([...NAME_PARTICLES, 'los', 'las', 'dos', 'das', 'do', 'bin', 'ibn', 'ter', 'ten']);
// Before a lower-case particle these make it a word of the sentence ("the van", "a white van"), not of a name.
const NOT_BEFORE_PARTICLE = new Set(['DET', 'ADJ', 'NUM', 'ADP']);

/**
 * A particle inside a surname ("María de la Cruz", "De la Cruz", "Pieter van der Berg"): a run of
 * particles, then a capitalised word. A lower-case run stands after a word that is no determiner,
 * adjective, number or preposition ("a van Ruiz drove" has no name in it). The tagger reads "la" and
 * "los" as nouns and the first particle as anything.
 */
function isSurnameParticle(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  const lower = t.text.toLowerCase();
  if (!PARTICLE_RUN.has(lower)) return false;
  let first = k;
  while (first > 0 && PARTICLE_RUN.has(tokens[first - 1].text.toLowerCase()) && tokens[first - 1].end < tokens[first].start) first--;
  const opener = tokens[first];
  if (opener.text === opener.text.toLowerCase()) {
    const prev = tokens[first - 1];
    if (prev && NOT_BEFORE_PARTICLE.has(prev.pos)) return false;
  } else if (!NAME_PARTICLES.has(opener.text.toLowerCase())) return false; // "Do", "Ten", "Bin" open a sentence, not a name
  let j = k + 1;
  while (j < tokens.length && j - k < 3 && PARTICLE_RUN.has(tokens[j].text)) j++;
  const next = tokens[j];
  if (!next || next.start !== tokens[j - 1].end + 1 || !CAPITAL_START.test(next.text)) return false;
  return next.pos === 'PROPN' || next.pos === 'NOUN' || next.pos === 'X';
}

/**
 * Tagger slips inside a noun phrase: an adverb between a determiner and the noun ("a new national
 * poll", "new" read as an adverb), a capitalised foreign particle before a name ("De Blasio"), a
 * slash joining two names ("Reuters/Ipsos").
 */
const DEMONSTRATIVES = new Set(['that', 'this', 'these', 'those']);

function isNpSlip(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  const prev = tokens[k - 1];
  const next = tokens[k + 1];
  if (!next) return false;
  if (t.pos === 'ADV' && prev?.pos === 'DET' && (next.pos === 'ADJ' || next.pos === 'NOUN')) return true;
  if (t.pos === 'X' && (CAPITAL_START.test(t.text) || NAME_PARTICLES.has(t.text)) && next.pos === 'PROPN') return true;
  if (isSurnameParticle(tokens, k)) return true;
  // "acting ICE Director Paul Renner said": an office's "acting" in lower case (AP style) before the capitalised title.
  if (t.normal === 'acting' && next.pos === 'PROPN' && CAPITAL_START.test(next.text)) return true;
  // "That post, published on Saturday, said …": a demonstrative the tagger reads as a pronoun before its noun.
  if (t.pos === 'PRON' && DEMONSTRATIVES.has(t.normal) && next.pos === 'NOUN') return true;
  // "Ohio Forward Now": a capitalised adverb inside a name.
  if (t.pos === 'ADV' && CAPITAL_START.test(t.text) && prev !== undefined && prev.end < t.start && (prev.pos === 'PROPN' || (prev.pos === 'ADV' && CAPITAL_START.test(prev.text) && tokens[k - 2]?.pos === 'PROPN'))) return true;
  // "a cashier on her break, said": the noun after a preposition and a possessive, which the tagger reads as a verb.
  if (t.pos === 'VERB' && prev !== undefined && POSSESSIVE_AFTER_ADP.has(prev.normal) && tokens[k - 2]?.pos === 'ADP' && (next.pos === 'PUNCT' || next.pos === 'ADP')) return true;
  return t.text === '/' && prev?.end === t.start && next.start === t.end && (prev.pos === 'PROPN' || prev.pos === 'NOUN') && (next.pos === 'PROPN' || next.pos === 'NOUN');
}

const POSSESSIVE_AFTER_ADP = new Set(['her', 'his', 'their', 'its', 'our', 'my']);

/** The quotation marks of a defined term in parentheses, as filings name a witness: `Officer 1 ("O-1")`. */
function isDefinedTermMark(tokens: readonly Token[], k: number): boolean {
  if (!/^["“”]$/.test(tokens[k].text)) return false;
  const opening = tokens[k - 1]?.text === '(' && tokens[k + 2] !== undefined && /^["“”]$/.test(tokens[k + 2].text) && tokens[k + 3]?.text === ')';
  const closing = tokens[k + 1]?.text === ')' && tokens[k - 2] !== undefined && /^["“”]$/.test(tokens[k - 2].text) && tokens[k - 3]?.text === '(';
  return opening || closing;
}

/** "WASHINGTON (Reuters) - Ana Ruiz", "a planner - a former speechwriter": a dash with spaces around it is no hyphen inside a name. */
export function isSpacedDash(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (t.text !== '-' && t.text !== '–') return false;
  const prev = tokens[k - 1];
  const next = tokens[k + 1];
  return !prev || !next || prev.end < t.start || next.start > t.end;
}

export function isNpToken(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  // "a story in which county sources said": the relative after its preposition opens a clause; the tagger reads "which" as a determiner.
  if ((t.normal === 'which' || t.normal === 'whom' || t.normal === 'whose') && tokens[k - 1]?.pos === 'ADP') return false;
  if (NP_POS.has(t.pos) || isNpSlip(tokens, k)) return true;
  if (isMistaggedNameOrModifier(tokens, k)) return true;
  if (t.pos === 'PRON') return PERSONAL.has(t.normal) || t.normal === 'his' || t.normal === 'her' || t.normal === 'their' || t.normal === 'its' || t.normal === 'our' || t.normal === 'my';
  // "Communities United Against Police Brutality": a capitalised preposition between capitalised words is a word of the name.
  if (t.pos === 'ADP') return NP_ADP.has(t.normal) || (k > 0 && CAPITAL_START.test(t.text) && CAPITAL_START.test(tokens[k - 1].text) && CAPITAL_START.test(tokens[k + 1]?.text ?? '') && tokens[k - 1].pos !== 'PUNCT');
  // "a spokesman for Ted Cruz": with "Ted" read as a verb the tagger makes "for" a subordinator.
  if (t.pos === 'SCONJ' && t.normal === 'for') return CAPITAL_START.test(tokens[k + 1]?.text ?? '');
  if (t.pos === 'CCONJ') return t.normal === 'and' || t.normal === '&';
  if (t.pos === 'PUNCT' || t.pos === 'SYM') return (NP_PUNCT.has(t.text) && !isSpacedDash(tokens, k)) || isAbbreviationDot(tokens, k) || isDomainDot(tokens, k) || isDefinedTermMark(tokens, k);
  // "the agency's earlier statement", "an earlier report": an adverb of time the tagger reads before a noun modifies it.
  if (t.pos === 'ADV' && TIME_MODIFIERS.has(t.normal)) return tokens[k + 1]?.pos === 'NOUN' && (tokens[k - 1]?.pos === 'PART' || tokens[k - 1]?.pos === 'DET');
  return isModifyingParticiple(tokens, k);
}

const TIME_MODIFIERS = new Set(['earlier', 'later']);
