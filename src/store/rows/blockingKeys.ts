import type { IncidentRecord } from '../../domain/records.js';

const DIACRITICS = /\p{M}+/gu;
const NOT_LETTERS_OR_DIGITS = /[^\p{L}\p{N}]+/gu;
const ANY_LETTER = /\p{L}/u;

/*
 * Blocking keys: short strings an incident is indexed under so that placing a new draft only reads
 * the incidents it could possibly join (a shared name word, city or scene) instead of every
 * incident in the date window, or every incident at all when the draft is undated. Both stores
 * keep one row per (key, incident) written with the incident. The folding is the one incident
 * matching uses (accents, case and punctuation away); a test in src/services/incidents checks that
 * any two names matching says are the same person share a key.
 */

/**
 * How many incidents placement reads per blocking key: the most recently dated ones in the window,
 * and as many undated ones (in id order). A draft naming a common surname would otherwise read
 * every incident stored under it, a cost that grows with the store (issue 6); past a hundred
 * incidents sharing a name word, an older one is not where a new report most likely belongs.
 */
export const CANDIDATES_PER_KEY = 100;

/** "Peña-Ortiz" → "pena ortiz" (the same folding as analysis/merge/foldName). */
function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(DIACRITICS, '')
    .toLowerCase()
    .replace(NOT_LETTERS_OR_DIGITS, ' ')
    .trim();
}

function wordsOf(name: string): string[] {
  return fold(name).split(' ').filter(Boolean);
}

// The last written word holding a letter, folded and split at hyphens ("Vela-Ortiz" → vela, ortiz).
function surnamePartsOf(name: string): string[] {
  const words = name.trim().split(/\s+/).filter((w) => ANY_LETTER.test(w));
  return wordsOf(words[words.length - 1] ?? '');
}

/**
 * The keys an incident's subject is stored under: every word of the name and, separately, its
 * surname parts. Two names can only denote one person when a surname part of one is a word of the
 * other, so asking with `nameQueryKeys` of the other name always meets one of these.
 */
export function nameStoredKeys(name: string): string[] {
  return [...wordsOf(name).map((w) => `w:${w}`), ...surnamePartsOf(name).map((p) => `s:${p}`)];
}

/** The keys to ask with for a name: its surname parts among stored words, its words among stored surname parts. */
export function nameQueryKeys(name: string): string[] {
  return [...surnamePartsOf(name).map((p) => `w:${p}`), ...wordsOf(name).map((w) => `s:${w}`)];
}

/** The city key (null without a city): incidents in the same city, whatever the state. */
export function cityKey(city: string | null): string | null {
  const folded = city ? fold(city) : '';
  return folded ? `c:${folded}` : null;
}

/** The scene key (null without both): same city and same place within it. */
export function sceneKey(city: string | null, place: string | null): string | null {
  const c = city ? fold(city) : '';
  const p = place ? fold(place) : '';
  return c && p ? `p:${c}|${p}` : null;
}

/** Every key an incident is stored under, without repeats. */
export function incidentBlockingKeys(incident: Pick<IncidentRecord, 'city' | 'place' | 'persons'>): string[] {
  const keys = new Set<string>();
  for (const person of incident.persons) {
    if (person.role === 'subject' && person.name !== null) for (const k of nameStoredKeys(person.name)) keys.add(k);
  }
  for (const k of [cityKey(incident.city), sceneKey(incident.city, incident.place)]) if (k) keys.add(k);
  return [...keys];
}
