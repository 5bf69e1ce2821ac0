import type { Entity } from './entity.js';
import { isBodyTail, readNamedBody } from './readNamedBody.js';
import type { SpeakerContext } from './speakerContext.js';
import type { Word } from './words.js';

const INITIALS = /^\p{Lu}{3,6}$/u;
const SPACE_ONLY = /^[ \t]*$/u;

/** The initials of the capitalised words of a name: "American Civil Liberties Union" → "ACLU". */
function initialsOf(words: readonly Word[]): string {
  return words
    .filter((w) => w.capitalized && w.norm !== 'the')
    .map((w) => w.text[0])
    .join('');
}

/**
 * "The American Civil Liberties Union sued … the ACLU said", "the ACLU of Texas said": initials that
 * stand for exactly one body named in full before them (a name ending on a body's word, as
 * readNamedBody reads it) speak for that body, under its full name. Agencies' initials are known
 * from the vocabulary; these are the bodies no vocabulary lists. Null when no such body, or more than
 * one, fits the initials.
 */
export function readBodyInitials(ctx: SpeakerContext, source: readonly Word[]): Entity | null {
  const own = source[0]?.norm === 'the' ? source.slice(1) : source;
  if (!own.length || !INITIALS.test(own[0].text)) return null;
  // "the ACLU of Texas": a place after the initials, as the full name would carry it.
  const rest = own.slice(1);
  if (rest.length && (rest[0].norm !== 'of' || rest.length < 2 || !rest.slice(1).every((w) => w.capitalized))) return null;
  const acronym = own[0].text;
  const words = ctx.words;
  const found = new Map<string, Entity>();
  for (let i = 0; i < words.length && words[i].end <= own[0].start; i++) {
    if (!isBodyTail(words[i].norm) || !words[i].capitalized) continue;
    // The run of capitalised words, on one line, that ends on the body's word.
    let from = i;
    while (from > 0 && words[from - 1].capitalized && !words[from - 1].possessive && SPACE_ONLY.test(ctx.text.slice(words[from - 1].end, words[from].start))) from--;
    for (let k = from; k < i; k++) {
      const name = words.slice(k, i + 1);
      if (initialsOf(name) !== acronym) continue;
      const body = readNamedBody(rest.length ? [...name, ...rest] : name, ctx.vocab);
      if (body) found.set(body.key, body);
    }
  }
  return found.size === 1 ? [...found.values()][0] : null;
}
