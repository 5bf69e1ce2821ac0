import type { AttributionDraft } from './attributionDraft.js';
import type { CueLexicon } from './cueLexicon.js';

// A participle opening the words after the cue and its comma: "pausing twice to steady herself".
const PARTICIPLE_OPENING = /^(\p{Ll}+)ing\b/u;
// What may stand between the cue and such words: its object and listener ("a letter she had written to her father,").
const COMMA_BEFORE = /,\s*$/u;
// A pronoun source right after a noun, with no "that" or "which": the cue is in a relative clause of that noun,
// which is the cue's object ("a letter she had written").
const PRONOUN = /^(?:I|we|you|he|she|they)$/iu;
const NOUN_BEFORE = /\b\p{Ll}{2,}\s+$/u;
const NOT_NOUNS = new Set(['that', 'which', 'who', 'and', 'but', 'or', 'because', 'when', 'after', 'before', 'as', 'if', 'what', 'how', 'where', 'why', 'while', 'since', 'said', 'says', 'told']);

/**
 * "read a letter she had written to her father, pausing twice to steady herself": a relation whose cue stands
 * in a relative clause of the noun it follows (a pronoun source right after that noun, so the noun is what was
 * written) and whose words, unquoted, open on a participle right after a comma tell how someone did
 * something, not what was said. Such a relation is dropped; not one whose participle is itself of saying
 * ("describing how …"). PolNeAR annotates "X said, laughing …" with the participle as the words: a named
 * source after no noun keeps them.
 */
export function dropParticipleContents(text: string, drafts: readonly AttributionDraft[], lexicon: CueLexicon): AttributionDraft[] {
  return drafts.filter((d) => {
    if (d.kind !== 'indirect' || d.fragments.length !== 1 || !d.cue || !d.source || !inObjectRelative(text, d.source)) return true;
    const words = d.fragments[0];
    if (words.start < d.cue.end) return true;
    const participle = PARTICIPLE_OPENING.exec(text.slice(words.start, words.end));
    if (!participle || !COMMA_BEFORE.test(text.slice(d.cue.end, words.start))) return true;
    return saying(participle[1], lexicon);
  });
}

/**
 * Whether "describ" of "describing", "not" of "noting" is a verb of saying: its stem, with an "e" or the
 * participle itself is a cue verb, or opens a cue with a complement ("described … as").
 */
function saying(stem: string, lexicon: CueLexicon): boolean {
  return [stem, `${stem}e`, `${stem}ing`, `${stem}ed`, `${stem}d`].some((w) => lexicon.verbs.has(w) || complementHeads(lexicon).has(w));
}

const heads = new WeakMap<CueLexicon, ReadonlySet<string>>();

/** The first words of the cues with a complement ("described", "called"), once per lexicon. */
function complementHeads(lexicon: CueLexicon): ReadonlySet<string> {
  let set = heads.get(lexicon);
  if (!set) heads.set(lexicon, (set = new Set([...lexicon.complementFrames.keys()].map((k) => k.split(' ')[0]))));
  return set;
}

/** Whether a pronoun source stands right after a noun, opening a relative clause of it ("a letter she had written"). */
function inObjectRelative(text: string, source: { readonly start: number; readonly end: number }): boolean {
  if (!PRONOUN.test(text.slice(source.start, source.end))) return false;
  const before = NOUN_BEFORE.exec(text.slice(Math.max(0, source.start - 30), source.start));
  return before !== null && !NOT_NOUNS.has(before[0].trim().toLowerCase());
}
