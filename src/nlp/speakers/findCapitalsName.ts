import type { RoleVocab } from './roleVocab.js';
import { scanMatches } from './scanMatches.js';
import { foldName, normalizeWord } from './words.js';

const WORD_START_LOWER = /(^|[-'’.])(\p{Ll})/gu;
const ANY_LOWER = /\p{Ll}/u;

const CAPS_WORD = /^\p{Lu}[\p{Lu}'’-]*\p{Lu}$/u;
const CAPS_RUN = /(?<![\p{L}\p{N}'’.-])(?:[\p{Lu}'’-]{2,}[ \t]+)+[\p{Lu}'’-]{2,}(?![\p{L}\p{N}'’-])/gu;
// Where CAPS_RUN can start: two characters each A-Z, an apostrophe, a hyphen or beyond ASCII.
const CAPS_RUN_START = /(?:[A-Z'-]|[\u0080-\uffff]){2}/g;
// Words of a filing's caption and headings that are written in capitals but name no one.
const NOT_NAME = new Set(['and', 'or', 'of', 'the', 'for', 'in', 'to', 'by', 'on', 'at', 'with', 'vs', 'defendant', 'defendants', 'plaintiff', 'united', 'states', 'america', 'district', 'court', 'count', 'order', 'case', 'no', 're', 'state', 'people', 'commonwealth',
  // A heading in capitals: "WHAT ICE SAYS", "WHO WAS SHOT".
  'what', 'who', 'why', 'how', 'when', 'where', 'which', 'says', 'said', 'say', 'told', 'tells', 'know', 'we', 'was', 'is']);
const MAX_NAME_WORDS = 4;

function isNameWord(word: string, vocab: RoleVocab): boolean {
  const norm = normalizeWord(word);
  return CAPS_WORD.test(word) && !NOT_NAME.has(norm) && !vocab.titleRoles.has(norm) && !vocab.filings.has(norm) && !vocab.groups.has(norm) && !vocab.relationRoles.has(norm);
}

function titleCase(word: string): string {
  return word.toLowerCase().replace(WORD_START_LOWER, (_, sep: string, letter: string) => sep + letter.toUpperCase());
}

/** "JAKE O'DELL" → "Jake O'Dell": a name written all in capitals (a filing, a transcript's label) in running case; any other name as it is. */
export function runningCase(name: string): string {
  return ANY_LOWER.test(name) ? name : name.split(' ').map(titleCase).join(' ');
}

/** The runs of two to four name words within a run of capitals: "UNITED STATES v. PAULO ANDRE SILVA COSTA" → ["PAULO ANDRE SILVA COSTA"]. */
function namesIn(run: string, vocab: RoleVocab): string[][] {
  const names: string[][] = [];
  let current: string[] = [];
  for (const word of [...run.split(/\s+/), '']) {
    if (word && isNameWord(word, vocab)) {
      current.push(word);
      continue;
    }
    if (current.length >= 2 && current.length <= MAX_NAME_WORDS) names.push(current);
    current = [];
  }
  return names;
}

let runsOf: { text: string; runs: readonly string[] } | null = null;

/** The runs of capitals of `text`, found once per document: resolution asks for each capitalised speaker word. */
function capitalRuns(text: string): readonly string[] {
  if (runsOf?.text !== text) runsOf = { text, runs: scanMatches(CAPS_RUN, text, CAPS_RUN_START).map((m) => m[0]) };
  return runsOf.runs;
}

/**
 * A court filing writes a defendant's full name in capitals ("JUAN DE-LEON-PAZ") and then
 * one of its words alone ("DE-LEON-PAZ stated …", "SILVA stated …" for "PAULO ANDRE SILVA
 * COSTA"). The full name, in ordinary case, when exactly one run of capitalised name words in the
 * document holds `word`; else null.
 */
export function findCapitalsName(text: string, word: string, vocab: RoleVocab): string | null {
  if (!isNameWord(word, vocab)) return null;
  const wanted = foldName(word);
  const found = new Set<string>();
  for (const run of capitalRuns(text)) {
    for (const name of namesIn(run, vocab)) {
      if (name.some((w) => foldName(w) === wanted)) found.add(name.map(titleCase).join(' '));
    }
  }
  return found.size === 1 ? [...found][0] : null;
}
