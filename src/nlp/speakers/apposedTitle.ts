import type { Role } from '../../domain/roles.js';
import type { RoleVocab } from './roleVocab.js';
import { loadPlaces } from '../mentions/loadPlaces.js';
import { stateCode } from '../mentions/stateCode.js';
import { splitWords, type Word } from './words.js';

const ARTICLES = new Set(['the', 'a', 'an']);
const SEAT_LINKS = new Set(['in', 'at']);
/** Lower-case words that say where an office sits: "the county sheriff", "a federal prosecutor". */
export const OFFICE_SEATS: ReadonlySet<string> = new Set(['federal', 'state', 'county', 'city', 'local', 'u.s']);
// The seat, or a grade within the same office ("a senior official", "a special agent").
const LEVELS = new Set([...OFFICE_SEATS, 'senior', 'special', 'deputy', 'assistant']);
// "The agent, Kyle Brandt, 34, …", "Minneapolis's mayor, Jacob Frey": an article (or a place's
// possessive), a few words and a title set off by a comma right before the name.
const TITLE_BEFORE = /(?<![\p{L}'’-])((?:[Tt]he|[Aa]n?|\p{Lu}[\p{L}.-]*['’]s)\s+(?:[\p{L}.-]+\s+){0,2}[\p{L}.-]+),\s*$/u;
const LONGEST_TITLE = 4;
const MOST_MODIFIERS = 4;

/** Whether words name a city of the gazetteer or a state: "Minneapolis", "New York", "Ohio". */
function isPlaceName(words: readonly Word[]): boolean {
  if (!words.length || words.length > 3 || !words.every((w) => w.capitalized)) return false;
  const name = words.map((w) => w.text.replace(/['’]s$/u, '')).join(' ');
  return loadPlaces().citiesByName.has(name) || stateCode(name) !== null;
}

/** The role of the longest title of vocab/roles.json that `words` end with ("chief of staff", "vice-president"), and its length. */
function titleAtEnd(words: readonly Word[], vocab: RoleVocab): { readonly role: Role; readonly len: number } | null {
  for (let len = Math.min(LONGEST_TITLE, words.length - 1); len >= 1; len--) {
    const key = words.slice(words.length - len).map((w) => w.norm).join(' ');
    const role = vocab.titleRoles.get(key) ?? (key.includes('-') ? vocab.titleRoles.get(key.replace(/-/g, ' ')) : undefined);
    if (role) return { role, len };
  }
  return null;
}

/**
 * The role of a descriptor that is an article, modifiers and a title of vocab/roles.json ("The
 * agent", "the Border Patrol agent", "a deputy", "the Mexican consul in Nogales", "the mayor of
 * Minneapolis", "Minneapolis's mayor", "the homeland security secretary", "the White House deputy
 * chief of staff"): the title's role; null for anything else ("the former officer", "the chief
 * financial officer", "a man"). A modifier names the body, the seat or the grade of the office:
 * capitalised, a level, or one of vocab/roles.json's officeModifiers ("homeland security").
 */
export function titleRoleOf(all: readonly Word[], vocab: RoleVocab): Role | null {
  // "The Mexican consul in Nogales", "the mayor of Minneapolis": where the office sits, after it, is no part of the title.
  const seat = all.findIndex((w, i) => i >= 2 && ((SEAT_LINKS.has(w.norm) && all.length - i <= 3 && all.slice(i + 1).every((x) => x.capitalized)) || (w.norm === 'of' && isPlaceName(all.slice(i + 1)))));
  const words = seat > 0 && seat < all.length - 1 ? all.slice(0, seat) : all;
  const opens = ARTICLES.has(words[0]?.norm ?? '') || (words[0]?.possessive === true && isPlaceName(words.slice(0, 1)));
  if (words.length < 2 || !opens) return null;
  const title = titleAtEnd(words, vocab);
  if (!title) return null;
  const modifiers = words.slice(1, words.length - title.len);
  // "the department's assistant secretary": the body the story named, in the possessive, is its seat.
  const allowed = (w: Word) => (w.capitalized && !w.possessive) || LEVELS.has(w.norm) || vocab.officeModifiers.has(w.norm) || (w.possessive && vocab.anaphoricOrgNouns.has(w.norm.replace(/['’]s$/u, '')));
  return modifiers.length <= MOST_MODIFIERS && modifiers.every(allowed) ? title.role : null;
}

// A sentence opening on a clause that ends at its first comma: "Asked what she wanted from …", "When …".
// Not "As": "As the district attorney, Vickery said …" is she, speaking in that office.
const OPENING_CLAUSE = /(?:^|[.!?]["”’]?\s+|\n\s*)(?:Asked|When|After|Before|If|Although|Though|While|Because|Since|Until|Once|Unlike|Like)\b[^,.!?\n]*$/u;
// A name and then a verb, not a comma: "…, Pineda paused", where the name is the main clause's subject.
const NAME_THEN_VERB = /^\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3}\s+\p{Ll}/u;

/** The words of a title set off before a name that starts at `start` ("The agent" before "Kyle Brandt"), or null. */
export function apposedTitle(text: string, start: number, vocab: RoleVocab): readonly Word[] | null {
  const from = Math.max(0, start - 40);
  const m = TITLE_BEFORE.exec(text.slice(from, start));
  if (!m) return null;
  const at = from + m.index + m[0].indexOf(m[1]);
  // "Asked what she wanted from the district attorney, Pineda paused": the comma closes the clause the
  // sentence opened on, and the name after it is the subject of the main one, not the title's holder.
  if (OPENING_CLAUSE.test(text.slice(Math.max(0, at - 160), at)) && NAME_THEN_VERB.test(text.slice(start, start + 60))) return null;
  const words = splitWords(text, at, at + m[1].length);
  return titleRoleOf(words, vocab) ? words : null;
}
