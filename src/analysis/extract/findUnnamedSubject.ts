import type { Outcome } from '../../domain/incident.js';
import type { Span } from '../../lib/spans.js';
import { makeSpan } from '../../lib/spans.js';
import { screenSetOf, type ScreenSet } from './compileScreenSet.js';
import type { SentenceInfo } from './describeSentences.js';
import { findOutcome, isAboutSubject } from './findOutcome.js';
import type { ForceVocab } from './forceVocab.js';

/** What an incident's sentences tell of a person force was used on whom they never name. */
export interface UnnamedSubject {
  /** The words that first call them ("one individual"): the provenance of who they are. */
  readonly described: Span;
  readonly age: number | null;
  readonly ageSpan: Span | null;
  readonly outcome: Outcome;
  readonly outcomeSpan: Span | null;
  readonly wound: { readonly start: number; readonly end: number } | null;
}

const screens = new WeakMap<RegExp, ScreenSet>();

/** The literal screen of one vocabulary regex, built once per regex. */
function screenOf(regex: RegExp): ScreenSet {
  let screen = screens.get(regex);
  if (!screen) {
    screen = screenSetOf(Object.freeze([regex]));
    screens.set(regex, screen);
  }
  return screen;
}

const STATED_AGE = /^\s*the (?:man|woman|driver|teen|teenager|boy|girl|person|victim)\b(?:,[^,]{1,60},)? (?:was|is) (\d{1,2})\b(?! (?:percent|times|feet|yards|miles|minutes|hours|days|weeks|months|years|shots|rounds))/iu;

// "the 30-year-old agent": an age that is an officer's.
const OFFICER_AFTER = /^[^.;]{0,30}\b(?:officer|agent|deputy|trooper)\b/iu;

/**
 * The person an incident happened to when no sentence names them, as agencies' releases and first
 * reports write ("one individual, later identified as a 27-year-old Mexican national, … was
 * pronounced dead"): found only when the sentences tell of one such person (not "two men", not
 * "the other passenger") and say how old they are or how they fared; null otherwise, so an
 * unnamed person is never made up from a sentence about someone else.
 */
export function findUnnamedSubject(
  sentences: readonly SentenceInfo[],
  text: string,
  vocab: ForceVocab,
  woundPhrase: (s: SentenceInfo) => { start: number; end: number } | null,
): UnnamedSubject | null {
  const incident = sentences.filter((s) => s.strong || s.weak);
  // Most sentences hold none of the words every match of these two needs ("two", "a man", "the
  // driver"): a screen answers from the literals already found in the sentence (compileScreenSet)
  // without running the regex, which could not match.
  const several = screenOf(vocab.severalSubjects);
  if (incident.length === 0 || incident.some((s) => several.pass(s.text)[0] === 1 && vocab.severalSubjects.test(s.text))) return null;
  const described: { s: SentenceInfo; start: number; end: number; text: string }[] = [];
  const unnamed = screenOf(vocab.unnamedSubject);
  for (const s of sentences) {
    if (unnamed.pass(s.text)[0] === 0) continue;
    vocab.unnamedSubject.lastIndex = 0;
    for (const hit of s.text.matchAll(vocab.unnamedSubject)) described.push({ s, start: s.start + hit.index, end: s.start + hit.index + hit[0].length, text: hit[0] });
  }
  if (described.length === 0) return null;
  // The sentences about them: an incident sentence that calls them by a subject noun or a pronoun,
  // or any sentence that calls them back by the words above ("The individual was pronounced dead."),
  // or an incident sentence they open ("An adult male had been struck by gunfire.");
  // "a person" inside a sentence may be someone else ("Early reports said a person had died; that was not the case").
  const about = sentences.filter(
    (s) => isAboutSubject(s, vocab) || described.some((d) => d.s === s && (/^the\b/iu.test(d.text) || (d.start === s.start && (s.strong || s.weak)))),
  );
  const outcome = findOutcome(about, vocab);
  const age = findUnnamedAge(described, about, text);
  if (outcome.outcome === 'unknown' && age.age === null) return null;
  const first = described[0];
  return Object.freeze({
    described: makeSpan(text, first.start, first.end),
    age: age.age,
    ageSpan: age.span,
    outcome: outcome.outcome,
    outcomeSpan: outcome.span,
    wound: about.map(woundPhrase).find(Boolean) ?? null,
  });
}

/** "a 27-year-old Mexican national": the age written in the words that call them, else in a sentence about them. */
function findUnnamedAge(described: readonly { start: number; end: number; text: string }[], about: readonly SentenceInfo[], text: string): { age: number | null; span: Span | null } {
  for (const d of described) {
    const hit = /\b(\d{1,2})-year-old\b/u.exec(d.text);
    if (hit) return { age: Number(hit[1]), span: makeSpan(text, d.start + hit.index, d.start + hit.index + hit[0].length) };
  }
  for (const s of about) {
    const hit = /\b(\d{1,2})-year-old\b/u.exec(s.text);
    if (hit && !OFFICER_AFTER.test(s.text.slice(hit.index + hit[0].length))) {
      return { age: Number(hit[1]), span: makeSpan(text, s.start + hit.index, s.start + hit.index + hit[0].length) };
    }
    // "The woman, whose name has not been released, was 37": the age said of the subject noun opening the sentence.
    const stated = STATED_AGE.exec(s.text);
    if (stated) {
      const at = stated.index + stated[0].length - stated[1].length;
      return { age: Number(stated[1]), span: makeSpan(text, s.start + at, s.start + at + stated[1].length) };
    }
  }
  return { age: null, span: null };
}
