import { givenNameGender } from '../../nlp/mentions/givenNameGender.js';
import { loadTitles } from '../../nlp/mentions/loadTitles.js';
import { findFacet } from './facetVocab.js';
import type { FacetMatch } from './matchFacets.js';

// A value set off after a name: "Luis Amaya, 31,".
const AFTER_NAME = /^(\p{Lu}[\p{L}'’-]+), /u;
// The words of the name before its last one: "Ramón " in "Ramón Duarte, 44,", at most two.
const NAME_BEFORE = /(?:^|[^\p{L}'’.-])((?:\p{Lu}[\p{L}'’-]+\s+){1,2})$/u;
// Capitalised words before a surname that are no part of a name: "When Duarte, 17, ran", "In March".
const NOT_NAME = new Set(['The', 'A', 'An', 'When', 'After', 'Before', 'But', 'And', 'As', 'While', 'If', 'Then', 'Also', 'In', 'On', 'At', 'For', 'With', 'Since', 'Because', 'Although', 'Though', 'Meanwhile', 'Later', 'Earlier', 'Today', 'Yesterday', 'Now', 'Once', 'Until', 'Of', 'By', 'To', 'From', 'That', 'This', 'His', 'Her', 'Their', 'Its']);

// The last third-person pronoun before a match in its sentence (back to a stop or a paragraph break).
const LAST_PRONOUN = /\b(he|him|his|she|her)\b(?![^.!?\n]*\b(?:he|him|his|she|her)\b)[^.!?\n]*$/iu;
const PRONOUN_WINDOW = 160;
const POSSESSED_PERSON = /^\s+(?:[\p{Ll}-]+\s+)?(?:husband|wife|son|daughter|brother|sister|father|mother|dad|mom|partner|boyfriend|girlfriend|fiancée?|nephew|niece|cousin|uncle|aunt|grandson|granddaughter|client|friend|neighbou?r|child|stepson|stepdaughter)\b/u;
const NOT_THE_SUBJECT = /\b(?:said|says|told|tells|added|stated|wrote|that|the (?:[\p{L}-]+ )?(?:man|woman|driver|officer|agent|teen|boy|girl|person))\b/u;

/**
 * "He was treated at a hospital and released", answering a question about the officer, where the
 * woman shot is Renee Good: what befell the person a facet is about (`aboutSubject`: hit, wound,
 * record, compliance), told of a "he" or "she" whom the subject's given name says is someone else.
 */
function pronounOfOtherGender(text: string, m: FacetMatch, subject: string): boolean {
  if (!findFacet(m.facet)?.aboutSubject) return false;
  const gender = givenNameGender(subject);
  if (gender === null) return false;
  const found = LAST_PRONOUN.exec(text.slice(Math.max(0, m.start - PRONOUN_WINDOW), m.start));
  if (found === null) return false;
  // Only the clause's own subject: not a speaker ("She said Lucero was struck in the hip") nor one
  // a name or a noun comes after ("he said the man was hit").
  const gap = found[0].slice(found[1].length);
  if (/\p{Lu}/u.test(gap) || NOT_THE_SUBJECT.test(gap)) return false;
  // "her husband was shot twice": a possessive before a person noun; the clause is about that person, not her.
  if (POSSESSED_PERSON.test(gap) && /^(?:his|her)$/iu.test(found[1])) return false;
  const pronoun = found[1].toLowerCase();
  return (pronoun === 'she' || pronoun === 'her') !== (gender === 'female');
}

/**
 * Whether a match tells of someone other than the person force was used on: a value read right after
 * a name that is not the subject's ("Serrano's husband, Luis Amaya, 31,", "His father, Ramón Duarte,
 * 44," for Kevin Duarte), or the conduct of a crowd when the subject is one named person ("rioters …
 * assaulted officers", said of a protest where a pastor was hit). With no subject known, or a value
 * not set after a name ("a 29-year-old woman"), it may be theirs; with no one named, the crowd may be
 * the subject. Nor is a "he" the woman shot (pronounOfOtherGender).
 */
export function namesAnother(text: string, m: FacetMatch, subject: string | null): boolean {
  if (subject === null) return false;
  if (m.byCrowd) return true;
  if (pronounOfOtherGender(text, m, subject)) return true;
  const named = AFTER_NAME.exec(text.slice(m.start, m.end));
  if (named === null) return false;
  const own = subject.split(/\s+/u);
  if (!own.includes(named[1])) return true;
  // The subject's surname, in someone else's full name: a relative's.
  const before = text.slice(Math.max(0, m.start - 80), m.start);
  // An honorific ("Mr Duarte", British style, no stop) is no given name.
  const given = NAME_BEFORE.exec(before)?.[1].trim().split(/\s+/u).filter((w) => !NOT_NAME.has(w) && !loadTitles().isHonorific(w)) ?? [];
  return given.some((w) => !own.includes(w));
}
