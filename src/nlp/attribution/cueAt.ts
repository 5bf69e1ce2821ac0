import type { Token } from '../../domain/analysis.js';
import type { CueLexicon, CueVerb } from './cueLexicon.js';

const CAPITAL_START = /^\p{Lu}/u;

/** Forms that are reporting verbs whatever part of speech the tagger gave them. */
const ALWAYS_VERBS = new Set(['said', 'says', 'told', 'tells', 'wrote', 'added', 'stated', 'tweeted', 'found']);

/**
 * The cue verb at token `k`, or null: a lexicon form tagged as a verb. `agreement` (the rules alone)
 * keeps a bare form after a singular noun a noun before "that" ("on the morning show that …").
 */
export function cueVerbAt(tokens: readonly Token[], k: number, lexicon: CueLexicon, options: { agreement?: boolean } = {}): CueVerb | null {
  const t = tokens[k];
  const verb = lexicon.verbs.get(t.normal);
  if (!verb) return null;
  const prev = tokens[k - 1];
  const next = tokens[k + 1];
  if (isNounAfterAll(tokens, k) || inName(tokens, k, lexicon) || describesWrittenThing(tokens, k)) return null;
  // "Officers responded about 12:30 p.m. to the 400 block …": a call answered on the scene, not words (the rules alone).
  if (options.agreement === true && t.normal === 'responded' && arrivedAt(tokens, k + 1)) return null;
  if (t.pos === 'VERB' || ALWAYS_VERBS.has(t.normal)) return verb;
  // "The complaint states that …": a form mistagged as a noun, between a subject and "that".
  // Not a bare form after a singular noun: "on Channel 4's morning show that …" is the noun (the verb would be "shows").
  if (prev && next && next.normal === 'that' && (prev.pos === 'NOUN' || prev.pos === 'PROPN' || prev.pos === 'PRON') && !(options.agreement === true && isBareAfterSingular(t, prev, verb))) return verb;
  // "Six in 10 say he …": after a number the tagger reads the verb as a noun; a pronoun or determiner after it tells.
  if (prev?.pos === 'NUM' && next && (next.pos === 'PRON' || next.pos === 'DET' || next.pos === 'PROPN')) return verb;
  if (options.agreement === true && !lexicon.nameWords.has(t.normal) && isAgreeingAfterSubject(tokens, k, verb)) return verb;
  // "The complaint, which was filed in court, alleged that …": a past form read as an adjective after an aside's comma, before "that" (the rules alone).
  // So after the aside, a day or a phrase, then "that": "Hollander, the DHS spokesman, alleged on Sunday that …".
  if (options.agreement === true && t.pos === 'ADJ' && t.normal.endsWith('ed') && prev?.text === ',' && (next?.normal === 'that' || reachesThatOverPhrase(tokens, k + 1))) return verb;
  // "Prosecutors alleged in a court filing that …": a past form read as an adjective after the
  // subject's head, a prepositional phrase, then "that" and a clause (the rules alone).
  if (options.agreement === true && t.pos === 'ADJ' && t.normal.endsWith('ed') && prev !== undefined && (prev.pos === 'NOUN' || prev.pos === 'PROPN' || prev.pos === 'PRON') && reachesThatOverPhrase(tokens, k + 1)) return verb;
  // "Federal prosecutors alleged Ortega struck the agent": a past form read as an adjective after a
  // plural subject's head, before a name and its finite verb (the rules alone).
  if (options.agreement === true && t.pos === 'ADJ' && t.normal.endsWith('ed') && prev !== undefined && isPluralHead(prev) && next?.pos === 'PROPN' && finiteAfterName(tokens, k + 1)) return verb;
  // "The families had mobilized, warning that the deal …": a participle read as a noun after a comma, before "that" and a subject (the rules alone).
  if (options.agreement === true && t.pos === 'NOUN' && verb.speech && t.normal.endsWith('ing') && prev?.text === ',' && next?.normal === 'that' && opensSubject(tokens[k + 2])) return verb;
  // "Ana Ruiz, a consultant, notes that the vote …": a form in -s read as a noun after an aside's comma, before "that" and a subject (the rules alone).
  if (options.agreement === true && t.pos === 'NOUN' && verb.speech && !lexicon.nameWords.has(t.normal) && /[^s]s$/.test(t.normal) && t.normal !== verb.lemma && prev?.text === ',' && next?.normal === 'that' && opensSubject(tokens[k + 2])) return verb;
  return null;
}

// Where officers go when they respond to a call: "to the scene", "to the 400 block", "to a report of shots fired".
const SCENE_NOUNS = new Set(['scene', 'block', 'call', 'calls', 'home', 'house', 'area', 'address', 'location', 'complex', 'apartment', 'residence', 'intersection', 'parking', 'lot', 'store', '911']);
const TIME_LINKS = new Set(['about', 'around', 'at', 'shortly', 'just', 'within', 'quickly', 'immediately', 'only']);

/** Whether the words from `j` tell where or when officers arrived: a time ("about 12:30 p.m."), or "to" and a scene within a few words. */
function arrivedAt(tokens: readonly Token[], j: number): boolean {
  const t = tokens[j];
  if (!t) return false;
  if (TIME_LINKS.has(t.normal) && (tokens[j + 1]?.pos === 'NUM' || tokens[j + 1]?.normal === 'after' || tokens[j + 1]?.normal === 'before')) return true;
  if (t.normal !== 'to') return false;
  for (let i = j + 1; i < Math.min(tokens.length, j + 5); i++) if (SCENE_NOUNS.has(tokens[i].normal) || (tokens[i].normal === 'report' && tokens[i + 1]?.normal === 'of')) return true;
  return false;
}

/** "prosecutors", "Officials": a plural noun (a capitalised one read as a name too) ending a subject. */
function isPluralHead(t: Token): boolean {
  return (t.pos === 'NOUN' || t.pos === 'PROPN') && /[^s']s$/u.test(t.normal);
}

/** A name of one to three words from `k`, then a verb in the past or in -s ("Ortega struck", "Russia interferes"). */
function finiteAfterName(tokens: readonly Token[], k: number): boolean {
  let j = k;
  while (j < tokens.length && j < k + 3 && tokens[j].pos === 'PROPN') j++;
  const v = tokens[j];
  return v !== undefined && v.pos === 'VERB' && !v.normal.endsWith('ing') && v.normal !== v.lemma;
}

const PHRASE_PARTS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);

/** "in a court filing that she …": a preposition, a short noun phrase, then "that" opening a clause with its subject. */
function reachesThatOverPhrase(tokens: readonly Token[], k: number): boolean {
  if (tokens[k]?.pos !== 'ADP' || tokens[k].normal === 'that') return false;
  for (let j = k + 1; j < Math.min(tokens.length, k + 7); j++) {
    const t = tokens[j];
    if (t.normal === 'that') return j > k + 1 && opensSubject(tokens[j + 1]) && tokens[j + 1].pos !== 'ADJ' && tokens[j + 1].normal !== 'that';
    if (!PHRASE_PARTS.has(t.pos)) return false;
  }
  return false;
}

const SUBJECT_OPENERS = new Set(['DET', 'PROPN', 'PRON', 'NOUN', 'ADJ', 'NUM']);

/** A word that may open a clause's subject: a noun phrase's first word, or a gerund ("that scoring 20% is enough"). */
function opensSubject(t: Token | undefined): boolean {
  return t !== undefined && (SUBJECT_OPENERS.has(t.pos) || (t.pos === 'VERB' && t.normal.endsWith('ing')));
}

/** What may open the clause a verb of saying reports, or end its tag ("…, the Daily Star reports."). */
const AFTER_REPORT = new Set(['DET', 'PROPN', 'PRON']);
const BEFORE_SINGULAR_HEAD = new Set(['DET', 'ADJ', 'PROPN']);

/**
 * "The Daily Star reports the mayor will …", "…, the Star reports.", "the paper notes the county
 * …", "Many lawmakers claim it will …": a verb of saying the tagger read as a noun, agreeing with the
 * subject's head right before it (a form in -s after a name or after a singular noun that a
 * determiner or adjective opens; the bare form after a plural noun), and followed by what opens a
 * clause or ends the sentence (the rules alone). Not before a preposition ("Ruiz claims about the
 * fund") or an adjective, nor a name word ("Rust Belt states Indiana and Ohio"), nor a noun
 * compound ("four police reports Ruiz filed": no determiner or adjective opens "police").
 */
function isAgreeingAfterSubject(tokens: readonly Token[], k: number, verb: CueVerb): boolean {
  const t = tokens[k];
  const prev = tokens[k - 1];
  const next = tokens[k + 1];
  if (t.pos !== 'NOUN' || !verb.speech || !prev || !next) return false;
  const third = /[^s]s$/.test(t.normal) && t.normal !== verb.lemma;
  const singular = prev.pos === 'PROPN' || (prev.pos === 'NOUN' && !prev.normal.endsWith('s') && BEFORE_SINGULAR_HEAD.has(tokens[k - 2]?.pos ?? ''));
  const plural = prev.pos === 'NOUN' && /[^s]s$/.test(prev.normal) && t.normal === verb.lemma;
  if (!((third && singular) || plural)) return false;
  // "The ad claims “Jeb is …”": an opening quotation mark opens what was said (the rules alone, like the whole reading).
  return AFTER_REPORT.has(next.pos) || next.text === '.' || next.text === ':' || next.text === '“';
}

/** A verb's bare form ("show", "claim") after a singular noun ("morning", "lawsuit's"), which no verb agrees with. */
function isBareAfterSingular(t: Token, prev: Token, verb: CueVerb): boolean {
  return t.normal === verb.lemma && (prev.pos === 'NOUN' || prev.pos === 'PROPN') && !prev.normal.endsWith('s');
}

const DETERMINERS = new Set(['DET', 'ADJ', 'NUM']);
const HAVE = new Set(['have', 'has', 'had']);

/**
 * A lexicon form the tagger read as a verb where it is a noun: a plural after a determiner, an
 * adjective or a number ("the four states that voted", "10 states") or after "have" ("have claims",
 * "have admitting privileges": no verb group is "have" + a present or an -ing form).
 */
function isNounAfterAll(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  const prev = tokens[k - 1];
  if (ALWAYS_VERBS.has(t.normal) || !prev) return false;
  const plural = /[^s]s$/.test(t.normal);
  if (plural && DETERMINERS.has(prev.pos)) return true;
  return HAVE.has(prev.normal) && (plural || t.normal.endsWith('ing'));
}

// What a participle before it may describe: "a brief written statement", "his prepared remarks".
const WRITTEN_THINGS = new Set(['statement', 'statements', 'response', 'reply', 'declaration', 'testimony', 'remarks', 'comments', 'apology', 'message', 'note', 'letter', 'summary', 'answer']);

/** "In a brief written statement, she said": a participle right before the noun of a text describes it, and reports nothing. */
function describesWrittenThing(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  const next = tokens[k + 1];
  return next !== undefined && WRITTEN_THINGS.has(next.normal) && (next.pos === 'NOUN' || next.pos === 'PROPN') && /(?:ed|en)$/.test(t.normal) && t.normal !== t.lemma;
}

/**
 * "One State Department lawyer", "the Islamic State", "Rust Belt states that voted": a form of
 * vocab/cues.json "nameWords" capitalised inside a sentence next to another capitalised word is part
 * of a name, and its plural after a noun with a relative clause after it ("that" and a verb) a noun.
 */
function inName(tokens: readonly Token[], k: number, lexicon: CueLexicon): boolean {
  const t = tokens[k];
  if (!lexicon.nameWords.has(t.normal) || k === 0) return false;
  const prev = tokens[k - 1];
  const next = tokens[k + 1];
  const afterNoun = prev.pos === 'PROPN' || prev.pos === 'NOUN' || prev.pos === 'ADJ';
  if (/[^s]s$/.test(t.normal) && afterNoun && next?.normal === 'that' && (tokens[k + 2]?.pos === 'VERB' || tokens[k + 2]?.pos === 'AUX')) return true;
  if (!CAPITAL_START.test(t.text)) return false;
  const startsSentence = /^(?:[.!?:;"“”—–]|\.\.\.|…)$/.test(prev.text);
  return !startsSentence && (CAPITAL_START.test(prev.text) || (next !== undefined && CAPITAL_START.test(next.text) && next.pos !== 'PRON'));
}

/** Words before a participle that make it an adjective: a determiner, a number, a preposition, an adjective. */
const BEFORE_ADJECTIVE = new Set(['DET', 'NUM', 'ADP', 'ADJ']);

/**
 * "the number of reported cases", "only eight reported incidents", "$768,000 in reported attacks":
 * a cue form in -ed between a determiner, number, preposition or adjective and a noun (or an
 * adjective and its noun) qualifies the noun; nobody reports anything there (the rules alone).
 */
export function isAdjectivalParticiple(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  const prev = tokens[k - 1];
  const next = tokens[k + 1];
  if (!prev || !next || !t.normal.endsWith('ed') || !BEFORE_ADJECTIVE.has(prev.pos) || prev.normal === 'that') return false;
  return next.pos === 'NOUN' || (next.pos === 'ADJ' && tokens[k + 2]?.pos === 'NOUN');
}

const RESPOND = new Set(['respond', 'responds', 'responded', 'responding']);
const PLACES_RESPONDED_TO = new Set(['scene', 'call', 'calls', 'area', 'home', 'house', 'residence', 'location', 'address', 'site', 'building', 'facility', 'store', 'parking', 'crash', 'emergency', 'disturbance', '911']);

/**
 * Set phrases whose verb reports nothing: the noun "think tank(s)", "think twice", the aside "believe
 * me," (the rules alone, round 26); "charged with" (round 32), whose accuser is never the phrase
 * before it ("Ruiz charged the clerk with fraud" keeps its object between); "responded to the scene",
 * "responding to a call" (stop 47), where officers go somewhere rather than answer; "responded within
 * minutes", "responded and found …" (stop 71), the same.
 */
export function isIdiomNoCue(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  const next = tokens[k + 1];
  if (!next) return false;
  if (t.normal === 'think') return next.normal === 'tank' || next.normal === 'tanks' || next.normal === 'twice';
  // "a prisoner of war now charged with desertion": an accusation with its object before it is passive; the phrase before is who is charged.
  if (t.normal === 'charged') return next.normal === 'with';
  // "officers responded to the scene", "deputies responding to a call": going somewhere, not answering.
  if (RESPOND.has(t.normal) && next.normal === 'to') return PLACES_RESPONDED_TO.has(tokens[k + 3]?.normal ?? '') || PLACES_RESPONDED_TO.has(tokens[k + 2]?.normal ?? '');
  // "Deputies responded within minutes", "officers responded and found him on the ground" (stop 71).
  if (RESPOND.has(t.normal)) return next.normal === 'within' || (next.normal === 'and' && tokens[k + 2]?.pos === 'VERB');
  return t.normal === 'believe' && next.normal === 'me' && tokens[k + 2]?.text === ',';
}
