import type { OrganizationMention, Token } from '../../domain/analysis.js';
import { loadBodies, type Body } from './loadBodies.js';
import { isCapitalized, tokenIndexAt } from './tokenShape.js';

const MAX_PLACE_WORDS = 3;
const THE = /^the$/i;
const SPACES_ON_LINE = /^[ \t]+$/;

/** The run of one to three capitalised words from token `i` on, adjacent on one line: "North Carolina", "Southern California". */
function capitalRunFrom(text: string, tokens: readonly Token[], i: number): number {
  let k = i;
  while (k < tokens.length && k - i < MAX_PLACE_WORDS && isCapitalized(tokens[k]) && tokens[k].pos !== 'PUNCT' && !THE.test(tokens[k].text)) {
    if (k > i && !SPACES_ON_LINE.test(text.slice(tokens[k - 1].end, tokens[k].start))) break;
    k++;
  }
  return k;
}

/** "ACLU of Texas": the place after "of" when the body has affiliates, as the end of the mention and the place's words. */
function placeAfter(text: string, tokens: readonly Token[], end: number): { end: number; place: string } | null {
  const i = tokenIndexAt(tokens, end);
  if (i < 0 || i + 1 >= tokens.length || tokens[i].text !== 'of' || tokens[i].start - end > 1) return null;
  const stop = capitalRunFrom(text, tokens, i + 1);
  if (stop === i + 1) return null;
  return { end: tokens[stop - 1].end, place: text.slice(tokens[i + 1].start, tokens[stop - 1].end).replace(/\s+/g, ' ') };
}

/** "the North Carolina chapter of the ACLU": the start of the affiliate's place and its words, when the alias at token `i` closes such a phrase. */
function chapterBefore(text: string, tokens: readonly Token[], i: number, chapterNouns: ReadonlySet<string>): { start: number; place: string } | null {
  let k = i - 1;
  if (k >= 0 && THE.test(tokens[k].text)) k--;
  if (k < 1 || tokens[k].text !== 'of') return null;
  const noun = k - 1;
  if (!chapterNouns.has(tokens[noun].text.toLowerCase())) return null;
  let from = noun;
  while (from > 0 && noun - from < MAX_PLACE_WORDS && isCapitalized(tokens[from - 1]) && !THE.test(tokens[from - 1].text) && tokens[from - 1].pos !== 'PUNCT') from--;
  if (from === noun) return null;
  return { start: tokens[from].start, place: text.slice(tokens[from].start, tokens[noun - 1].end).replace(/\s+/g, ' ') };
}

function mention(text: string, start: number, end: number, name: string): OrganizationMention {
  return Object.freeze({ kind: 'organization', start, end, text: text.slice(start, end), name, agencyId: null });
}

/**
 * The civil-society bodies of vocab/bodies.json by any alias ("the ACLU", "Amnesty International"),
 * and their affiliates ("the ACLU of Texas", "the North Carolina chapter of the ACLU"), named
 * "<canonical name> of <place>". They carry no agency: they speak, they use no force.
 */
export function findBodies(text: string, tokens: readonly Token[]): OrganizationMention[] {
  const { matcher, chapterNouns } = loadBodies();
  const out: OrganizationMention[] = [];
  let covered = -1;
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i].start < covered) continue;
    const hit = matcher.longestAt(text, tokens[i].start);
    if (!hit) continue;
    const body: Body = hit.values[0];
    const after = body.chapters ? placeAfter(text, tokens, hit.end) : null;
    const before = body.chapters && !after ? chapterBefore(text, tokens, i, chapterNouns) : null;
    if (after) out.push(mention(text, hit.start, after.end, `${body.name} of ${after.place}`));
    else if (before) out.push(mention(text, before.start, hit.end, `${body.name} of ${before.place}`));
    else out.push(mention(text, hit.start, hit.end, body.name));
    covered = after ? after.end : hit.end;
  }
  return out;
}
