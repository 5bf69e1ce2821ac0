import type { OrganizationMention } from '../../domain/analysis.js';
import type { RoleVocab } from './roleVocab.js';
import { matchLongest, type Word } from './words.js';

export type HeadKind = 'filing' | 'spokes' | 'relation' | 'group' | 'statement' | 'anaphoricOrg' | 'filingVoice';

/** A description such as "His attorneys", "Department of Homeland Security officials", "a complaint filed in …". */
export interface Description {
  readonly definite: boolean;
  /** "his" / "her" / "their" before the head, with its offset. */
  readonly possessivePronoun: Word | null;
  /** Capitalised words that own the head: "Alva’s lawyers" → [Alva]. */
  readonly possessorName: readonly Word[];
  readonly head: { readonly kind: HeadKind; readonly words: readonly Word[]; readonly norm: string } | null;
  /** Words between the determiner and the head: "federal", "Dayton", "Dayton and Ohio elected". */
  readonly modifiers: readonly Word[];
  /** What follows "for" / "of" / "with" / "to" / "representing" after the head. */
  readonly complement: readonly Word[];
  readonly organization: OrganizationMention | null;
  /** Words outside the organisation's name that are not determiners: empty for "the FBI", "ICE’s". */
  readonly rest: readonly Word[];
  readonly words: readonly Word[];
}

const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'several', 'some', 'many', 'other', 'both', 'all', 'two', 'three', 'four', 'one', 'another', 'our', 'most']);
// "the statement", and "that statement", "this report": each points back to one named before.
const DEFINITE = new Set(['the', 'this', 'that', 'these', 'those']);
const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'their', 'its']);
// "an attorney representing the family" reads as "an attorney for the family".
const LINKS = new Set(['for', 'of', 'with', 'to', 'representing', 'at']);
/** Where a description's head phrase ends: what follows one of these words is said of it, not part of it. */
export const DESCRIPTION_STOPS: ReadonlySet<string> = new Set(['for', 'of', 'with', 'to', 'in', 'at', 'from', 'by', 'on', 'who', 'that', 'which', 'whose', 'filed', 'released', 'issued', 'broadcast', 'published', 'during', 'after', 'before', 'under', 'as', 'representing']);

type HeadTables = readonly (readonly [HeadKind, ReadonlyMap<string, unknown>])[];

// Built once per vocabulary rather than at every word a description is read from.
const headTablesByVocab = new WeakMap<RoleVocab, HeadTables>();

function headTablesOf(vocab: RoleVocab): HeadTables {
  let tables = headTablesByVocab.get(vocab);
  if (!tables) {
    tables = Object.freeze([
      ['filing', vocab.filings],
      ['spokes', new Map([...vocab.spokesNouns].map((n) => [n, true]))],
      ['group', vocab.groups],
      ['relation', vocab.relationRoles],
      ['statement', new Map([...vocab.statementNouns].map((n) => [n, true]))],
      ['anaphoricOrg', vocab.anaphoricOrgNouns],
      ['filingVoice', new Map([...vocab.filingVoice, ...vocab.courtVoice].map((n) => [n, true]))],
    ] as const);
    headTablesByVocab.set(vocab, tables);
  }
  return tables;
}

function headAt(words: readonly Word[], i: number, vocab: RoleVocab): { kind: HeadKind; len: number } | null {
  const tables = headTablesOf(vocab);
  let best: { kind: HeadKind; len: number } | null = null;
  // Indexed, not destructured by for…of: this runs at every word a description is read from.
  for (let t = 0; t < tables.length; t++) {
    const m = matchLongest(words, i, tables[t][1]);
    if (m && (!best || m.len > best.len)) best = { kind: tables[t][0], len: m.len };
  }
  return best;
}

// Module-level rather than closures: a named closure made per call costs a __name call under tsx.
function orgOf(organizations: readonly OrganizationMention[], w: Word): OrganizationMention | null {
  return organizations.find((o) => w.start < o.end && w.end > o.start) ?? null;
}

/** The first organisation any of `ws` falls inside. */
export function orgTouching(organizations: readonly OrganizationMention[], ws: readonly Word[]): OrganizationMention | null {
  return organizations.find((o) => ws.some((w) => w.start < o.end && w.end > o.start)) ?? null;
}

// "Witnesses to a Border Patrol shooting", "neighbors of an ICE raid": the agency names the event, not whom they are with.
const EVENT_NOUNS = new Set(['shooting', 'shootings', 'raid', 'raids', 'operation', 'operations', 'arrest', 'arrests', 'stop', 'incident', 'encounter', 'crackdown', 'sweep', 'sweeps', 'attack', 'pursuit', 'chase', 'killing', 'beating', 'detention', 'standoff']);

/**
 * The organisation of a complement, unless the word right after it is an event it names ("a Border
 * Patrol shooting") or it is the agent of what befell someone the complement names ("neighbors of a
 * man shot dead by an ICE officer", "a lawyer for a woman detained by ICE").
 */
function orgBeforeNoEvent(org: OrganizationMention | null, complement: readonly Word[]): OrganizationMention | null {
  if (org === null) return null;
  const next = complement.find((w) => w.start >= org.end);
  if (next !== undefined && EVENT_NOUNS.has(next.norm)) return null;
  return complement.some((w, k) => k > 0 && w.norm === 'by' && w.end <= org.start) ? null : org;
}

/** Reads the head noun and its satellites; organisation names are never split by their inner "of". */
export function readDescription(words: readonly Word[], organizations: readonly OrganizationMention[], vocab: RoleVocab): Description {
  let i = 0;
  let definite = false;
  let possessivePronoun: Word | null = null;
  while (i < words.length && !orgOf(organizations, words[i])) {
    if (DETERMINERS.has(words[i].norm)) definite ||= DEFINITE.has(words[i].norm);
    else if (POSSESSIVE_PRONOUNS.has(words[i].norm)) possessivePronoun = words[i];
    else break;
    i++;
  }
  let stop = i;
  while (stop < words.length && (orgOf(organizations, words[stop]) || !DESCRIPTION_STOPS.has(words[stop].norm))) stop++;
  let head: Description['head'] = null;
  let headIndex = -1;
  for (let j = i; j < stop; j++) {
    if (orgOf(organizations, words[j])) continue;
    const h = headAt(words, j, vocab);
    // "The family's landlord": kin in the possessive before another word are whose the person is, not
    // what. ("the agency's own budget documents" are still the agency's word.)
    if (h && h.kind === 'relation' && j + h.len < stop && words[j + h.len - 1].possessive) continue;
    if (h && j + h.len <= stop) {
      const hw = words.slice(j, j + h.len);
      head = { kind: h.kind, words: hw, norm: hw.map((w) => w.norm).join(' ') };
      headIndex = j;
      j += h.len - 1;
    }
  }
  const before = words.slice(i, headIndex < 0 ? stop : headIndex);
  const lastPossessive = before.map((w) => w.possessive && !orgOf(organizations, w)).lastIndexOf(true);
  let possessorName: Word[] = [];
  if (lastPossessive >= 0) {
    let from = lastPossessive;
    while (from > 0 && before[from - 1].capitalized && !orgOf(organizations, before[from - 1])) from--;
    possessorName = before.slice(from, lastPossessive + 1).filter((w) => !/\.$/.test(w.text) || w.text.length > 4);
  }
  const modifiers = before.slice(lastPossessive + 1);
  const complement = stop < words.length && LINKS.has(words[stop].norm) ? words.slice(stop + 1) : [];
  const organization = orgTouching(organizations, words.slice(0, stop)) ?? orgBeforeNoEvent(orgTouching(organizations, complement), complement);
  const rest = words.filter((w) => !orgOf(organizations, w) && !DETERMINERS.has(w.norm));
  return Object.freeze({ definite, possessivePronoun, possessorName, head, modifiers, complement, organization, rest, words });
}
