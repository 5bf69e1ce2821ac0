import type { TokenRange } from './attributionContext.js';
import type { Token } from '../../domain/analysis.js';

const MAX_NAME_TOKENS = 6;
const NAME_JOINERS = new Set(['.', '’', "'", '&', 'and']);
const DASHES = new Set(['-', '–', '—', '--']);
/** Labels that open a line before a quotation without naming a speaker. */
const LABELS = new Set(['update', 'correction', 'note', 'editor', 'watch', 'read', 'video', 'photo', 'photos', 'related', 'source', 'title', 'breaking', 'exclusive', 'listen', 'quote', 'claim', 'claims', 'statement', 'verdict', 'ruling', 'rating', 'myth', 'fact']);

/**
 * `Pew Research: “All the samples …”`, `More from Jones: “…”`: a name of proper nouns (joined by
 * "and", "&", an abbreviation's dot) right before the colon at `colon` that introduces a quotation.
 * The name opens its sentence (at `floor`), or follows a dash or "More from" (not "was from Mexico:"),
 * or a title opening the sentence ("ICE spokesman Luis Ortiz:") stands before a name of two words or more.
 * Returns the name's range, or null. The rules alone (findDirectQuotes).
 */
export function findNameColonSpeaker(tokens: readonly Token[], floor: number, colon: number, isCueForm: (normal: string) => boolean = () => false): TokenRange | null {
  // "— U.S. Rep. Veronica Escobar, a Democrat: “…”": a short appositive between the name and the colon.
  const comma = apposedBefore(tokens, floor, colon);
  if (comma !== null) {
    const named = findNameColonSpeaker(tokens, floor, comma, isCueForm);
    return named ? { from: named.from, to: colon } : null;
  }
  let from = colon;
  // "Renata Caldwell-Moss:": a hyphen touching the name's parts joins them; it is no dash opening the name.
  const hyphenAt = (k: number) => tokens[k].text === '-' && k > floor && tokens[k - 1].end === tokens[k].start && tokens[k].end === tokens[k + 1]?.start;
  while (from - 1 >= floor && colon - (from - 1) <= MAX_NAME_TOKENS && (tokens[from - 1].pos === 'PROPN' || NAME_JOINERS.has(tokens[from - 1].normal) || hyphenAt(from - 1))) from--;
  while (from < colon && NAME_JOINERS.has(tokens[from].normal)) from++;
  if (from >= colon || tokens[colon - 1].pos !== 'PROPN') return null;
  const words = tokens.slice(from, colon).filter((t) => !NAME_JOINERS.has(t.normal));
  if (words.some((t) => LABELS.has(t.normal)) || (words.length === 1 && words[0].text.length < 2)) return null;
  const before = tokens[from - 1];
  const opens = from === floor || DASHES.has(before.text) || (before.normal === 'from' && tokens[from - 2]?.normal === 'more');
  if (opens) return { from, to: colon };
  // "The following statement may be attributed to Assistant Secretary for Public Affairs Renata Caldwell-Moss:": the
  // name and its title after "attributed to".
  const attributed = attributedTo(tokens, floor, from);
  if (attributed >= 0 && words.length >= 2) return { from: attributed, to: colon };
  // `ICE spokesman Luis Ortiz: “…”`: a title of nouns and adjectives between the sentence's start and
  // a name of two words or more (not `The bottom line: “…”`, which names no one).
  let title = from;
  // Not `Frank quotes former Carter adviser Alfred Kahn:`: a verb the tagger read as a noun (a verb of
  // saying, a form in -s) is no title, which is singular.
  while (title - 1 >= floor && from - (title - 1) <= MAX_TITLE_TOKENS && isTitlePart(tokens[title - 1], isCueForm)) title--;
  if (title > floor && tokens[floor].pos === 'DET' && title === floor + 1) title = floor;
  return title === floor && words.length >= 2 && words.every((t) => t.pos === 'PROPN') ? { from: floor, to: colon } : null;
}

// Words of a title between "attributed to" and the name: "Assistant Secretary for Public Affairs".
const TITLE_LINKS = new Set(['for', 'of', 'and']);
const MAX_ATTRIBUTED_TITLE = 8;
const CAPITAL = /^\p{Lu}/u;

/** Where the title after "attributed to" starts, when only title words stand between it and the name at `from`; -1 otherwise. */
function attributedTo(tokens: readonly Token[], floor: number, from: number): number {
  let k = from;
  while (k - 1 > floor + 1 && from - k < MAX_ATTRIBUTED_TITLE && (tokens[k - 1].pos === 'PROPN' || (tokens[k - 1].pos === 'NOUN' && CAPITAL.test(tokens[k - 1].text)) || TITLE_LINKS.has(tokens[k - 1].normal))) k--;
  return tokens[k - 1]?.normal === 'to' && tokens[k - 2]?.normal === 'attributed' ? k : -1;
}

const APPOSITIVE_OPENERS = new Set(['a', 'an', 'the']);
const APPOSITIVE_PARTS = new Set(['NOUN', 'ADJ', 'PROPN']);

/** The comma before ", a Democrat" or ", the mayor" (an article and one to three nouns or adjectives) closing at `colon`; null otherwise. */
function apposedBefore(tokens: readonly Token[], floor: number, colon: number): number | null {
  for (let c = colon - 2; c >= Math.max(floor + 1, colon - 5); c--) {
    if (tokens[c].text !== ',') continue;
    if (!APPOSITIVE_OPENERS.has(tokens[c + 1].normal) || c + 2 >= colon) return null;
    return tokens.slice(c + 2, colon).every((t) => APPOSITIVE_PARTS.has(t.pos)) && tokens[c - 1].pos === 'PROPN' ? c : null;
  }
  return null;
}

const MAX_TITLE_TOKENS = 5;
const TITLE_PARTS = new Set(['NOUN', 'PROPN', 'ADJ']);

function isTitlePart(t: Token, isCueForm: (normal: string) => boolean): boolean {
  return TITLE_PARTS.has(t.pos) && !isCueForm(t.normal) && !(t.pos === 'NOUN' && /[^s]s$/.test(t.normal));
}
