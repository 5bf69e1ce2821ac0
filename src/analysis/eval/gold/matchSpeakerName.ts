import { loadAgencies } from '../../../nlp/mentions/loadAgencies.js';
import { canonicaliseAgency } from './canonicaliseAgency.js';

const NAME_WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu;
const CAPITALISED_WORD = /^\p{Lu}\p{Ll}+$/u;
const CAPITAL_START = /^\p{Lu}/u;
const DIACRITICS = /\p{M}+/gu;

/**
 * Whether a predicted speaker name denotes the same speaker as a gold name. Names are compared as
 * two sets of words: name words (capitalised: "Dana", "Whitcombe", "Homeland") and role words
 * (lower-case: "attorneys", "complaint", "officials"). Same speaker when the role words agree (equal,
 * or one a non-empty subset of the other: "complaint" ~ "criminal complaint") and the name words are
 * compatible (one a subset of the other: "Whitcombe" ~ "Dana Whitcombe"), or one is the other's
 * acronym ("DHS" ~ "Department of Homeland Security"). "Tomas Ibarra" never matches "attorneys
 * for Tomas Ibarra": the role words differ.
 */
export function matchSpeakerName(predictedName: string, goldName: string): boolean {
  // Typographic apostrophes are the same letter: "O’Keefe" ~ "O'Keefe".
  const predicted = predictedName.replace(/[’‘]/g, "'");
  const gold = goldName.replace(/[’‘]/g, "'");
  const p = splitWords(predicted);
  const g = splitWords(gold);
  // A parenthesised qualifier ("Lucia (partner of …)", "complaint (D. Or.)") may be dropped by either side.
  if (hasQualifier(predicted) || hasQualifier(gold)) {
    const bare = (s: string) => s.replace(/\s*\([^()]*\)/g, '').trim();
    if (bare(predicted) && bare(gold) && matchSpeakerName(bare(predicted), bare(gold))) return true;
  }
  if (isAcronymOf(predicted, gold) || isAcronymOf(gold, predicted)) return true;
  if (isSameAgency(predicted, gold)) return true;
  // A spokesperson speaks for the body: "Homeland Security spokesperson" ~ "Department of Homeland Security".
  for (const side of [p, g]) if (side.names.size > 0) side.roles.delete('spokesperson');
  if (!rolesAgree(p.roles, g.roles)) return false;
  if (p.names.size === 0 && g.names.size === 0) return p.roles.size > 0;
  if (p.names.size === 0 || g.names.size === 0) return p.roles.size > 0 && g.roles.size > 0;
  return isSubset(p.names, g.names) || isSubset(g.names, p.names);
}

/**
 * Two names of one agency of the registry: "Federal Bureau of Investigation" ~ "FBI Phoenix Field
 * Office" (a field office speaks for its agency). A kind the registry names by place (a city's
 * police, a state's bureau) also needs the same place first: "Tacoma police" ~ "Tacoma Police
 * Department", but "State bureau of investigation" names no state and matches no state's bureau.
 */
function isSameAgency(predicted: string, gold: string): boolean {
  const id = canonicaliseAgency(predicted);
  if (id === null || id !== canonicaliseAgency(gold)) return false;
  if ((loadAgencies().get(id)?.aliases.length ?? 0) > 0) return true;
  const place = (name: string) => foldAccents(name).toLowerCase().replace(/^\s*the\s+/u, '').split(/\s+/u)[0] ?? '';
  const a = place(predicted);
  return a === place(gold) && !GENERIC_PLACE.has(a);
}

const GENERIC_PLACE = new Set(['state', 'county', 'city', 'local', 'police', 'sheriff', 'federal', 'district', 'authorities']);

function hasQualifier(name: string): boolean {
  return /\([^()]*\)/.test(name);
}

const STOP = new Set(['the', 'a', 'an', 'of', 'for', 'and', 'to', 'in', 'on', 'at', 'by', 'with', 'from', 'filed', 'his', 'her', 'their', 'its', 'per']);

const SYNONYMS: Readonly<Record<string, string>> = {
  lawyer: 'attorney',
  counsel: 'attorney',
  spokeswoman: 'spokesperson',
  spokesman: 'spokesperson',
  // The affiant speaks through the affidavit: "FBI affiant" ~ "affidavit (District of …)".
  affiant: 'affidavit',
  official: 'official',
};

function normaliseWord(word: string): string {
  let w = word.toLowerCase();
  if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss')) w = w.slice(0, -1);
  return SYNONYMS[w] ?? w;
}

function splitWords(name: string): { names: Set<string>; roles: Set<string> } {
  const names = new Set<string>();
  const roles = new Set<string>();
  const words = foldAccents(name).match(NAME_WORD) ?? [];
  words.forEach((raw, i) => {
    const word = raw.replace(/[.’']+$/u, '');
    const lower = word.toLowerCase();
    if (STOP.has(lower)) return;
    const capitalised = CAPITAL_START.test(word);
    // A capitalised first word that is a common noun ("Authorities", "Attorneys") is a role word.
    const isRole = !capitalised || (i === 0 && CAPITALISED_WORD.test(word) && COMMON_HEADS.has(normaliseWord(word)));
    (isRole ? roles : names).add(normaliseWord(word));
  });
  return { names, roles };
}

const COMMON_HEADS = new Set(['authoritie', 'authority', 'attorney', 'official', 'police', 'prosecutor', 'witness', 'neighbor', 'family', 'relative', 'agent', 'officer', 'complaint', 'affidavit', 'court', 'record', 'document', 'federal']);

function rolesAgree(a: Set<string>, b: Set<string>): boolean {
  if (a.size === b.size) return isSubset(a, b);
  const [small, large] = a.size < b.size ? [a, b] : [b, a];
  return small.size > 0 && isSubset(small, large);
}

function isSubset(a: Set<string>, b: Set<string>): boolean {
  for (const x of a) if (!b.has(x)) return false;
  return true;
}

function isAcronymOf(short: string, long: string): boolean {
  const s = short.trim();
  if (!/^[A-Z]{2,6}$/.test(s)) return false;
  // "ICE" ~ "U.S. Immigration and Customs Enforcement": a national prefix is not part of the acronym.
  const bare = long.replace(/^\s*(?:the\s+)?(?:U\.\s?S\.|United States)\s+/u, '');
  const initials = (long.match(/\b[A-Z][a-zA-Z]*/g) ?? []).map((w) => w[0]).join('');
  const bareInitials = (bare.match(/\b[A-Z][a-zA-Z]*/g) ?? []).map((w) => w[0]).join('');
  return initials === s || bareInitials === s;
}

function foldAccents(text: string): string {
  return text.normalize('NFD').replace(DIACRITICS, '');
}
