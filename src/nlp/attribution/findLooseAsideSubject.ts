import type { Token } from '../../domain/analysis.js';
import { isNounLike, isNpToken, isSpacedDash } from './isNpToken.js';
import { finishRange } from './scanNounPhraseBack.js';
import { MAX_SOURCE_TOKENS, type SourceResult } from './sourceResult.js';
import { DAY_WORDS } from './dayWords.js';

const CAPITAL_START = /^\p{Lu}/u;

/** Words that make an opening noun phrase a time, not a speaker ("Last year, …"). */
const TIME_WORDS = new Set([
  'week', 'month', 'year', 'night', 'weekend', 'morning', 'evening', 'afternoon', 'day', 'days', 'weeks', 'months', 'years',
  ...DAY_WORDS,
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
]);
/** What opens an appositive (a second name for the subject, which PolNeAR keeps in the source) rather than an aside. */
const APPOSITIVE_POS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);
/** What opens a verb's object right after it ("needed 32 stitches", "hit the car"). */
const OBJECT_OPENERS = new Set(['DET', 'NUM', 'NOUN', 'PROPN', 'PRON']);

/**
 * "Ana Ruiz, also campaigning in Ohio, said", "Tom Hale, then 38, said", "Sen. Lee Gray, R-Wis.,
 * said", "Ana Ruiz, a nurse supporting the union, said": when neither the appositive nor the aside
 * scan reads what stands between the subject's comma and the cue's (`comma`), the subject is still
 * the noun phrase that opens the clause (at `floor`, no time phrase) if the stretch between the two
 * commas holds no finite verb, quotation mark or semicolon. An appositive (a determiner, noun,
 * adjective or number first) stays in the source, as PolNeAR has it; any other aside stays out.
 * Inside the stretch a title in quotation marks after its first word may hold verbs ("Tom Hale,
 * the author of “Who Built the Docks” and two other books, said"). The rules alone (findSourceBefore).
 * With `tagAfter` (the cue is an inverted tag, its speaker after it: namesSpeakerAfter) a verb in -ed
 * after an inner comma is the clause's predicate, with or without an object.
 */
export function findLooseAsideSubject(tokens: readonly Token[], comma: number, floor: number, tagAfter = false): SourceResult | null {
  let c1 = floor;
  while (c1 < comma && tokens[c1].text !== ',') c1++;
  if (c1 >= comma - 1 || c1 === floor || comma - floor > MAX_SOURCE_TOKENS) return null;
  for (let j = floor; j < c1; j++) if (!isNpToken(tokens, j) || TIME_WORDS.has(tokens[j].normal)) return null;
  const head = tokens[c1 - 1];
  if (!isNounLike(head) || head.pos === 'NUM') return null;
  let quoted = false;
  for (let j = c1 + 1; j < comma; j++) {
    const t = tokens[j];
    if (j > c1 + 1 && /^["“”]$/.test(t.text)) {
      quoted = !quoted;
      continue;
    }
    if (quoted && (t.pos === 'AUX' || t.pos === 'VERB')) continue;
    // "The man, Héctor Lozano, 40, needed 32 stitches, said": a verb opening the words after an inner
    // comma, before its object, is the clause's predicate (an inverted tag's content), not an aside's.
    // With a speaker named after the cue, one with no object too ("The man, 40, died at the scene, said Ana Ruiz").
    if (j > c1 + 1 && tokens[j - 1].text === ',' && t.pos === 'VERB' && /ed$/.test(t.normal) && (tagAfter || OBJECT_OPENERS.has(tokens[j + 1]?.pos ?? ''))) return null;
    if (t.pos === 'AUX' || /^["“”;]$/.test(t.text) || t.text === "''" || (t.pos === 'VERB' && tokens[j - 1].normal !== 'to' && !/(?:ing|ed|en)$/.test(t.normal) && !CAPITAL_START.test(t.text))) return null;
  }
  if (quoted) return null;
  const subject = finishRange(tokens, floor, c1);
  if (subject.kind !== 'source' || subject.range.from !== floor) return null;
  const appositive = APPOSITIVE_POS.has(tokens[c1 + 1].pos);
  return appositive ? { kind: 'source', range: { from: floor, to: comma } } : subject;
}

const DASHES = new Set(['—', '–', '--']);
const MAX_DASH_ASIDE_TOKENS = 25;

/**
 * "Ana Ruiz — after a long pause — told reporters …", "Tom Hale — who is listed as a lawyer but does
 * not practise — said …": an aside between two dashes (`dash` is the closing one, right before the
 * cue group) after the noun phrase that opens the clause; the aside may hold a clause of its own,
 * not a quotation or a semicolon. The subject alone is the source, as PolNeAR has it. The rules alone.
 */
export function findDashAsideSubject(tokens: readonly Token[], dash: number, floor: number): SourceResult | null {
  const isDash = (k: number): boolean => DASHES.has(tokens[k].text) || isSpacedDash(tokens, k);
  if (!isDash(dash)) return null;
  // "On Tuesday, Joyce — who … — told": the subject may follow a short opening phrase.
  const start = openingPhraseEnd(tokens, floor, dash) ?? floor;
  let d1 = start;
  while (d1 < dash && !isDash(d1)) d1++;
  if (d1 >= dash - 1 || d1 === start || dash - d1 > MAX_DASH_ASIDE_TOKENS || d1 - start > MAX_SOURCE_TOKENS) return null;
  for (let j = start; j < d1; j++) if (!isNpToken(tokens, j) || TIME_WORDS.has(tokens[j].normal)) return null;
  for (let j = d1 + 1; j < dash; j++) if (/^["“”;.!?]$/.test(tokens[j].text) || tokens[j].text === "''") return null;
  const head = tokens[d1 - 1];
  if (!isNounLike(head) || head.pos === 'NUM') return null;
  const subject = finishRange(tokens, start, d1);
  return subject.kind === 'source' && subject.range.from === start ? subject : null;
}

/** After a short phrase with no verb and its comma at the clause start ("On Tuesday,"), the token after the comma; else null. */
function openingPhraseEnd(tokens: readonly Token[], floor: number, to: number): number | null {
  if (tokens[floor]?.pos !== 'ADP') return null;
  for (let j = floor + 1; j < Math.min(to, floor + 8); j++) {
    const t = tokens[j];
    if (t.text === ',') return j + 1;
    if (t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'PUNCT') return null;
  }
  return null;
}

const CUE_GROUP_POS = new Set(['VERB', 'AUX', 'ADV', 'PART']);
const TAG_ENDS = new Set(['.', '!', '?']);
const POSSESSIVES = new Set(['his', 'her', 'their', 'its', 'our', 'my']);
const MAX_TAG_TOKENS = 16;

/**
 * Whether the cue group from `k` is an inverted tag that closes its sentence: a noun phrase opened by
 * a name or a determiner right after it, then no verb before the sentence's end, but in a relative
 * after a comma ("said Ana Ruiz, a neighbor.", "said his mother, who asked not to be named.").
 */
export function namesSpeakerAfter(tokens: readonly Token[], k: number): boolean {
  let j = k + 1;
  while (j < tokens.length && CUE_GROUP_POS.has(tokens[j].pos)) j++;
  if (tokens[j]?.pos !== 'PROPN' && tokens[j]?.pos !== 'DET' && !POSSESSIVES.has(tokens[j]?.normal ?? '')) return false;
  for (let n = j; n < Math.min(tokens.length, j + MAX_TAG_TOKENS); n++) {
    const t = tokens[n];
    if (TAG_ENDS.has(t.text)) return true;
    if (t.text === ',' && /^(?:who|whose)$/.test(tokens[n + 1]?.normal ?? '')) return true;
    if (t.pos === 'VERB' || t.pos === 'AUX' || /^["“”;:]$/.test(t.text)) return false;
  }
  return false;
}
