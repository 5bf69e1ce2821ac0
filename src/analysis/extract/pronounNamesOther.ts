import { givenNameGender } from '../../nlp/mentions/givenNameGender.js';

const ANY_CAPITAL = /\p{Lu}/u;

// The last third-person pronoun before a match in its sentence (back to a stop or a paragraph break).
const LAST_PRONOUN = /\b(he|him|his|she|her)\b(?![^.!?\n]*\b(?:he|him|his|she|her)\b)[^.!?\n]*$/iu;
const PRONOUN_WINDOW = 160;
const POSSESSED_PERSON = /^\s+(?:[\p{Ll}-]+\s+)?(?:husband|wife|son|daughter|brother|sister|father|mother|dad|mom|partner|boyfriend|girlfriend|fiancée?|nephew|niece|cousin|uncle|aunt|grandson|granddaughter|client|friend|neighbou?r|child|stepson|stepdaughter)\b/u;
const NOT_THE_SUBJECT = /\b(?:said|says|told|tells|added|stated|wrote|that|the (?:[\p{L}-]+ )?(?:man|woman|driver|officer|agent|teen|boy|girl|person))\b/u;

/**
 * Whether the clause ending at `at` is about a "he" or "she" whom `subject`'s given name says is
 * someone else ("He was treated at a hospital", where the woman shot is Renee Good). Only the
 * clause's own subject counts: not a speaker ("She said Lucero was struck in the hip"), nor a
 * possessive before a person noun ("her husband was shot twice"). False when the name says nothing.
 */
export function pronounNamesOther(text: string, at: number, subject: string): boolean {
  const gender = givenNameGender(subject);
  if (gender === null) return false;
  const found = LAST_PRONOUN.exec(text.slice(Math.max(0, at - PRONOUN_WINDOW), at));
  if (found === null) return false;
  // Not one a name or a noun comes after ("he said the man was hit").
  const gap = found[0].slice(found[1].length);
  if (ANY_CAPITAL.test(gap) || NOT_THE_SUBJECT.test(gap)) return false;
  // "her husband was shot twice": a possessive before a person noun; the clause is about that person, not her.
  if (POSSESSED_PERSON.test(gap) && /^(?:his|her)$/iu.test(found[1])) return false;
  const pronoun = found[1].toLowerCase();
  return (pronoun === 'she' || pronoun === 'her') !== (gender === 'female');
}
