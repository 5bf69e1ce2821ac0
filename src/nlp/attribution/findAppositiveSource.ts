import type { Token } from '../../domain/analysis.js';
import { isMistaggedNameOrModifier, isNounLike, isNpToken, PERSONAL, RELATIVE } from './isNpToken.js';
import { finishRange, isAgeNoun, scanNounPhraseBack } from './scanNounPhraseBack.js';
import { MAX_SOURCE_TOKENS, NO_SOURCE, type SourceResult } from './sourceResult.js';

const TERMINAL_PUNCT = new Set(['.', '!', '?', ':']);
const APPOSITIVE_ADVERBS = new Set(['still', 'now', 'once', 'formerly', 'previously', 'currently', 'then', 'later']);

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
export function findAppositiveSource(tokens: readonly Token[], comma: number, floor: number, rulesOnly = false): SourceResult {
  let c = comma - 1;
  // Punctuation inside a noun phrase does not end the appositive: "self-described", "(OPC)", "D.C."
  // (the rules alone: the relation scorer was trained on the candidates without it).
  while (c >= floor && tokens[c].text !== ',' && (tokens[c].pos !== 'PUNCT' || isPluralPossessive(tokens, c) || (rulesOnly && isNpToken(tokens, c)))) c--;
  if (c < floor || tokens[c].text !== ',' || comma - c < 2) return NO_SOURCE;
  c = findRelativeOpening(tokens, c, comma, floor) ?? c;
  // "Marley Anderson, 21, a junior from …": an age between the name and the appositive.
  const age = c - 2 >= floor && tokens[c - 1].pos === 'NUM' && tokens[c - 2].text === ',';
  const first = tokens[c + 1];
  const relative = RELATIVE.has(first.normal);
  // "managing director", "acting chief": a participle the tagger reads as a verb opens a role.
  const roleParticiple = first.pos === 'VERB' && first.normal.endsWith('ing') && tokens[c + 2]?.pos === 'NOUN';
  const appositive = roleParticiple || isMistaggedNameOrModifier(tokens, c + 1) || first.pos === 'DET' || first.pos === 'ADJ' || first.pos === 'NOUN' || first.pos === 'NUM' || first.pos === 'PROPN' || (first.pos === 'PRON' && !PERSONAL.has(first.normal));
  // "…, pastor of Our Lady of Peace Catholic Church, where the family attends Mass, said": a "where" clause
  // about the place the appositive ends on; the appositive closes on the comma before it (the rules alone).
  // So does a "which" clause after an appositive set off after a name ("Raymond Castellow, acting field
  // office director for ICE's El Paso field office, which oversees New Mexico, told …"); a "which" after
  // no appositive ("ICE, which oversees HSI, said") is read below, as a relative.
  if (rulesOnly && (first.normal === 'where' || first.normal === 'which') && !tokens.slice(c, comma).some((t) => /^["“”]$/.test(t.text))) {
    const inner = findAppositiveSource(tokens, c, floor, rulesOnly);
    // After "which", only a name's appositive: not "In a statement, ICE, which oversees HSI, said".
    const named = first.normal === 'where' || (inner.kind === 'source' && tokens[inner.range.from].pos === 'PROPN');
    if (inner.kind === 'source' && named && comma - inner.range.from <= MAX_SOURCE_TOKENS) return { kind: 'source', range: { from: inner.range.from, to: comma } };
    if (first.normal === 'where') return NO_SOURCE;
  }
  if (!relative && !appositive) return NO_SOURCE;
  if (!relative) {
    for (let k = c + 1; k < comma; k++) {
      // "a former adviser who supported the plan": a restrictive relative closes the appositive's noun phrase.
      // The role noun may be tagged an adjective ("a top GOP operative who …").
      // "a conservative group that has sued the county": "that" and a verb after a noun open the same relative (the rules alone).
      const thatRelative = rulesOnly && tokens[k].normal === 'that' && isNounLike(tokens[k - 1]) && (tokens[k + 1]?.pos === 'AUX' || tokens[k + 1]?.pos === 'VERB');
      // "a close friend of Mrs. Clinton's who was …": a standalone possessive closes the phrase too (the rules alone).
      const ownerBefore = rulesOnly && /^['’]s$/.test(tokens[k - 1].text);
      // "a civil rights attorney the family has retained": a relative with a subject of its own and no
      // "whom", which ends on its verb at the comma (the rules alone).
      if (rulesOnly && k > c + 2 && isNounLike(tokens[k - 1]) && closesContactRelative(tokens, k, comma)) break;
      if (k > c + 2 && (tokens[k].normal === 'who' || tokens[k].normal === 'whose' || thatRelative) && (isNounLike(tokens[k - 1]) || tokens[k - 1].pos === 'ADJ' || ownerBefore)) {
        if (tokens.slice(k, comma).some((t) => /^["“”]$/.test(t.text))) return NO_SOURCE;
        break;
      }
      // "one of the few co-authors still on Capitol Hill": an adverb of time before a preposition (the rules alone).
      const timeAdverb = rulesOnly && k > c + 1 && APPOSITIVE_ADVERBS.has(tokens[k].normal) && tokens[k + 1]?.pos === 'ADP';
      // "a superdelegate supporting Clinton", "a paper catering to readers": a participle after the role noun (the rules alone).
      const roleClause = rulesOnly && k > c + 2 && tokens[k].pos === 'VERB' && tokens[k].normal.endsWith('ing') && isNounLike(tokens[k - 1]) && !REPORTING_PARTICIPLES.has(tokens[k].normal);
      if (!isNpToken(tokens, k) && !(k === c + 1 && roleParticiple) && !timeAdverb && !roleClause) return NO_SOURCE;
    }
  }
  const beforeAge = age ? c - 2 : c;
  // "Rep. Ana Ruiz, D-N.Y., who …": the name stands before the party tag (the rules alone).
  const tag = rulesOnly ? partyTagOpening(tokens, beforeAge, floor) : -1;
  // "A passenger who survived, a 27-year-old woman, said": a relative clause of one verb closes the phrase the name heads (the rules alone).
  const relativeVerb = rulesOnly && tag <= 0 && beforeAge - 3 >= floor && tokens[beforeAge - 1].pos === 'VERB' && tokens[beforeAge - 2].normal === 'who' && isNounLike(tokens[beforeAge - 3]);
  const nameEnd = tag > 0 ? tag : relativeVerb ? beforeAge - 2 : beforeAge;
  // "One of them, Jamal Wright, said": a part of a group named by a pronoun heads the phrase (the rules alone).
  if (rulesOnly && isPartOfThem(tokens, nameEnd, floor)) {
    const start = nameEnd - 3;
    return comma - start > MAX_SOURCE_TOKENS ? NO_SOURCE : { kind: 'source', range: { from: start, to: comma } };
  }
  // An apposition opening the text (", a spokesman for the group, tweeted …") has no name before it.
  if (nameEnd <= floor || nameEnd === 0) return NO_SOURCE;
  const from = overPlaceOfName(tokens, scanNounPhraseBack(tokens, nameEnd, floor), nameEnd, floor);
  // "Shane Shook, a …": the tagger may read a surname as a verb; the name before the comma still heads it.
  // "The chief, Paul Manafort, said", "A third, Daniel Traynor, said": a role the tagger reads as an adjective after its determiner or noun, before a name (the rules alone).
  const adjectiveRole = rulesOnly && tokens[nameEnd - 1].pos === 'ADJ' && nameEnd - 2 >= floor && (tokens[nameEnd - 2].pos === 'DET' || isNounLike(tokens[nameEnd - 2])) && first.pos === 'PROPN';
  if (from >= nameEnd || !(isNounLike(tokens[nameEnd - 1]) || tokens[nameEnd - 1].text === ')' || isMistaggedNameOrModifier(tokens, nameEnd - 1) || adjectiveRole)) return NO_SOURCE;
  // The name heads the phrase; the aside may end on any word ("who has helped … to date").
  const name = finishRange(tokens, from, nameEnd);
  if (name.kind !== 'source' || comma - name.range.from > MAX_SOURCE_TOKENS) return NO_SOURCE;
  const start = findNameBeforeRole(tokens, name.range.from, floor) ?? name.range.from;
  if (comma - start > MAX_SOURCE_TOKENS) return NO_SOURCE;
  return { kind: 'source', range: { from: start, to: comma } };
}

const CONTACT_SUBJECT_OPENERS = new Set(['the', 'his', 'her', 'their', 'whom']);

/**
 * "the family has retained", "his parents hired" from `at` to the comma: a determiner or "whom", a
 * short noun phrase, perhaps an auxiliary, and one past-tense verb right before the comma.
 */
function closesContactRelative(tokens: readonly Token[], at: number, comma: number): boolean {
  if (!CONTACT_SUBJECT_OPENERS.has(tokens[at].normal) || comma - at > 6) return false;
  const verb = tokens[comma - 1];
  if (verb.pos !== 'VERB' || !verb.normal.endsWith('ed')) return false;
  let j = at + (tokens[at].normal === 'whom' ? 1 : 0);
  if (tokens[at].normal === 'whom' && !CONTACT_SUBJECT_OPENERS.has(tokens[j]?.normal ?? '')) return false;
  j++;
  let nouns = 0;
  while (j < comma - 1 && isNounLike(tokens[j])) {
    nouns++;
    j++;
  }
  while (j < comma - 1 && tokens[j].pos === 'AUX') j++;
  return nouns > 0 && j === comma - 1;
}

/** Participles that report: "a spokesman saying …" is no role. */
const REPORTING_PARTICIPLES = new Set(['saying', 'telling', 'adding', 'noting', 'arguing', 'claiming', 'stating', 'writing', 'asking', 'calling']);

const PART_HEADS = new Set(['one', 'two', 'three', 'each', 'both', 'some', 'several', 'many', 'most', 'another']);
const GROUP_PRONOUNS = new Set(['them', 'those', 'us', 'these']);

/** "One of them" ending at `end` and opening its clause at `floor`. */
export function isPartOfThem(tokens: readonly Token[], end: number, floor: number): boolean {
  return end - 3 === floor && PART_HEADS.has(tokens[end - 3].normal) && tokens[end - 2].normal === 'of' && GROUP_PRONOUNS.has(tokens[end - 1].normal);
}

/**
 * "Greg Hale, chief executive of Jet Services, a charter broker, said": what the appositive scan took
 * for the name ("chief executive of Jet Services") is a first appositive when a name ending in a
 * proper noun opens the clause before its comma. Returns where that name starts, or null.
 */
function findNameBeforeRole(tokens: readonly Token[], role: number, floor: number): number | null {
  // "Ana Ruiz, 67, a nurse in Dover, Del., said": an age between the name and the role.
  const aged = role - 4 >= floor && tokens[role - 1]?.text === ',' && tokens[role - 2].pos === 'NUM' && tokens[role - 3].text === ',' && tokens[role - 4].pos === 'PROPN';
  const at = aged ? role - 2 : role;
  if (at - 2 < floor || tokens[at - 1].text !== ',' || tokens[role].pos === 'PROPN' || tokens[at - 2].pos !== 'PROPN') return null;
  const name = finishRange(tokens, scanNounPhraseBack(tokens, at - 1, floor), at - 1);
  return name.kind === 'source' && name.range.from === floor ? floor : null;
}

/** A party and state tag, written without spaces: "R-Ill.", "D-N.Y.", "I-Vt.". */
const PARTY_TAG = /^[RDI]-\p{Lu}[\p{L}.]*$/u;

/**
 * The comma that opens a party tag ending before the comma at `comma` (", R-Ill.,"), or -1.
 */
function partyTagOpening(tokens: readonly Token[], comma: number, floor: number): number {
  if (tokens[comma]?.text !== ',') return -1;
  for (let j = comma - 1; j > floor && j >= comma - 8; j--) {
    if (tokens[j].text !== ',') continue;
    if (j + 1 >= comma) return -1;
    for (let x = j + 2; x < comma; x++) if (tokens[x].start !== tokens[x - 1].end) return -1;
    return PARTY_TAG.test(tokens.slice(j + 1, comma).map((t) => t.text).join('')) ? j : -1;
  }
  return -1;
}

/**
 * "Ana Ruiz, who was to travel to Dayton, Ohio, on Monday to open the bridge, said" / "Ray Cole,
 * whose firm, Lane Data, sells maps, said": a relative aside with commas of its own, found when the
 * appositive scan finds none. The aside opens at the last ", who" / ", whose" before the cue's comma
 * (no quotation, semicolon or sentence end on the way), and the name before it opens its clause.
 */
/**
 * Whether the relative from `from` holds a verb before the comma at `inner` and the words after that
 * comma open on an auxiliary or a verb: "whose name was not released, was hurt" (a predicate of the
 * clause's subject), not "who, as mayor, closed the pier" (an aside inside the relative).
 */
function closesWithPredicate(tokens: readonly Token[], from: number, inner: number): boolean {
  const next = tokens[inner + 1];
  if (next.pos !== 'AUX' && next.pos !== 'VERB') return false;
  for (let j = from + 1; j < inner; j++) if (tokens[j].pos === 'VERB' || tokens[j].pos === 'AUX') return true;
  return false;
}

const PLACE_PREPOSITIONS = new Set(['in', 'of', 'from', 'near', 'at']);

/**
 * "The Guatemalan consul in Del Rio, Texas, whose office covers …": a name right after "City," is
 * the state of a place the phrase before it is in, not who speaks; the phrase starts where the one
 * before "in" does. `from` itself otherwise.
 */
function overPlaceOfName(tokens: readonly Token[], from: number, end: number, floor: number): number {
  // One word, a state's ("Texas", "Mo."): "Nevada, Senator Harry Reid" is a name after a place.
  if (end - from !== 1 || tokens[from - 1]?.text !== ',' || tokens[from].pos !== 'PROPN') return from;
  let k = from - 2;
  while (k > floor && tokens[k].pos === 'PROPN') k--;
  if (k === from - 2 || !PLACE_PREPOSITIONS.has(tokens[k].normal) || k <= floor) return from;
  const head = scanNounPhraseBack(tokens, k, floor);
  return head < k && isNounLike(tokens[k - 1]) ? head : from;
}

export function findRelativeAsideSource(tokens: readonly Token[], comma: number, floor: number, options: { quoted?: boolean } = {}): SourceResult {
  // "Ruiz, who calls the mayor a “liar,” said": with `quoted`, the comma stands inside a quotation
  // that the aside opens (one mark before the comma, the closing one after it).
  let marks = 0;
  let lastInner = -1;
  for (let j = comma - 2; j > floor && j >= comma - MAX_SOURCE_TOKENS; j--) {
    const t = tokens[j];
    if (options.quoted === true && /^["“]$/.test(t.text) && marks === 0) {
      marks++;
      continue;
    }
    if (/^["“”;]$/.test(t.text) || t.text === "''" || TERMINAL_PUNCT.has(t.text)) return NO_SOURCE;
    if (t.text !== ',') continue;
    if (!(tokens[j + 1].normal === 'who' || tokens[j + 1].normal === 'whose')) {
      lastInner = j;
      continue;
    }
    if (options.quoted === true && marks !== 1) return NO_SOURCE;
    // "The boy, whose name was not released, was hurt, said": the relative closed on a comma with a verb of
    // its own, and a predicate after it is the main clause's (the content of an inverted tag), not the aside's.
    if (lastInner > j && closesWithPredicate(tokens, j + 1, lastInner)) return NO_SOURCE;
    // "The 17-year-old, who spoke to the Ledger …, said": an age used as a noun heads the phrase too (stop 71).
    if ((!isNounLike(tokens[j - 1]) && !isAgeNoun(tokens, j - 1, floor)) || tokens[j - 1].pos === 'PRON') return NO_SOURCE;
    const scanned = finishRange(tokens, scanNounPhraseBack(tokens, j, floor), j);
    const name = scanned.kind === 'source' ? finishRange(tokens, overPlaceOfName(tokens, scanned.range.from, j, floor), j) : scanned;
    if (name.kind !== 'source' || comma - name.range.from > MAX_SOURCE_TOKENS) return NO_SOURCE;
    const opener = tokens[name.range.from - 1];
    const opensClause = name.range.from === floor || opener.pos === 'PUNCT' || opener.pos === 'CCONJ';
    return opensClause ? { kind: 'source', range: { from: name.range.from, to: comma } } : NO_SOURCE;
  }
  return NO_SOURCE;
}
