import { loadTitles } from '../../nlp/mentions/loadTitles.js';
import { findFacet } from './facetVocab.js';
import type { FacetMatch } from './matchFacets.js';
import { pronounNamesOther } from './pronounNamesOther.js';

// A value set off after a name: "Luis Amaya, 31,".
const AFTER_NAME = /^(\p{Lu}[\p{L}'’-]+), /u;
// The words of the name before its last one: "Ramón " in "Ramón Duarte, 44,", at most two.
const NAME_BEFORE = /(?:^|[^\p{L}'’.-])((?:\p{Lu}[\p{L}'’-]+\s+){1,2})$/u;
// Capitalised words before a surname that are no part of a name: "When Duarte, 17, ran", "In March".
const NOT_NAME = new Set(['The', 'A', 'An', 'When', 'After', 'Before', 'But', 'And', 'As', 'While', 'If', 'Then', 'Also', 'In', 'On', 'At', 'For', 'With', 'Since', 'Because', 'Although', 'Though', 'Meanwhile', 'Later', 'Earlier', 'Today', 'Yesterday', 'Now', 'Once', 'Until', 'Of', 'By', 'To', 'From', 'That', 'This', 'His', 'Her', 'Their', 'Its']);

/**
 * "He was treated at a hospital and released", answering a question about the officer, where the
 * woman shot is Renee Good: what befell the person a facet is about (`aboutSubject`: hit, wound,
 * record, compliance), told of a "he" or "she" whom the subject's given name says is someone else.
 */
function pronounOfOtherGender(text: string, m: FacetMatch, subject: string): boolean {
  return findFacet(m.facet)?.aboutSubject === true && pronounNamesOther(text, m.start, subject);
}

// The clause's subject right before a match: a name (or its last word), an adverb or two, a quotation mark.
const NAME_ACTS = /(?:^|[,;:(—–]\s*|\b(?:and|but|that|when|as|while|before|after|because|then|said|says)\s+)((?:\p{Lu}[\p{L}'’-]+\s+){0,2}\p{Lu}[\p{L}'’-]+)\s+(?:(?:had|has|was|then|also|allegedly|reportedly|\p{Ll}+ly)\s+){0,2}["“]?$/u;

/**
 * "The officer fired after Porter “pointed a rifle at him”", of Keith Porter: the officers' conduct a
 * match tells is the subject's own act when the subject's name stands right before it as its subject.
 */
function subjectActs(text: string, m: FacetMatch, subject: string): boolean {
  if (findFacet(m.facet)?.conductOf !== 'officers') return false;
  const named = NAME_ACTS.exec(text.slice(Math.max(0, m.start - 80), m.start).split(/[.;!?]/u).pop() ?? '');
  if (named === null) return false;
  const own = subject.split(/\s+/u);
  return named[1].split(/\s+/u).every((w) => own.includes(w));
}

// Where a sentence ends: its mark (a closing quotation mark may follow) and a space, or a paragraph break.
const SENTENCE_BREAK = /[.;!?]["”’)]?\s|\n\s*\n/u;

// A name opening the sentence as its subject, an age set off after it: "Ross, 43, suffered injuries to his arm";
// past a short opening phrase ("Outside the gate, Deacon Raymond Oyelaran, 67, who had come to pray, was struck").
const NAME_OPENS = /^\s*(?:[^,]{1,40},\s*)?((?:\p{Lu}[\p{L}'’-]+\s+){0,3}\p{Lu}[\p{L}'’-]+),\s*\d{1,3},\s+\p{Ll}/u;

/**
 * "Ross, 43, suffered injuries to his arm and leg in the June incident", of the officer, where the
 * woman shot is Renata Goodwin: what befell the person a facet is about (`aboutSubject`), told in a
 * sentence whose subject is someone else named at its start.
 */
function anotherOpensClause(text: string, m: FacetMatch, subject: string): boolean {
  if (findFacet(m.facet)?.aboutSubject !== true) return false;
  const sentence = text.slice(Math.max(0, m.start - 160), m.end).split(SENTENCE_BREAK).pop() ?? '';
  const named = NAME_OPENS.exec(sentence);
  if (named === null || NOT_NAME.has(named[1].split(/\s+/u)[0])) return false;
  const own = subject.toLowerCase().split(/\s+/u);
  return !named[1].toLowerCase().split(/\s+/u).some((w) => own.includes(w));
}

// A question about an officer opening the sentence: "Asked whether the officer was hurt,".
const ASKED_OF_OFFICER = /\b[Aa]sked\s+(?:whether|if|about|how)\s+(?:the|an?|any|either)\s+(?:[\p{L}-]+\s+){0,2}(?:officers?|agents?|deput(?:y|ies)|troopers?)\b/u;

/**
 * "Asked whether the officer was hurt, the spokesperson said he had been “treated and released” for
 * injuries to his leg", "struck an officer, who was treated and released for injuries to his leg":
 * what befell the person a facet is about (`aboutSubject`), told in the answer to a question about an
 * officer or in a relative about one, is the officer's.
 */
function answersOfOfficer(text: string, m: FacetMatch): boolean {
  if (findFacet(m.facet)?.aboutSubject !== true) return false;
  const sentence = text.slice(Math.max(0, m.start - 200), m.start).split(SENTENCE_BREAK).pop() ?? '';
  return ASKED_OF_OFFICER.test(sentence) || OFFICER_WHO.test(sentence);
}

// "… and struck an officer, who was treated and released for injuries to his leg": a relative about an officer, right up to the match.
const OFFICER_WHO = /\b(?:officers?|agents?|deput(?:y|ies)|troopers?),\s+who\s+(?:was|were|had been|has been)\b[^.;!?]{0,80}$/u;

// "One of them, a 34-year-old Honduran man, had been previously deported": one of a group, brought in anew.
const ONE_OF_OTHERS = /^\W*(?:one|another|a second|a third) of (?:them|those|the [\p{L}-]+)\s*,\s*an?\s/iu;

/**
 * "One of them, a 34-year-old Honduran man, had been previously deported three times", in a story of
 * a man named: what a fact about a person tells (`aboutSubject` or `notOfKin`: age, status, record)
 * of one of a group brought in anew is that one's.
 */
function oneOfOthers(text: string, m: FacetMatch): boolean {
  const facet = findFacet(m.facet);
  if (facet?.aboutSubject !== true && facet?.notOfKin !== true) return false;
  const sentence = text.slice(Math.max(0, m.start - 200), m.start).split(SENTENCE_BREAK).pop() ?? '';
  return ONE_OF_OTHERS.test(sentence);
}

// "Teresa Kowalczyk, the 58-year-old retired school bus driver": a description set off after a name, up to the match.
const SET_OFF_AFTER_NAME = /(\p{Lu}[\p{L}'’-]+),\s+(?:the|an?)\s+$/u;

/**
 * "Teresa Kowalczyk, the 58-year-old retired school bus driver", where the man shot is Marco Villeda:
 * what a fact about a person tells (`aboutSubject` or `notOfKin`), in a description set off after
 * someone else's name, is theirs.
 */
function describesAnotherNamed(text: string, m: FacetMatch, subject: string): boolean {
  const facet = findFacet(m.facet);
  if (facet?.aboutSubject !== true && facet?.notOfKin !== true) return false;
  const named = SET_OFF_AFTER_NAME.exec(text.slice(Math.max(0, m.start - 40), m.start));
  if (named === null || NOT_NAME.has(named[1])) return false;
  // "Ortiz, the 31-year-old" of José Ortiz-Luna: a part of a hyphenated surname is still the subject's.
  const own = new Set(subject.split(/[\s-]+/u));
  return !named[1].split('-').every((w) => own.has(w));
}

// "to drop off her 4-year-old at a day care": an age after a possessive, standing for a child, no noun after it.
const POSSESSED_BEFORE = /\b(?:his|her|their|my|our|your)\s+$/iu;
const NO_NOUN_AFTER = /^\s*(?:[.,;:!?)]|(?:at|to|in|on|from|for|with|and|or|who|was|is|had|has|when|while|off|home)\b)/u;

/** "her 4-year-old at a day care": an age that stands for someone's child is not the subject's. */
function agedChild(text: string, m: FacetMatch): boolean {
  return findFacet(m.facet)?.notOfKin === true && POSSESSED_BEFORE.test(text.slice(Math.max(0, m.start - 8), m.start)) && NO_NOUN_AFTER.test(text.slice(m.end, m.end + 8));
}

// "The passenger in the truck, a 27-year-old man,", "the 16-year-old passenger": one who was with the
// subject or saw it, by the noun the story calls them, with an age.
const OTHER_PARTY = String.raw`(?:passenger|passengers|occupant|occupants|relative|bystander|witness|neighbou?r|friend|co-?worker|companion|girlfriend|boyfriend|roommate|cousin|officer|agent|deputy|trooper)`;
const PARTY_SET_OFF_BEFORE = new RegExp(String.raw`\b(?:the|an?|another|other)\s+(?:[\p{L}-]+\s+)?${OTHER_PARTY}\b(?:\s+(?:in|on|at|of|from|with)\s+[^,;.]{1,40})?,\s+(?:the|an?)\s+$`, 'iu');
const PARTY_AFTER = new RegExp(String.raw`^\s+(?:[\p{L}-]+\s+)?${OTHER_PARTY}\b`, 'iu');
// "filmed from across the street by a": the age of whoever recorded or posted it, up to the match.
const RECORDED_BY_BEFORE = /\b(?:filmed|recorded|captured|taken|posted|shared|uploaded|streamed|photographed)\b[^.;!?]{0,60}\bby\s+an?\s+$/iu;
// What befalls the one force is used on: the party is the one shot, whose age it is.
const PLIGHT = /\b(?:shot|wounded|killed|struck|hit|injured|tased|died|dead)\b/iu;

/**
 * "The passenger in the truck, a 27-year-old man, was not hurt", "the 16-year-old passenger
 * told officers": an age (`notOfKin`) of one who was with the subject, saw it or stood for the
 * officers, in a sentence that tells nothing befell them, is theirs; so is the age of one who
 * recorded or posted something ("filmed … by a 22-year-old nursing student").
 */
function agedOtherParty(text: string, m: FacetMatch): boolean {
  if (findFacet(m.facet)?.notOfKin !== true) return false;
  const before = text.slice(Math.max(0, m.start - 80), m.start);
  // "the clip, filmed from across the street by a 22-year-old nursing student": the one who recorded it.
  if (RECORDED_BY_BEFORE.test(before)) return true;
  const set = PARTY_SET_OFF_BEFORE.test(before);
  // "the 16-year-old passenger": the noun right after the age; not "Yesenia Carrillo, 19, a passenger", whose name says whose.
  if (!set && !(/year-old$/u.test(text.slice(m.start, m.end)) && PARTY_AFTER.test(text.slice(m.end, m.end + 30)))) return false;
  const opening = before.split(SENTENCE_BREAK).pop() ?? '';
  const rest = text.slice(m.end).split(SENTENCE_BREAK)[0] ?? '';
  return !PLIGHT.test(opening) && !PLIGHT.test(rest);
}

// "41-year-old Julio Paz": an age right before a name of two or more capitalised words.
const NAME_AFTER_AGE = /^\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)+)/u;

/** "a second man who was detained at the scene, 41-year-old Julio Paz," of Tomás Araujo Villalba: an age set before a name none of whose words are the subject's is that person's. */
function agedBeforeAnotherName(text: string, m: FacetMatch, subject: string): boolean {
  if (findFacet(m.facet)?.personField !== 'age' || !/year-old$/u.test(text.slice(m.start, m.end))) return false;
  const name = NAME_AFTER_AGE.exec(text.slice(m.end, m.end + 80));
  if (name === null) return false;
  const own = new Set(subject.split(/[\s-]+/u));
  return name[1].split(/[\s-]+/u).every((w) => !own.has(w));
}

/**
 * Whether a match tells of someone other than the person force was used on: a value read right after
 * a name that is not the subject's ("Serrano's husband, Luis Amaya, 31,", "His father, Ramón Duarte,
 * 44," for Kevin Duarte), or the conduct of a crowd when the subject is one named person ("rioters …
 * assaulted officers", said of a protest where a pastor was hit). With no subject known, or a value
 * not set after a name ("a 29-year-old woman"), it may be theirs; with no one named, the crowd may be
 * the subject. Nor is a "he" the woman shot (pronounOfOtherGender); nor are the officers' acts the
 * subject's own (subjectActs).
 */
export function namesAnother(text: string, m: FacetMatch, subject: string | null): boolean {
  if (answersOfOfficer(text, m)) return true;
  if (agedChild(text, m)) return true;
  if (agedOtherParty(text, m)) return true;
  if (subject === null) return false;
  if (describesAnotherNamed(text, m, subject)) return true;
  if (oneOfOthers(text, m)) return true;
  if (m.byCrowd) return true;
  if (pronounOfOtherGender(text, m, subject)) return true;
  if (subjectActs(text, m, subject)) return true;
  if (anotherOpensClause(text, m, subject)) return true;
  if (agedBeforeAnotherName(text, m, subject)) return true;
  const named = AFTER_NAME.exec(text.slice(m.start, m.end));
  if (named === null) return false;
  // "Mateo Ibarra, 23," of Mateo Ibarra-Quintanilla: a hyphenated surname shortened to its first part is still his.
  const own = [...subject.split(/\s+/u), ...subject.split(/[\s-]+/u)];
  if (!own.includes(named[1])) return true;
  // The subject's surname, in someone else's full name: a relative's.
  const before = text.slice(Math.max(0, m.start - 80), m.start);
  // An honorific ("Mr Duarte", British style, no stop) is no given name.
  const given = NAME_BEFORE.exec(before)?.[1].trim().split(/\s+/u).filter((w) => !NOT_NAME.has(w) && !loadTitles().isHonorific(w)) ?? [];
  return given.some((w) => !own.includes(w));
}
