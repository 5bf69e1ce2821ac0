import type { Token } from '../../domain/analysis.js';
import type { AttributionContext, TokenRange } from './attributionContext.js';
import { matchPhraseAt } from './attributionContext.js';

/** The source of a cue, or why there is none. */
export type SourceResult = { readonly kind: 'source'; readonly range: TokenRange } | { readonly kind: 'negated' } | { readonly kind: 'none' };

const NONE: SourceResult = Object.freeze({ kind: 'none' });
const NEGATED: SourceResult = Object.freeze({ kind: 'negated' });

const NP_POS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PART']);
const NP_ADP = new Set(['of', 'for', 'at', 'from', 'in', 'on', 'with', 'by', 'to']);
const NP_PUNCT = new Set(['(', ')', '-', '–', '’', "'", '&']);
const PERSONAL = new Set(['he', 'she', 'they', 'i', 'we', 'it', 'you']);
const RELATIVE = new Set(['who', 'which', 'whose']);
const POSSESSIVE = new Set(['his', 'her', 'their', 'its']);
const CHAIN_ADV = new Set(['also', 'later', 'previously', 'earlier', 'repeatedly', 'again', 'then', 'now', 'still', 'first', 'initially', 'reportedly', 'allegedly', 'publicly', 'privately', 'separately', 'recently', 'once', 'often', 'further', 'quickly', 'only', 'just', 'had', 'has', 'have']);
const MAX_SOURCE_TOKENS = 30;
const PERIODS = new Set(['week', 'month', 'year', 'night', 'weekend', 'morning', 'evening']);
const WHEN_WORDS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'tonight']);
const HYPOTHETICAL = new Set(['if', 'unless', 'whether']);
const FLOATING = new Set(['each', 'both', 'all']);
const TERMINAL_PUNCT = new Set(['.', '!', '?', ':']);

function isNounLike(t: Token): boolean {
  return t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'NUM' || (t.pos === 'PRON' && PERSONAL.has(t.normal));
}

/** "wounded", "filed", "taken" inside a noun phrase: a participle after a noun, before a preposition. */
function isModifyingParticiple(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (t.pos !== 'VERB' || !/(?:ed|en|wn)$/.test(t.normal)) return false;
  const prev = tokens[k - 1];
  const next = tokens[k + 1];
  return !!prev && !!next && (prev.pos === 'NOUN' || prev.pos === 'PROPN') && (next.pos === 'ADP' || next.pos === 'DET');
}

/** Tagger slips inside a name or a compound: "Sen. Ted Cruz" (Ted as a verb), "teary-eyed", "registered voters". */
function isMistaggedNameOrModifier(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (t.pos !== 'VERB') return false;
  const prev = tokens[k - 1];
  const next = tokens[k + 1];
  if (/^\p{Lu}/u.test(t.text) && (prev?.pos === 'PROPN' || next?.pos === 'PROPN') && prev?.text !== ',') return true;
  if (prev?.text === '-' && prev.end === t.start) return true;
  return t.normal.endsWith('ed') && next?.pos === 'NOUN' && (prev?.pos === 'ADJ' || prev?.pos === 'DET' || prev?.pos === 'NUM' || prev?.pos === 'ADP');
}

/** The period of "(D-Va.)" or "N.Y.": attached to its word and followed by ")" or another letter. */
function isAbbreviationDot(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  const prev = tokens[k - 1];
  const next = tokens[k + 1];
  if (t.text !== '.' || !prev || !next || prev.end !== t.start || !/^\p{L}{1,4}$/u.test(prev.text)) return false;
  if (next.text === ')' || (next.start === t.end && /^\p{L}/u.test(next.text))) return true;
  // A title before a name: "the Rev. Ana Lombardi", "Pres. Obama".
  return /^\p{Lu}\p{Ll}{1,3}$/u.test(prev.text) && prev.pos === 'PROPN' && next.pos === 'PROPN' && /^\p{Lu}/u.test(next.text);
}

/**
 * Tagger slips inside a noun phrase: an adverb between a determiner and the noun ("a new national
 * poll", "new" read as an adverb), a capitalised foreign particle before a name ("De Blasio"), a
 * slash joining two names ("Reuters/Ipsos").
 */
function isNpSlip(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  const prev = tokens[k - 1];
  const next = tokens[k + 1];
  if (!next) return false;
  if (t.pos === 'ADV' && prev?.pos === 'DET' && (next.pos === 'ADJ' || next.pos === 'NOUN')) return true;
  if (t.pos === 'X' && /^\p{Lu}/u.test(t.text) && next.pos === 'PROPN') return true;
  return t.text === '/' && prev?.end === t.start && next.start === t.end && (prev.pos === 'PROPN' || prev.pos === 'NOUN') && (next.pos === 'PROPN' || next.pos === 'NOUN');
}

/** "the partners each told", "they both said": a quantifier after a plural subject, before its verb. */
function isFloatingQuantifier(tokens: readonly Token[], i: number, floor: number): boolean {
  if (i <= floor || !FLOATING.has(tokens[i].normal)) return false;
  const prev = tokens[i - 1];
  return prev.pos === 'NOUN' || prev.pos === 'PROPN' || (prev.pos === 'PRON' && PERSONAL.has(prev.normal));
}

/** The quotation marks of a defined term in parentheses, as filings name a witness: `Officer 1 ("O-1")`. */
function isDefinedTermMark(tokens: readonly Token[], k: number): boolean {
  if (!/^["“”]$/.test(tokens[k].text)) return false;
  const opening = tokens[k - 1]?.text === '(' && tokens[k + 2] !== undefined && /^["“”]$/.test(tokens[k + 2].text) && tokens[k + 3]?.text === ')';
  const closing = tokens[k + 1]?.text === ')' && tokens[k - 2] !== undefined && /^["“”]$/.test(tokens[k - 2].text) && tokens[k - 3]?.text === '(';
  return opening || closing;
}

/** "WASHINGTON (Reuters) - Ana Ruiz", "a planner - a former speechwriter": a dash with spaces around it is no hyphen inside a name. */
function isSpacedDash(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (t.text !== '-' && t.text !== '–') return false;
  const prev = tokens[k - 1];
  const next = tokens[k + 1];
  return !prev || !next || prev.end < t.start || next.start > t.end;
}

function isNpToken(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (NP_POS.has(t.pos) || isNpSlip(tokens, k)) return true;
  if (isMistaggedNameOrModifier(tokens, k)) return true;
  if (t.pos === 'PRON') return PERSONAL.has(t.normal) || t.normal === 'his' || t.normal === 'her' || t.normal === 'their' || t.normal === 'its' || t.normal === 'our' || t.normal === 'my';
  if (t.pos === 'ADP') return NP_ADP.has(t.normal);
  // "a spokesman for Ted Cruz": with "Ted" read as a verb the tagger makes "for" a subordinator.
  if (t.pos === 'SCONJ' && t.normal === 'for') return /^\p{Lu}/u.test(tokens[k + 1]?.text ?? '');
  if (t.pos === 'CCONJ') return t.normal === 'and' || t.normal === '&';
  if (t.pos === 'PUNCT' || t.pos === 'SYM') return (NP_PUNCT.has(t.text) && !isSpacedDash(tokens, k)) || isAbbreviationDot(tokens, k) || isDefinedTermMark(tokens, k);
  return isModifyingParticiple(tokens, k);
}

/** Drops leading prepositions, conjunctions and punctuation; checks the head is a noun or pronoun. */
function finishRange(tokens: readonly Token[], from: number, to: number): SourceResult {
  // "About 4 in 10", "about half" keep their approximator, which the tagger reads as a preposition.
  while (from < to && (tokens[from].pos === 'ADP' || tokens[from].pos === 'CCONJ' || tokens[from].pos === 'PUNCT' || tokens[from].pos === 'SCONJ') && !(APPROXIMATORS.has(tokens[from].normal) && (tokens[from + 1]?.pos === 'NUM' || tokens[from + 1]?.normal === 'half'))) from++;
  while (to > from && (tokens[to - 1].text === ',' || tokens[to - 1].pos === 'ADP' || tokens[to - 1].pos === 'CCONJ')) to--;
  if (to <= from || to - from > MAX_SOURCE_TOKENS) return NONE;
  const head = tokens[to - 1];
  // The tagger sometimes reads a role noun as an adjective ("The chief"): accept it after a determiner.
  const taggedAdjective = head.pos === 'ADJ' && to - from >= 2 && tokens[to - 2].pos === 'DET';
  if (!isNounLike(head) && head.text !== ')' && !taggedAdjective && !isAgeNoun(tokens, to - 1, from) && !isMistaggedNameOrModifier(tokens, to - 1)) return NONE;
  if (to - from === 1 && head.pos === 'PRON' && !PERSONAL.has(head.normal)) return NONE;
  return { kind: 'source', range: { from, to } };
}

/** "the 46-year-old": an age used as a noun (tokens `46 - year - old`), after a determiner. */
function isAgeNoun(tokens: readonly Token[], i: number, from: number): boolean {
  return i - 5 >= from && tokens[i].normal === 'old' && tokens[i - 1].text === '-' && /^years?$/.test(tokens[i - 2].normal) && tokens[i - 3].text === '-' && tokens[i - 4].pos === 'NUM' && tokens[i - 5].pos === 'DET';
}

/** Scans back over a noun phrase that ends at `to` (exclusive); returns its first token. */
const APPROXIMATORS = new Set(['nearly', 'about', 'almost', 'roughly', 'around', 'approximately', 'only', 'just', 'over', 'some']);
const COMPARATIVES = new Set(['more', 'fewer', 'less']);

/** "nearly half", "about four in 10", "more than 4 in 10": a quantity's qualifier before token `i + 1`. */
function extendQuantity(tokens: readonly Token[], i: number, floor: number): number {
  const next = tokens[i + 1];
  if (i < floor || !next || (next.pos !== 'NUM' && next.normal !== 'half' && next.normal !== 'a')) return i;
  if (APPROXIMATORS.has(tokens[i].normal)) return i - 1;
  if (tokens[i].normal === 'than' && i - 1 >= floor && COMPARATIVES.has(tokens[i - 1].normal)) return i - 2;
  return i;
}

function scanNounPhraseBack(tokens: readonly Token[], to: number, floor: number): number {
  let i = to - 1;
  while (i >= floor && isNpToken(tokens, i)) i--;
  i = extendQuantity(tokens, i, floor);
  // A restrictive relative clause: "A woman who lives on the block said".
  for (let w = i; w >= Math.max(floor, i - 15); w--) {
    const t = tokens[w];
    if (t.pos === 'PUNCT') break;
    const verbAfter = tokens[w + 1];
    // "who lives on …": the tagger may take "lives" for a plural noun; a preposition after it tells.
    const opensClause = verbAfter && (verbAfter.pos === 'VERB' || verbAfter.pos === 'AUX' || (verbAfter.pos === 'NOUN' && verbAfter.normal.endsWith('s') && tokens[w + 2]?.pos === 'ADP'));
    if (RELATIVE.has(t.normal) && opensClause && w > floor && isNounLike(tokens[w - (tokens[w - 1].text === ',' ? 2 : 1)] ?? tokens[w])) {
      const before = tokens[w - 1].text === ',' ? w - 2 : w - 1;
      return scanNounPhraseBack(tokens, before + 1, floor);
    }
  }
  return i + 1;
}

/**
 * The speaker phrase before a cue at token `k`: "Department of Homeland Security (DHS) Assistant
 * Secretary Dana Whitcombe said", "Rosa Quintero, a lawyer for Tomas Ibarra, said".
 * Reports a negated cue ("has not said", "declined to say") so the caller can drop it.
 */
export function findSourceBefore(ctx: AttributionContext, k: number, floor: number): SourceResult {
  const { tokens, lexicon } = ctx;
  const dated = findDatedSource(tokens, k, floor);
  if (dated) return dated;
  let i = k - 1;
  while (i >= floor) {
    const t = tokens[i];
    if (lexicon.negators.has(t.normal) || lexicon.blockers.has(t.normal)) return NEGATED;
    // "He went on to say …": the phrase is part of the verb group, the subject stands before it.
    if (t.normal === 'to' && ctx.rulesOnly === true && isGoOnTo(tokens, i)) {
      i -= 3;
      continue;
    }
    if (t.normal === 'to') return NONE;
    if (t.pos === 'AUX' && t.lemma === 'be' && !tokens[k].normal.endsWith('ing')) return NONE; // passive: "was told"
    // Auxiliaries and adverbs of the verb group: "has also said", "however said", "repeatedly told";
    // a day between subject and verb is a time, not the speaker ("A news report Wednesday said").
    if (t.pos === 'AUX' || t.pos === 'ADV' || CHAIN_ADV.has(t.normal) || (WHEN_WORDS.has(t.normal) && i > floor && i === k - 1) || isFloatingQuantifier(tokens, i, floor)) i--;
    else if (PERIODS.has(t.normal) && i - 1 > floor && (tokens[i - 1].normal === 'last' || tokens[i - 1].normal === 'past' || tokens[i - 1].normal === 'this')) {
      // "Priebus, the GOP chairman, this past week announced": a period of time, not the speaker.
      i -= 2;
      if (tokens[i].normal === 'this') i--;
    } else break;
  }
  if (i < floor) return NONE;
  // The rules method only, like the token repairs (repairSpeakerTokens): see findRuled.
  const surveyed = ctx.rulesOnly === true ? findSurveyedSource(tokens, i, floor) : null;
  if (surveyed) return surveyed;
  // "… thanked the volunteers and said": a coordinated verb; its subject opens the clause (the caller looks there).
  if (tokens[i].normal === 'and') return NONE;
  if (tokens[i].text === ',') return findAsideSubject(tokens, i, floor, ctx.rulesOnly === true) ?? findAppositiveSource(tokens, i, floor);
  // "an email to supporters stating …", "by saying …": a participle right after a noun phrase
  // takes it as object, not subject; only "is saying" (an auxiliary between) has a subject before it.
  if (tokens[k].normal.endsWith('ing') && !tokens.slice(i + 1, k).some((t) => t.pos === 'AUX')) return NONE;
  const from = scanNounPhraseBack(tokens, i + 1, floor);
  // "If an agent feels threatened": a cue inside a condition reports nothing.
  if (from > floor && HYPOTHETICAL.has(tokens[from - 1].normal)) return NONE;
  return finishRange(tokens, from, i + 1);
}

const SURVEYED = new Set(['polled', 'surveyed', 'questioned', 'interviewed', 'sampled']);

/**
 * "56 percent of voters polled said", "those surveyed say": the participle at `i` closes the speaker
 * phrase of a poll (PolNeAR keeps it in the source); "those" heads the phrase only before it.
 */
function findSurveyedSource(tokens: readonly Token[], i: number, floor: number): SourceResult | null {
  if (!SURVEYED.has(tokens[i].normal) || tokens[i].pos !== 'VERB' || i - 1 < floor) return null;
  const those = tokens[i - 1].normal === 'those';
  // A plural before it ("voters polled"); "the experts Reuters interviewed said" is an object relative.
  if (!those && !(isNounLike(tokens[i - 1]) && /s$/.test(tokens[i - 1].normal))) return null;
  const headEnd = those ? i - 1 : i;
  const from = scanNounPhraseBack(tokens, headEnd, floor);
  if (from > floor && HYPOTHETICAL.has(tokens[from - 1].normal)) return NONE;
  if (those && from === headEnd) return { kind: 'source', range: { from: i - 1, to: i + 1 } };
  const head = finishRange(tokens, from, headEnd);
  return head.kind === 'source' ? { kind: 'source', range: { from: head.range.from, to: i + 1 } } : NONE;
}

/**
 * "A poll released Tuesday found …", "a report published Monday said …": a participle and a day
 * after the noun belong to the speaker phrase (PolNeAR keeps them in the source).
 */
function findDatedSource(tokens: readonly Token[], k: number, floor: number): SourceResult | null {
  if (k - 3 < floor || !WHEN_WORDS.has(tokens[k - 1].normal)) return null;
  const participle = tokens[k - 2];
  if (participle.pos !== 'VERB' || !participle.normal.endsWith('ed') || tokens[k - 3].pos !== 'NOUN') return null;
  const head = finishRange(tokens, scanNounPhraseBack(tokens, k - 2, floor), k - 2);
  return head.kind === 'source' ? { kind: 'source', range: { from: head.range.from, to: k } } : null;
}

const GO_FORMS = new Set(['went', 'goes', 'go', 'going', 'gone']);

/** "went on to" / "goes on to" ending at token `to` (the "to"). */
export function isGoOnTo(tokens: readonly Token[], to: number): boolean {
  return to >= 2 && tokens[to].normal === 'to' && tokens[to - 1].normal === 'on' && GO_FORMS.has(tokens[to - 2].normal);
}

const ASIDE_OPENERS = new Set(['during', 'at', 'in', 'on', 'after', 'before', 'from', 'of', 'with', 'like', 'unlike', 'despite', 'while', 'when', 'speaking', 'facing', 'according', 'for']);

/**
 * "Clinton, during a town hall in Columbus, Ohio, said" / "Grassley, facing a challenge in Iowa, a
 * swing state, said": the subject opens the clause and an aside that is no noun phrase (a
 * preposition, a participle or an absolute phrase first — "her voice breaking" —, no finite verb,
 * no quotation) stands between it and the cue (the absolute phrase and an infinitive inside the
 * aside for the rules alone: in 'combined' the tagger reads those itself);
 * so does a discourse adverb or a "for" phrase ("Ruiz, however, said", "Ruiz, for example, said").
 */
function findAsideSubject(tokens: readonly Token[], comma: number, floor: number, rulesOnly: boolean): SourceResult | null {
  let c1 = floor;
  while (c1 < comma && tokens[c1].text !== ',') c1++;
  if (c1 >= comma || c1 === floor) return null;
  const opener = tokens[c1 + 1];
  // "managing director" is a role (an appositive), not an aside.
  const participle = opener.pos === 'VERB' && opener.normal.endsWith('ing') && tokens[c1 + 2]?.pos !== 'NOUN';
  // "Ruiz, however, said": a discourse adverb alone between commas.
  const adverb = comma - c1 <= 3 && tokens.slice(c1 + 1, comma).every((t) => t.pos === 'ADV');
  // "Ruiz, her voice breaking, said": an absolute phrase, a possessive noun and its participle.
  const absolute = rulesOnly && POSSESSIVE.has(opener.normal) && tokens.slice(c1 + 2, comma).some((t) => t.pos === 'VERB' && t.normal.endsWith('ing'));
  if (!participle && !adverb && !absolute && !ASIDE_OPENERS.has(opener.normal)) return null;
  for (let j = c1 + 1; j < comma; j++) {
    const t = tokens[j];
    // "responding to calls … to halt the raids": an infinitive inside the aside is no finite verb.
    const infinitive = rulesOnly && t.pos === 'VERB' && tokens[j - 1].normal === 'to';
    if (t.pos === 'AUX' || /^["“”]$/.test(t.text) || t.text === ';' || (t.pos === 'VERB' && !infinitive && !/(?:ing|ed|en)$/.test(t.normal) && !/^\p{Lu}/u.test(t.text))) return null;
  }
  for (let j = floor; j < c1; j++) if (!isNpToken(tokens, j)) return null;
  const subject = finishRange(tokens, floor, c1);
  return subject.kind === 'source' && subject.range.from === floor ? subject : null;
}

/** "Sanders’ campaign manager": the apostrophe of a possessive ending in s, written against its word. */
function isPluralPossessive(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  const prev = tokens[k - 1];
  return (t.text === '’' || t.text === "'") && prev !== undefined && prev.end === t.start && /s$/i.test(prev.text) && tokens[k + 1] !== undefined && (tokens[k + 1].pos === 'NOUN' || tokens[k + 1].pos === 'PROPN' || tokens[k + 1].pos === 'ADJ');
}

/**
 * "Ruiz's partner, who asked to be named only as Ana, because she fears arrest, said": a relative
 * clause with commas of its own; the comma before "who" opens the aside, not the last one. Only
 * when what follows the last comma cannot open an aside itself, and with no quotation on the way.
 */
function findRelativeOpening(tokens: readonly Token[], c: number, comma: number, floor: number): number | null {
  const first = tokens[c + 1];
  if (RELATIVE.has(first.normal) || first.pos !== 'SCONJ') return null;
  for (let j = c - 1; j >= Math.max(floor, comma - MAX_SOURCE_TOKENS); j--) {
    const t = tokens[j];
    if (/^["“”;]$/.test(t.text) || TERMINAL_PUNCT.has(t.text)) return null;
    if (t.text === ',' && (tokens[j + 1].normal === 'who' || tokens[j + 1].normal === 'whose')) return j;
  }
  return null;
}

/** "Name, a lawyer for X, said" or "Name, who runs a clinic, said": the comma at `comma` closes the aside. */
function findAppositiveSource(tokens: readonly Token[], comma: number, floor: number): SourceResult {
  let c = comma - 1;
  while (c >= floor && tokens[c].text !== ',' && (tokens[c].pos !== 'PUNCT' || isPluralPossessive(tokens, c))) c--;
  if (c < floor || tokens[c].text !== ',' || comma - c < 2) return NONE;
  c = findRelativeOpening(tokens, c, comma, floor) ?? c;
  // "Marley Anderson, 21, a junior from …": an age between the name and the appositive.
  const age = c - 2 >= floor && tokens[c - 1].pos === 'NUM' && tokens[c - 2].text === ',';
  const first = tokens[c + 1];
  const relative = RELATIVE.has(first.normal);
  // "managing director", "acting chief": a participle the tagger reads as a verb opens a role.
  const roleParticiple = first.pos === 'VERB' && first.normal.endsWith('ing') && tokens[c + 2]?.pos === 'NOUN';
  const appositive = roleParticiple || first.pos === 'DET' || first.pos === 'ADJ' || first.pos === 'NOUN' || first.pos === 'NUM' || first.pos === 'PROPN' || (first.pos === 'PRON' && !PERSONAL.has(first.normal));
  if (!relative && !appositive) return NONE;
  if (!relative) {
    for (let k = c + 1; k < comma; k++) {
      // "a former adviser who supported the plan": a restrictive relative closes the appositive's noun phrase.
      // The role noun may be tagged an adjective ("a top GOP operative who …").
      if (k > c + 2 && (tokens[k].normal === 'who' || tokens[k].normal === 'whose') && (isNounLike(tokens[k - 1]) || tokens[k - 1].pos === 'ADJ')) {
        if (tokens.slice(k, comma).some((t) => /^["“”]$/.test(t.text))) return NONE;
        break;
      }
      if (!isNpToken(tokens, k) && !(k === c + 1 && roleParticiple)) return NONE;
    }
  }
  const nameEnd = age ? c - 2 : c;
  const from = scanNounPhraseBack(tokens, nameEnd, floor);
  // "Shane Shook, a …": the tagger may read a surname as a verb; the name before the comma still heads it.
  if (from >= nameEnd || !(isNounLike(tokens[nameEnd - 1]) || tokens[nameEnd - 1].text === ')' || isMistaggedNameOrModifier(tokens, nameEnd - 1))) return NONE;
  // The name heads the phrase; the aside may end on any word ("who has helped … to date").
  const name = finishRange(tokens, from, nameEnd);
  if (name.kind !== 'source' || comma - name.range.from > MAX_SOURCE_TOKENS) return NONE;
  const start = findNameBeforeRole(tokens, name.range.from, floor) ?? name.range.from;
  if (comma - start > MAX_SOURCE_TOKENS) return NONE;
  return { kind: 'source', range: { from: start, to: comma } };
}

/**
 * "Greg Hale, chief executive of Jet Services, a charter broker, said": what the appositive scan took
 * for the name ("chief executive of Jet Services") is a first appositive when a name ending in a
 * proper noun opens the clause before its comma. Returns where that name starts, or null.
 */
function findNameBeforeRole(tokens: readonly Token[], role: number, floor: number): number | null {
  if (role - 2 < floor || tokens[role - 1].text !== ',' || tokens[role].pos === 'PROPN' || tokens[role - 2].pos !== 'PROPN') return null;
  const name = finishRange(tokens, scanNounPhraseBack(tokens, role - 1, floor), role - 1);
  return name.kind === 'source' && name.range.from === floor ? floor : null;
}

/**
 * "said Geoff Garin, a pollster working for Priorities USA, a super PAC supporting …": an appositive
 * after the speaker may go on with a participle up to the sentence end (a relative inside it too:
 * "… working for a group that …"). Returns where it stops: the sentence end when the rest is such a
 * tail (no quotation, no finite verb before a relative), else `j` unchanged. An appositive that goes
 * on with "who" ("a lawyer in Orlando who specializes …") runs to the sentence end too: PolNeAR keeps
 * it in the source, and without it the speaker phrase did not reach the end and the relation was lost.
 */
function extendAppositiveTail(tokens: readonly Token[], j: number, end: number): number {
  const t = tokens[j];
  if (!t || j >= end) return j;
  // "a pollster hired by …", "a group working for …"; not "the guards ignored the warnings" (a past tense with its object).
  const pastWithObject = /(?:ed|en)$/.test(t.normal) && ['DET', 'PRON', 'PROPN', 'NOUN', 'NUM'].includes(tokens[j + 1]?.pos ?? '');
  const participle = t.pos === 'VERB' && /(?:ing|ed|en)$/.test(t.normal) && !pastWithObject;
  const opensRelative = (t.normal === 'who' || t.normal === 'whose') && j > 0 && isNounLike(tokens[j - 1]);
  if (!participle && !opensRelative) return j;
  let relative = opensRelative;
  for (let x = j + 1; x < end; x++) {
    const u = tokens[x];
    if (/^[.!?]$/.test(u.text) && x === end - 1) return x;
    // A relative that the appositive opens ends it at its sentence's end, not at a comma (", citing …").
    if (/^["“”;:]$/.test(u.text) || u.text === "''" || x - j > 25 || (opensRelative && u.text === ',')) return j;
    if (u.normal === 'who') relative = true;
    if (!relative && (u.pos === 'AUX' || (u.pos === 'VERB' && !/(?:ing|ed|en)$/.test(u.normal)))) return j;
  }
  return end;
}

/**
 * The speaker phrase after a cue, from token `k` ("according to his wife, Lucia Ferrand",
 * "said Ana Ruiz, a spokeswoman for the county"). A non-restrictive relative clause (", who
 * spoke with …") is left out; a restrictive one ("witnesses who testified …") is kept.
 */
export function findSourceAfter(ctx: AttributionContext, k: number, end: number, options: { readonly roleToEnd?: boolean } = {}): SourceResult {
  const { tokens, lexicon } = ctx;
  let i = k;
  // Stops before a reporting adverbial: "said Ana Ruiz in a statement".
  while (i < end && isNpToken(tokens, i) && !(tokens[i].pos === 'CCONJ' && tokens[i + 1]?.pos === 'VERB') && matchPhraseAt(tokens, i, end, lexicon.adverbials) < 0) i++;
  if (i < end && RELATIVE.has(tokens[i].normal) && i > k) {
    while (i < end && tokens[i].text !== ',' && !/^[.!?;:]$/.test(tokens[i].text)) i++;
  }
  const head = finishRange(tokens, k, i);
  if (head.kind !== 'source') return head;
  // An appositive after a comma: ", Lucia Ferrand" or ", a spokeswoman for the county".
  if (i + 1 < end && tokens[i].text === ',' && !RELATIVE.has(tokens[i + 1].normal)) {
    let j = i + 1;
    while (j < end && isNpToken(tokens, j) && !(tokens[j].pos === 'CCONJ' && tokens[j + 1]?.pos === 'VERB')) j++;
    const npEnd = j;
    j = extendAppositiveTail(tokens, j, end);
    const relativeTail = j > npEnd && RELATIVE.has(tokens[npEnd].normal);
    const closes = j >= end || /^[.!?;]$/.test(tokens[j].text) || (tokens[j].text === ',' && RELATIVE.has(tokens[j + 1]?.normal ?? ''));
    const roleNoun = tokens[i + 1].pos === 'NOUN' && (tokens[i + 2]?.normal === 'of' || tokens[i + 2]?.normal === 'for' || tokens[i + 2]?.normal === 'at');
    // "the mayor of the town", "his brother"; not "the guards ignored the warnings" (a clause the noun-phrase scan read as a participle).
    const definite = (tokens[i + 1].normal === 'the' || POSSESSIVE.has(tokens[i + 1].normal)) && !tokens.slice(i + 1, j).some((t) => t.pos === 'VERB' || t.pos === 'AUX');
    const startsAppositive = tokens[i + 1].pos === 'PROPN' || tokens[i + 1].normal === 'a' || tokens[i + 1].normal === 'an' || roleNoun || definite;
    if (closes && startsAppositive && j > i + 1) {
      const whole = finishRange(tokens, k, j);
      // A relative may end the appositive on any word ("who moved here decades ago"); the name still heads the phrase.
      return whole.kind === 'source' || !relativeTail ? whole : { kind: 'source', range: { from: head.range.from, to: j } };
    }
    // Only where the content stands before the cue ("…, said X, …."): after "according to X," the content follows.
    const last = options.roleToEnd ? findRoleToSentenceEnd(tokens, i + 1, end) : -1;
    if (last > 0) return { kind: 'source', range: { from: head.range.from, to: last } };
  }
  return head;
}

/**
 * "…,” said Ana Ruiz, senior counsel at the Lane Institute, a legal group." / "…, then pastor at a
 * church in Mapleton, Ohio.": a role running from `from` to the sentence end, with commas, modifying
 * participles and a closing relative in it, describes the speaker named before it (PolNeAR keeps it in
 * the source). No age first (", 59, of …"), no quotation, no finite verb before a relative: that is
 * a clause of its own. Returns the end of the role (before the final mark), or -1.
 */
function findRoleToSentenceEnd(tokens: readonly Token[], from: number, end: number): number {
  const first = tokens[from];
  if (!first || first.pos === 'NUM' || first.pos === 'PRON' || RELATIVE.has(first.normal) || end - from > 40) return -1;
  let relative = false;
  for (let x = from; x < end; x++) {
    const u = tokens[x];
    if (/^[.!?]$/.test(u.text)) return x === end - 1 && x > from ? x : -1;
    if (/^["“”;:]$/.test(u.text) || u.text === "''" || isSpacedDash(tokens, x)) return -1;
    if (RELATIVE.has(u.normal)) relative = true;
    if (relative) continue;
    if (u.text === ',' || u.pos === 'ADV' || isNpToken(tokens, x)) continue;
    // "a broker based in …"; not "the board voted the plan down" (a past tense with its object).
    const pastWithObject = /(?:ed|en)$/.test(u.normal) && ['DET', 'PRON', 'PROPN', 'NOUN', 'NUM'].includes(tokens[x + 1]?.pos ?? '');
    if (u.pos === 'VERB' && /(?:ing|ed|en)$/.test(u.normal) && !pastWithObject) continue;
    return -1;
  }
  return -1;
}
