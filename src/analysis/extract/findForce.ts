import type { FieldSource } from '../../domain/incident.js';
import { createListMatcher, type ListMatcher } from './createListMatcher.js';
import type { SentenceInfo } from './describeSentences.js';
import { findForceOnNamed } from './findForceOnNamed.js';
import type { ForceVocab } from './forceVocab.js';
import { loadForceVocab } from './forceVocab.js';

export interface FoundForce {
  readonly force: readonly string[];
  readonly sources: readonly FieldSource[];
}

interface Hit {
  /** Where the sentence is in the list given to findForce. */
  readonly at: number;
  readonly s: SentenceInfo;
  readonly hit: { start: number; end: number; text: string };
}

/** The kinds of force the incident's sentences tell, as vocabulary labels, in vocabulary order. */
export function findForce(sentences: readonly SentenceInfo[], vocab: ForceVocab = loadForceVocab()): FoundForce {
  const lists = forceLists(vocab);
  const types = vocab.forceTypes;
  // Each kind's first hit by its own patterns, in one walk: each sentence is screened once for every
  // kind (createListMatcher), not once per kind, and a kind stops being asked about once found.
  const first: (Hit | null)[] = types.map(() => null);
  let open = types.length;
  for (let at = 0; at < sentences.length && open > 0; at++) {
    const s = sentences[at];
    lists.load(s.text);
    for (let t = 0; t < types.length; t++) {
      if (first[t] !== null) continue;
      const hit = lists.first(2 * t);
      if (hit && !isDenied(s.text, hit.start)) {
        first[t] = { at, s, hit };
        open--;
      }
    }
  }
  // "Agents shoved John Miller": a kind no pattern found may be told by its verb right before a name.
  for (let t = 0; t < types.length; t++) first[t] ??= onNamedHit(sentences, types[t].onNamed);
  const hits = new Map(types.map((type, t) => [type.id, first[t]] as const));
  const force: string[] = [];
  const sources: FieldSource[] = [];
  types.forEach((type, t) => {
    // "they shot me" after "fired pepper balls": the ambiguous word is the other kind's.
    const found = type.ambiguous.length === 0 || type.yieldsTo.some((id) => hits.get(id)) ? first[t] : firstWithAmbiguous(sentences, lists, t, first[t]);
    if (!found) return;
    const { s, hit } = found;
    sources.push({ field: `force.${force.length}`, span: Object.freeze({ start: s.start + hit.start, end: s.start + hit.end, text: hit.text }) });
    force.push(type.label);
  });
  return Object.freeze({ force: Object.freeze(force), sources: Object.freeze(sources) });
}

/**
 * The first hit of kind t's patterns and ambiguous words together (its `all` list): before the
 * sentence of its patterns' first hit (`known`) only the ambiguous words can match, so only they are
 * run there; in that sentence the earlier hit wins, the patterns' on a tie, as in `all`'s order.
 */
function firstWithAmbiguous(sentences: readonly SentenceInfo[], lists: ListMatcher, t: number, known: Hit | null): Hit | null {
  const last = known?.at ?? sentences.length - 1;
  for (let at = 0; at <= last; at++) {
    const s = sentences[at];
    lists.load(s.text);
    const first = lists.first(2 * t + 1);
    const word = first !== null && isDenied(s.text, first.start) ? null : first;
    if (known !== null && at === known.at) {
      return word !== null && (word.start < known.hit.start || (word.start === known.hit.start && word.end > known.hit.end)) ? { at, s, hit: word } : known;
    }
    if (word) return { at, s, hit: word };
  }
  return null;
}

/** The first sentence where `verb` is written right before a person it names, as a hit (findForceOnNamed). */
function onNamedHit(sentences: readonly SentenceInfo[], verb: RegExp | null): Hit | null {
  if (verb === null) return null;
  for (let at = 0; at < sentences.length; at++) {
    const s = sentences[at];
    const hit = findForceOnNamed(verb, s);
    if (hit && !isDenied(s.text, hit.start)) return { at, s, hit };
  }
  return null;
}

// "No shots were fired", "no one was shot", "never fired": force the sentence says did not happen.
const DENIED = /\b(?:no|not|never)\s+(?:[\p{L}'’]+\s+){0,2}$/iu;

function isDenied(text: string, at: number): boolean {
  return DENIED.test(text.slice(Math.max(0, at - 30), at));
}

const matchers = new WeakMap<ForceVocab, ListMatcher>();

// Kind t's patterns are list 2t, its ambiguous words list 2t + 1.
function forceLists(vocab: ForceVocab): ListMatcher {
  let matcher = matchers.get(vocab);
  if (!matcher) {
    matcher = createListMatcher(vocab.forceTypes.flatMap((type) => [type.patterns, type.ambiguous]));
    matchers.set(vocab, matcher);
  }
  return matcher;
}
