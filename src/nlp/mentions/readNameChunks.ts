import type { OrganizationMention, Token } from '../../domain/analysis.js';
import { loadAgencies } from './loadAgencies.js';
import { loadGivenNames } from './loadGivenNames.js';
import { loadPlaces } from './loadPlaces.js';
import { loadTitles, type Title } from './loadTitles.js';
import { PORTFOLIO_NOUNS } from './portfolioNouns.js';
import { isAllCaps, isCapitalized, isSentenceStart, isTouching } from './tokenShape.js';

const COMMA_THEN_CAPITAL = /^,[ \t]*\p{Lu}/u;

/** One piece of a noun phrase that may hold a person: "DHS" · "Assistant Secretary" · "Dana Whitcombe". */
export type ChunkItem =
  | { readonly kind: 'org'; readonly start: number; readonly end: number; readonly org: OrganizationMention }
  | { readonly kind: 'title'; readonly start: number; readonly end: number; readonly title: Title }
  /** A name word; particles ("de") and suffixes ("Jr.") count 0 words. */
  | { readonly kind: 'name'; readonly start: number; readonly end: number; readonly words: number; readonly allCaps: boolean; readonly sentenceStart: boolean }
  | { readonly kind: 'other'; readonly start: number; readonly end: number; readonly outlet: boolean };

const NOT_NAME_POS = new Set(['PRON', 'DET', 'ADP', 'CCONJ', 'SCONJ', 'NUM', 'PART', 'PUNCT', 'AUX', 'SYM', 'INTJ']);
const NAME_SHAPE = /^(?:\p{Lu}[\p{L}'\u2019]*|\p{Lu}\.)$/u;
const NICK_OPEN = new Set(['"', '“', "'", '‘']);
const NICK_CLOSE = new Set(['"', '”', "'", '’']);

function isNameWord(text: string, tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (!NAME_SHAPE.test(t.text) || NOT_NAME_POS.has(t.pos)) return false;
  // "Hector Alvarez, 31, was shot": a given name the tagger reads as a verb opening the sentence is a name before a capitalised word.
  if ((t.pos === 'VERB' || t.pos === 'ADV') && isSentenceStart(text, tokens, i) && !isGivenNameBeforeCapital(text, tokens, i)) return false;
  return !loadTitles().nonNameWords.has(t.text);
}

function isGivenNameBeforeCapital(text: string, tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  return next !== undefined && loadGivenNames().has(tokens[i].text.toLowerCase()) && gapIsSpace(text, tokens[i].end, next.start) && NAME_SHAPE.test(next.text) && next.pos === 'PROPN';
}

/** Last token index of a name word starting at i: joins "Vela" "-" "Ortiz" when the pieces touch, whatever the second piece means alone ("-Lane"). */
function nameWordEnd(text: string, tokens: readonly Token[], i: number): number {
  let j = i;
  while (j + 2 < tokens.length && tokens[j + 1].text === '-' && isTouching(tokens[j], tokens[j + 1]) && isTouching(tokens[j + 1], tokens[j + 2]) && NAME_SHAPE.test(tokens[j + 2].text)) j += 2;
  return j;
}

const PLACE_BEFORE = /\b(?:in|at|near|from|to|outside|inside|of|across|around|toward|towards)\s+$/iu;

function gapIsSpace(text: string, from: number, to: number): boolean {
  if (to - from > 3) return false;
  for (let k = from; k < to; k++) if (text[k] !== ' ' && text[k] !== '\u00a0' && text[k] !== '\t') return false;
  return true;
}

/**
 * Splits the tokens into chunks: runs of organisations, titles and capitalised words separated
 * only by spaces on one line. Anything else (a verb, a comma, a line break) ends a chunk.
 */
export function readNameChunks(text: string, tokens: readonly Token[], orgs: readonly OrganizationMention[]): ChunkItem[][] {
  const titles = loadTitles();
  const places = loadPlaces();
  const { outletWords } = loadAgencies();
  const orgAt = new Map(orgs.map((o) => [o.start, o]));
  const chunks: ChunkItem[][] = [];
  let chunk: ChunkItem[] = [];
  // Towns the text has used as a surname after a given name ("Jonathan Ponce"): alone later ("Ponce's
  // lawyer"), the word is still that surname, unless a place preposition or a state marks the town.
  const surnames = new Set<string>();
  let i = 0;
  const flush = () => {
    if (chunk.length) chunks.push(chunk);
    chunk = [];
  };
  while (i < tokens.length) {
    const t = tokens[i];
    const prev = chunk[chunk.length - 1];
    if (prev && !gapIsSpace(text, prev.end, t.start)) flush();
    const item = readItem(i);
    if (!item) {
      flush();
      i++;
      continue;
    }
    chunk.push(item.item);
    i = item.next;
  }
  flush();
  return chunks;

  function readItem(i: number): { item: ChunkItem; next: number } | null {
    const t = tokens[i];
    const org = orgAt.get(t.start);
    if (org) return { item: { kind: 'org', start: org.start, end: org.end, org }, next: indexAfter(i, org.end) };
    const title = titles.matcher.longestAt(text, t.start) ?? (isSentenceStart(text, tokens, i) ? titles.atSentenceStart.longestAt(text, t.start) : null);
    if (title) {
      const end = portfolioEnd(indexAfter(i, title.end)) ?? title.end;
      return { item: { kind: 'title', start: t.start, end, title: title.values[0] }, next: indexAfter(i, end) };
    }
    // Juan "Johnny" Pérez: a nickname in quotation marks between name words is part of the name.
    const nickname = readNickname(i);
    if (nickname) return nickname;
    if (!isCapitalized(t)) {
      const particle = chunk.length && chunk[chunk.length - 1].kind === 'name' ? titles.particles.longestAt(text, t.start) : null;
      if (particle) {
        const j = indexAfter(i, particle.end);
        if (j < tokens.length && isNameWord(text, tokens, j)) return { item: nameItem(t.start, particle.end, 0, false, false), next: j };
      }
      return null;
    }
    if (titles.nameSuffixes.has(t.text) && chunk.length && chunk[chunk.length - 1].kind === 'name') {
      return { item: nameItem(t.start, t.end, 0, false, false), next: i + 1 };
    }
    const place = places.matcher.longestAt(text, t.start);
    const oneWordCity = place !== null && place.end === t.end && place.values.every((v) => v.kind === 'city');
    if (oneWordCity && isSurnameAfterName(t, place.end)) surnames.add(t.text);
    if (
      place &&
      place.values.every((v) => v.kind !== 'city' || v.cities.every((c) => !c.word)) &&
      !(place.values.every((v) => v.kind === 'city') && isSurnameAfterName(t, place.end)) &&
      !(oneWordCity && surnames.has(t.text) && isLoneSurname(t)) &&
      !(place.values.every((v) => v.kind !== 'country') && isGivenNameBeforeSurname(t, place.end, i))
    ) {
      return { item: { kind: 'other', start: t.start, end: place.end, outlet: false }, next: indexAfter(i, place.end) };
    }
    if (outletWords.has(t.text)) return { item: { kind: 'other', start: t.start, end: t.end, outlet: true }, next: i + 1 };
    if (!isNameWord(text, tokens, i) && !isSurnameWord(t)) return { item: { kind: 'other', start: t.start, end: t.end, outlet: false }, next: i + 1 };
    const last = nameWordEnd(text, tokens, i);
    const end = tokens[last].end;
    const sentenceStart = isSentenceStart(text, tokens, i);
    return { item: nameItem(t.start, end, 1, isAllCaps(t) && t.text.length > 1, sentenceStart), next: last + 1 };
  }

  /**
   * "Assistant Secretary for Public Affairs Corinne Halvey": where the portfolio after a title ends
   * ("for" or "of", capitalised words, the last one of PORTFOLIO_NOUNS), when two name words follow it;
   * null otherwise.
   */
  function portfolioEnd(j: number): number | null {
    if (j >= tokens.length || (tokens[j].normal !== 'for' && tokens[j].normal !== 'of')) return null;
    for (let k = j + 1; k < Math.min(tokens.length - 2, j + 5); k++) {
      if (!isCapitalized(tokens[k]) || !gapIsSpace(text, tokens[k - 1].end, tokens[k].start)) return null;
      if (PORTFOLIO_NOUNS.has(tokens[k].normal) && isNameWord(text, tokens, k + 1) && isNameWord(text, tokens, k + 2) && !PORTFOLIO_NOUNS.has(tokens[k + 1].normal)) return tokens[k].end;
    }
    return null;
  }

  /**
   * "Eduardo Salinas", "Ana Nogales": a one-word city (no state, no country) right after a given
   * name, with no state after it, is the person's surname (many surnames are also towns).
   */
  function isSurnameAfterName(t: Token, placeEnd: number): boolean {
    const last = chunk[chunk.length - 1];
    if (!last || last.kind !== 'name' || last.words === 0 || last.allCaps) return false;
    if (placeEnd !== t.end || !gapIsSpace(text, last.end, t.start)) return false;
    return !COMMA_THEN_CAPITAL.test(text.slice(placeEnd, placeEnd + 4));
  }

  /** "Ponce's lawyer", "wrote that Ponce": no place preposition before the word, no state after it. */
  function isLoneSurname(t: Token): boolean {
    return !PLACE_BEFORE.test(text.slice(Math.max(0, t.start - 12), t.start)) && !COMMA_THEN_CAPITAL.test(text.slice(t.end, t.end + 4));
  }

  /** "Judge Georgia Alexakis", "Virginia Foxx": a state's or city's one-word name that is a given name, right before a surname. */
  function isGivenNameBeforeSurname(t: Token, placeEnd: number, i: number): boolean {
    if (placeEnd !== t.end || !loadGivenNames().has(t.text.toLowerCase())) return false;
    const next = tokens[i + 1];
    return next !== undefined && gapIsSpace(text, t.end, next.start) && isNameWord(text, tokens, i + 1) && !isAllCaps(next) && !places.matcher.longestAt(text, next.start);
  }

  /** "David Black", "Ana Hall": a word that names no one alone ("Black", "Hall") is a surname right after a given name. */
  function isSurnameWord(t: Token): boolean {
    if (!titles.surnameWords.has(t.text)) return false;
    const last = chunk[chunk.length - 1];
    if (!last || last.kind !== 'name' || last.words !== 1 || last.allCaps || !gapIsSpace(text, last.end, t.start)) return false;
    return loadGivenNames().has(text.slice(last.start, last.end).toLowerCase());
  }

  /** `"Johnny"` after a name word and before another one (touching marks, one capitalised word): a 0-word name item. */
  function readNickname(i: number): { item: ChunkItem; next: number } | null {
    const last = chunk[chunk.length - 1];
    // Asked at every token: the cheap test first, and no array made for the four tokens.
    if (!last || last.kind !== 'name' || last.words === 0) return null;
    const open = tokens[i];
    const word = tokens[i + 1];
    const close = tokens[i + 2];
    const after = tokens[i + 3];
    if (!after || !NICK_OPEN.has(open.text) || !NICK_CLOSE.has(close.text)) return null;
    if (!isTouching(open, word) || !isTouching(word, close) || !NAME_SHAPE.test(word.text) || !gapIsSpace(text, close.end, after.start)) return null;
    return isNameWord(text, tokens, i + 3) ? { item: nameItem(open.start, close.end, 0, false, false), next: i + 3 } : null;
  }

  function nameItem(start: number, end: number, words: number, allCaps: boolean, sentenceStart: boolean): ChunkItem {
    return { kind: 'name', start, end, words, allCaps, sentenceStart };
  }

  function indexAfter(i: number, end: number): number {
    let j = i;
    while (j < tokens.length && tokens[j].start < end) j++;
    return j;
  }
}
