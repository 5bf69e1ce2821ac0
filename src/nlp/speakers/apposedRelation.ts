import type { RoleVocab } from './roleVocab.js';
import { splitWords, type Word } from './words.js';

// "His mother, Rosa Molina, spoke to the crowd.", "was Trump's eldest daughter, Ivanka Trump", "The
// driver's mother, Rosa Garza, said", "Xiloj Tzul's father, Santos Xiloj Batz,": a possessive (a name of two words
// too) and a relation noun set off by a comma right before the name.
const APPOSED_RELATION = /(?<![\p{L}'’-])((?:[Hh]is|[Hh]er|[Tt]heir|(?:(?!(?:In|On|At|The|A|An|And|But|As|By|For|From|With|After|Before|When|Later|Then|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s)\p{Lu}[\p{L}'’-]*\s+)?\p{Lu}[\p{L}'’-]*['’]s?|[Tt]he\s+(?:[\p{L}\d-]+\s+)?[\p{L}\d-]+['’]s)\s+(?:[\p{L}-]+\s+)?[\p{L}-]+),\s*$/u;
// "Another witness, Emily Heller, 29, said", "A bystander, Ana Ruiz": one of those who saw it, set off before the name.
const APPOSED_WITNESS = /(?<![\p{L}'’-])((?:[Aa]n?|[Aa]nother|[Oo]ne|[Aa]\s+(?:second|third))\s+(?:[\p{L}-]+\s+)?[\p{L}-]+),\s*$/u;
// "A neighbor who was filming the arrest, Terrence Oyelaran, 44, said": one who saw it, a clause of theirs between.
const APPOSED_WITNESS_WHO = /(?<![\p{L}'’-])((?:[Aa]n?|[Aa]nother|[Oo]ne)\s+(?:[\p{L}-]+\s+)?[\p{L}-]+)\s+who\s+[^,;.:"“”]{1,70},\s*$/u;
// "His father, Duncan Hunter Sr.": the suffix names another man than a plain "Duncan Hunter".
const GENERATION_AFTER = /^,?\s*(?:Sr|Jr)\b|^\s+(?:II|III|IV)\b/u;

const SPACE = /\s/u;
const PREPOSITION_BEFORE = /(?:^|\s)(?:by|from|with|to|for|through|about|of)\s+$/u;
// A lower-case word right after the name, no comma: the name is the subject of its verb.
const VERB_AFTER = /^\s+\p{Ll}/u;

/** Whether text[from, start) ends with a comma and nothing but spaces after it (`,\s*$`). */
function isCommaBefore(text: string, from: number, start: number): boolean {
  let k = start - 1;
  while (k >= from && SPACE.test(text[k])) k--;
  return k >= from && text.charCodeAt(k) === COMMA;
}

const COMMA = 44;

/**
 * The words of a relation set off before a name that starts at `start` and ends at `end` ("His
 * mother" before "Rosa Molina"), when they end in a relation noun of vocab/roles.json; null otherwise,
 * and null before a name with a generational suffix, which may be another person of the same name.
 */
export function apposedRelation(text: string, start: number, end: number, vocab: RoleVocab): readonly Word[] | null {
  if (GENERATION_AFTER.test(text.slice(end, end + 6))) return null;
  const from = Math.max(0, start - 50);
  // APPOSED_RELATION ends with a comma and spaces right before the name: without them it cannot
  // match, and most names have none (its unanchored start made it try every position before).
  if (!isCommaBefore(text, from, start)) return null;
  const before = text.slice(from, start);
  const m = APPOSED_RELATION.exec(before);
  let witness = m ? null : APPOSED_WITNESS.exec(before);
  let base = from;
  if (!m && !witness) {
    base = Math.max(0, start - 110);
    witness = APPOSED_WITNESS_WHO.exec(text.slice(base, start));
  }
  const found = m ?? witness;
  if (!found) return null;
  const at = base + found.index + found[0].indexOf(found[1]);
  // "speaking through an interpreter provided by his attorney, Castañeda gave …": the relation closes an
  // opening phrase as a preposition's object, and the name opens the clause; "according to his attorney,
  // Daniel Kessler, …" sets the name off after it.
  if (PREPOSITION_BEFORE.test(text.slice(Math.max(0, at - 12), at)) && VERB_AFTER.test(text.slice(end, end + 20))) return null;
  const words = splitWords(text, at, at + found[1].length);
  const role = words.length ? vocab.relationRoles.get(words[words.length - 1].norm) : undefined;
  return role !== undefined && (witness === null || role === 'witness') ? words : null;
}

// ", Lucía and Ernesto Beltrán,": two given names that share the surname after them, set off.
const COUPLE = /,\s+(\p{Lu}[\p{L}'’-]*)\s+and\s+(\p{Lu}[\p{L}'’-]*)\s+(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?)(?=\s*[,.;)])/gu;
// What sets off the couple: a possessive and a relation noun, right before the comma.
const RELATION_BEFORE_COUPLE = /(?<![\p{L}'’-])((?:[Hh]is|[Hh]er|[Tt]heir|\p{Lu}[\p{L}'’-]*['’]s?)\s+(?:[\p{L}-]+\s+)?[\p{L}-]+)$/u;

let coupleText: string | null = null;
let coupleVocab: RoleVocab | null = null;
let couples = new Map<string, readonly Word[]>();

/**
 * "His parents, Lucía and Ernesto Beltrán,": the relation words a name of either of the two ("Lucía
 * Beltrán", "Ernesto Beltrán") is set off after, when they end in a relation noun of the family;
 * null for any other name. Read once per text.
 */
export function apposedCouple(text: string, name: string, vocab: RoleVocab): readonly Word[] | null {
  if (text !== coupleText || vocab !== coupleVocab) {
    coupleText = text;
    coupleVocab = vocab;
    couples = new Map();
    for (const m of text.matchAll(COUPLE)) {
      const before = RELATION_BEFORE_COUPLE.exec(text.slice(Math.max(0, m.index - 40), m.index));
      if (!before) continue;
      const at = m.index - before[1].length;
      const words = splitWords(text, at, m.index);
      if (vocab.relationRoles.get(words[words.length - 1]?.norm ?? '') !== 'family') continue;
      couples.set(`${m[1]} ${m[3]}`, words);
      couples.set(`${m[2]} ${m[3]}`, words);
    }
  }
  return couples.get(name) ?? null;
}
