import { loadGivenNameLists } from './loadGivenNames.js';

const DIACRITIC = /\p{M}/gu;

let byName: ReadonlyMap<string, 'female' | 'male'> | null = null;

/**
 * The gender a person's given name (the first word of `name`) is overwhelmingly borne by, from
 * vocab/speakers-given-names.json, accents ignored ("Jesús" as "jesus"); null for a name in neither
 * list. Weak evidence only: a name says nothing for certain of the person who bears it.
 */
export function givenNameGender(name: string): 'female' | 'male' | null {
  if (!byName) {
    const { female, male } = loadGivenNameLists();
    const map = new Map<string, 'female' | 'male'>();
    for (const n of female) map.set(fold(n), 'female');
    for (const n of male) map.set(fold(n), 'male');
    byName = map;
  }
  const first = name.trim().split(/\s+/u)[0] ?? '';
  return byName.get(fold(first)) ?? null;
}

function fold(word: string): string {
  return word.normalize('NFD').replace(DIACRITIC, '').toLowerCase();
}
