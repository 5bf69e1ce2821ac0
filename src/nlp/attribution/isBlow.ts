import type { Token } from '../../domain/analysis.js';
import type { BlowWords } from './cueLexicon.js';

const NOUNS = new Set(['NOUN', 'PROPN']);
const BEFORE_PLACE = new Set(['to', 'on', 'onto', 'upon', 'in']);

/** A plural read back to the word of the list ("brakes", "hands"). */
function isListed(words: ReadonlySet<string>, t: Token): boolean {
  return words.has(t.normal) || (t.normal.endsWith('s') && words.has(t.normal.slice(0, -1)));
}

/** The first noun within four tokens after `from` ("to the ground", "on the hood of the car"), or null. */
function nounAfter(tokens: readonly Token[], from: number, to: number): Token | null {
  for (let j = from; j < Math.min(to, from + 4); j++) if (NOUNS.has(tokens[j].pos)) return tokens[j];
  return null;
}

const IRREGULAR_PLURALS: Readonly<Record<string, string>> = { people: 'person', men: 'man', women: 'woman', children: 'child' };

/** Whether `t` is a noun of a person of vocab/cues.json "persons" ("driver", "two teenagers", "the detainees"). */
export function isPersonNoun(t: Token, persons: ReadonlySet<string>): boolean {
  if (t.pos !== 'NOUN') return false;
  return persons.has(t.normal) || persons.has(IRREGULAR_PLURALS[t.normal] ?? t.normal.replace(/s$/, ''));
}

const PERSON_PRONOUNS = new Set(['him', 'her', 'them', 'me', 'us']);

/** Whether a person stands after "at" at `at` ("at the detainees", "at them"): the one a blow is aimed at. */
function aimsAtPerson(tokens: readonly Token[], at: number, to: number, persons: ReadonlySet<string>): boolean {
  if (at + 1 < to && PERSON_PRONOUNS.has(tokens[at + 1].normal)) return true;
  const noun = nounAfter(tokens, at + 1, to);
  return noun !== null && isPersonNoun(noun, persons);
}

/**
 * Whether the object of "slammed" or "blasted" (tokens `from` to `objectEnd`) and what follows it
 * name a physical act, not words: a thing or a body part as the object ("slammed the door", "her
 * head against the car"), a direction after it ("slammed him down", "against a wall"), "to" or "on"
 * before a place ("to the ground", "on the hood"), or "with" after an object that is no name
 * ("blasted him with pepper spray"; "blasted Lee with a new ad" stays a report), or "at" and a
 * person after a thing ("blasted songs at the detainees").
 */
export function isBlow(tokens: readonly Token[], from: number, objectEnd: number, to: number, blows: BlowWords, persons: ReadonlySet<string>): boolean {
  if (objectEnd <= from) return false;
  const head = tokens[objectEnd - 1];
  if (NOUNS.has(head.pos) && isListed(blows.things, head)) return true;
  if (objectEnd >= to) return false;
  // "slammed Héctor Robledo, 31, to the floor": an apposition set off after a name.
  const after = head.pos === 'PROPN' ? pastApposition(tokens, objectEnd, to) : objectEnd;
  if (after >= to) return false;
  const next = tokens[after];
  if (blows.directions.has(next.normal)) return true;
  if (next.normal === 'with') return head.pos !== 'PROPN';
  // "blasted music at the detainees": a thing aimed at people, not words about them ("blasted Ruiz at a rally" stays a report).
  if (next.normal === 'at') return head.pos !== 'PROPN' && !PERSON_PRONOUNS.has(head.normal) && !isPersonNoun(head, persons) && aimsAtPerson(tokens, objectEnd, to, persons);
  if (!BEFORE_PLACE.has(next.normal)) return false;
  const place = nounAfter(tokens, after + 1, to);
  return place !== null && isListed(blows.places, place);
}

const MAX_APPOSITION = 6;

/** Past ", 31," or ", a forklift operator," after a name at `at`: where the clause goes on; `at` when no apposition is set off there. */
function pastApposition(tokens: readonly Token[], at: number, to: number): number {
  if (tokens[at]?.text !== ',') return at;
  for (let j = at + 1; j < Math.min(to, at + 1 + MAX_APPOSITION); j++) if (tokens[j].text === ',') return j + 1;
  return at;
}
