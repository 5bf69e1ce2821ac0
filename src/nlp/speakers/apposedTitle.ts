import type { Role } from '../../domain/roles.js';
import type { RoleVocab } from './roleVocab.js';
import { splitWords, type Word } from './words.js';

const ARTICLES = new Set(['the', 'a', 'an']);
const SEAT_LINKS = new Set(['in', 'at']);
/** Lower-case words that say where an office sits: "the county sheriff", "a federal prosecutor". */
export const OFFICE_SEATS: ReadonlySet<string> = new Set(['federal', 'state', 'county', 'city', 'local', 'u.s']);
// The seat, or a grade within the same office ("a senior official", "a special agent").
const LEVELS = new Set([...OFFICE_SEATS, 'senior', 'special', 'deputy', 'assistant']);
// "The agent, Kyle Brandt, 34, …": an article, a few words and a title set off by a comma right before the name.
const TITLE_BEFORE = /(?<![\p{L}'’-])((?:[Tt]he|[Aa]n?)\s+(?:[\p{L}.-]+\s+){0,2}[\p{L}.-]+),\s*$/u;

/**
 * The role of a descriptor that is an article, at most two modifiers and a title of vocab/roles.json
 * ("The agent", "the Border Patrol agent", "a deputy", "the Mexican consul in Nogales"): the title's
 * role; null for anything else ("the former officer", "the chief financial officer", "a man").
 */
export function titleRoleOf(all: readonly Word[], vocab: RoleVocab): Role | null {
  // "The Mexican consul in Nogales": where the office sits, after it, is no part of the title.
  const seat = all.findIndex((w, i) => i >= 2 && SEAT_LINKS.has(w.norm) && all.length - i <= 3 && all.slice(i + 1).every((x) => x.capitalized));
  const words = seat > 0 && seat < all.length - 1 ? all.slice(0, seat) : all;
  if (words.length < 2 || words.length > 4 || !ARTICLES.has(words[0].norm)) return null;
  // A modifier names the body or the level of the office ("the Border Patrol agent", "a federal
  // prosecutor"); others make it another title ("the chief financial officer", "a longtime JNF official").
  // A title of two words ("a council member") has its modifiers before both.
  const pair = words.length >= 3 ? vocab.titleRoles.get(`${words[words.length - 2].norm} ${words[words.length - 1].norm}`) : undefined;
  if (!words.slice(1, pair === undefined ? -1 : -2).every((w) => (w.capitalized && !w.possessive) || LEVELS.has(w.norm))) return null;
  return pair ?? vocab.titleRoles.get(words[words.length - 1].norm) ?? null;
}

/** The words of a title set off before a name that starts at `start` ("The agent" before "Kyle Brandt"), or null. */
export function apposedTitle(text: string, start: number, vocab: RoleVocab): readonly Word[] | null {
  const from = Math.max(0, start - 40);
  const m = TITLE_BEFORE.exec(text.slice(from, start));
  if (!m) return null;
  const at = from + m.index + m[0].indexOf(m[1]);
  const words = splitWords(text, at, at + m[1].length);
  return titleRoleOf(words, vocab) ? words : null;
}
