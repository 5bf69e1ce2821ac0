import { loadTitles } from '../../nlp/mentions/loadTitles.js';

const DIACRITICS = /\p{M}+/gu;
const NOT_LETTERS_OR_DIGITS = /[^\p{L}\p{N}]+/gu;
const ANY_LETTER = /\p{L}/u;
const TWO_CAPITALS = /\p{Lu}{2}/u;

// Names folded, kept: sameName folds both its names on every call, and a document's few names are
// compared again and again (a roundup's accounts, a draft's people, merging). At most 10,000, then afresh.
const folded = new Map<string, string>();
const MAX_FOLDED = 10_000;

/** "Peña-Ortiz" → "pena ortiz": accents, hyphens, case and punctuation folded away. */
export function foldName(name: string): string {
  let f = folded.get(name);
  if (f === undefined) {
    f = name
      .normalize('NFD')
      .replace(DIACRITICS, '')
      .toLowerCase()
      .replace(NOT_LETTERS_OR_DIGITS, ' ')
      .trim();
    if (folded.size >= MAX_FOLDED) folded.clear();
    folded.set(name, f);
  }
  return f;
}

/** The surname's parts: the last written word, split at hyphens ("Vela-Ortiz" → vela, ortiz), past a "Jr." or "III". */
export function surnameParts(name: string): string[] {
  const words = withoutSuffix(name.trim().split(/\s+/).filter((w) => ANY_LETTER.test(w)));
  const last = words[words.length - 1] ?? '';
  return foldName(last).split(' ').filter(Boolean);
}

/** The words of a name without a generational suffix at its end ("Keith Porter Jr." → Keith Porter; vocab/titles.json). */
function withoutSuffix(words: readonly string[]): readonly string[] {
  const suffixes = loadTitles().nameSuffixes;
  let n = words.length;
  while (n > 1 && suffixes.has(words[n - 1].replace(/,$/u, ''))) n--;
  return n === words.length ? words : words.slice(0, n);
}

/** The generational suffix a name ends with ("Jr", "Sr", "III"), folded, or null. */
function suffixOf(name: string): string | null {
  const words = name.trim().split(/\s+/u);
  const last = words[words.length - 1]?.replace(/,$/u, '') ?? '';
  return words.length > 1 && loadTitles().nameSuffixes.has(last) ? foldName(last) : null;
}

function givenName(name: string): string | null {
  const words = foldName(name).split(' ').filter(Boolean);
  const parts = surnameParts(name);
  return words.length > parts.length ? words[0] : null;
}

/**
 * Whether two written names denote the same person: the surnames share a part ("Pena-Ortiz" ~
 * "Ortiz") and, when both give a first name, the first names agree (or one is the other's initial);
 * or one name is the other's surnames without the given name ("Alvarenga Ruiz", or a caption's
 * "ALVARENGA", ~ "Mateo Alvarenga Ruiz": double surnames are cut either way), or its given name and
 * first surname ("Mateo Alvarenga").
 */
export function sameName(a: string, b: string): boolean {
  // "Juan Pérez Jr." is not "Juan Pérez Sr.": two generational suffixes that differ are two people.
  const xa = suffixOf(a);
  const xb = suffixOf(b);
  if (xa !== null && xb !== null && xa !== xb) return false;
  const sa = surnameParts(a);
  const sb = surnameParts(b);
  if (!sa.length || !sb.length) return false;
  if (!sa.some((p) => sb.includes(p))) return partOfFullName(a, b) || partOfFullName(b, a);
  const ga = givenName(a);
  const gb = givenName(b);
  if (!ga || !gb) return true;
  if (ga === gb || (ga.length === 1 && gb.startsWith(ga)) || (gb.length === 1 && ga.startsWith(gb))) return true;
  return partOfFullName(a, b) || partOfFullName(b, a);
}

/**
 * `short` is part of the full name `full`: every word of it is one of the full name's words after
 * the first (the given name alone never identifies anyone). A name in capitals is a caption's
 * surname ("ALVARENGA"), which may be any of the full name's words but the first.
 */
function partOfFullName(short: string, full: string): boolean {
  const ws = foldName(withoutSuffix(short.trim().split(/\s+/u)).join(' ')).split(' ').filter(Boolean);
  const wf = foldName(withoutSuffix(full.trim().split(/\s+/u)).join(' ')).split(' ').filter(Boolean);
  if (ws.length === 0 || ws.length >= wf.length) return false;
  const caption = short === short.toUpperCase() && TWO_CAPITALS.test(short);
  const surnames = caption ? wf : wf.slice(1);
  if (ws.every((w) => surnames.includes(w))) return true;
  // "Rogelio Esparza" for "Rogelio Esparza Luna": the given name and the first of two surnames, as
  // Spanish names are shortened.
  return ws.length >= 2 && ws[0] === wf[0] && ws.slice(1).every((w, i) => wf[i + 1] === w);
}
