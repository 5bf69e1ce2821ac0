import type { Analysis, Mention } from '../../domain/analysis.js';
import type { ParsedDocument } from '../../domain/document.js';
import { isAgencyInScope } from './agencyScope.js';
import { matchesAny } from './compileRegexList.js';
import { createListMatcher, type ListMatcher } from './createListMatcher.js';
import type { ForceVocab } from './forceVocab.js';
import { loadForceVocab } from './forceVocab.js';
import { deniesInvolvement } from './deniesInvolvement.js';
import { findForceOnNamed } from './findForceOnNamed.js';

const CAPITAL_OR_DIGIT_START = /^[\p{Lu}\d]/u;
// "review of the shooting", "after the shooting": the event named back, not "the shooting of Ana Ruiz on Jan. 12".
const EVENT_NAMED_BACK = /\b(?:of|after|into|over|about|since|before|following|in|on)\s+(?:the|this|that)\s+(?:shooting|killing|incident)\b(?!\s+of\b)/iu;
const EVENTS_NAMED_BACK = new RegExp(EVENT_NAMED_BACK.source, 'giu');

/** What extraction needs to know about one sentence of the body. */
export interface SentenceInfo {
  readonly index: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Paragraph number: sentences on the same line block share it. */
  readonly paragraph: number;
  /** A word that tells force was used (shot, fired, wounded…). */
  readonly strong: boolean;
  /**
   * Tells force only by naming back an event already told ("opened its own review of the shooting in
   * November", "in the days after the shooting"): no account of an encounter of its own.
   */
  readonly retells: boolean;
  /** A word that names an event without telling force (incident, encounter, struck…). */
  readonly weak: boolean;
  /** An in-scope actor (an agency of the scope list, or an actor phrase) is named, and not only to deny it took part. */
  readonly scope: boolean;
  /** An in-scope actor is named to deny it took part ("no ICE officers were present"). */
  readonly denial: boolean;
  /**
   * About a particular event, not a generality: names a date, place or person, a single actor
   * ("an agent") or a definite event ("the shooting").
   */
  readonly specific: boolean;
  /** Opens a passing mention of another incident ("In a separate case…", "for example"). */
  readonly passing: boolean;
  /** Counts incidents ("It was the third shooting …"): opens a passing mention, tells no incident itself. */
  readonly series: boolean;
  /** Announces several incidents ("shot two people in separate encounters"): each dated account is its own. */
  readonly splits: boolean;
  /** A section heading: a short line alone in its paragraph, with no closing punctuation ("The Salinas traffic stop"). */
  readonly heading: boolean;
  readonly mentions: readonly Mention[];
}

// Single-regex lists so the screens apply to them (compileScreenSet): most sentences hold none of
// their literals ("the shooting", "agent", "officer"…) and are answered without running the regex.
// "during the operation" (a raid the story's lede dated) tells of one occasion too.
const DEFINITE_EVENT: readonly RegExp[] = Object.freeze([/\bthe (?:shooting|incident|encounter)\b|\bduring the (?:operation|raid|arrest|sweep)\b/iu]);

// The lists asked about every sentence, screened in one pass per sentence (createListMatcher).
const DEFINITE = 0;
const SINGULAR_ACTOR = 1;
const SERIES = 2;
const STRONG = 3;
const WEAK = 4;
const SCOPE_ACTORS = 5;
const PASSING = 6;
const SPLITS = 7;
const matchers = new WeakMap<ForceVocab, ListMatcher>();

function sentenceMatcher(vocab: ForceVocab): ListMatcher {
  let matcher = matchers.get(vocab);
  if (!matcher) {
    matcher = createListMatcher([DEFINITE_EVENT, [vocab.singularActor], vocab.seriesMarkers, vocab.strong, vocab.weak, vocab.scopeActors, vocab.passingMarkers, vocab.splitMarkers]);
    matchers.set(vocab, matcher);
  }
  return matcher;
}

const LIST_NUMBER = /^\s*\(?\d{1,2}[.)]\s*$/u;

/** Annotates every body sentence with the cues incident extraction reads. */
export function describeSentences(doc: ParsedDocument, analysis: Analysis, vocab: ForceVocab = loadForceVocab()): SentenceInfo[] {
  const breaks = paragraphBreaks(doc.text);
  const body = analysis.sentences.filter((s) => s.end > doc.bodyStart);
  const within = mentionsWithin(analysis.mentions);
  const bodyMentions = body.map((s) => within(s.start, s.end));
  const named = bodyMentions.map((list) => list.some((m) => m.kind === 'person' || m.kind === 'place' || (m.kind === 'date' && m.date !== null)));
  const paragraphs = body.map((s) => countBefore(breaks, s.start));
  const lists = sentenceMatcher(vocab);
  const texts = body.map((s) => doc.text.slice(s.start, s.end));
  // "1. Aurora, Colorado — Oct. 3, 2025": a list's number, split off as a sentence of its own, leaves the heading alone in its paragraph.
  const listed = paragraphs.map((p, i) => paragraphs[i - 1] === p && LIST_NUMBER.test(texts[i - 1]));
  const alone = paragraphs.map((p, i) => (paragraphs[i - 1] !== p || listed[i]) && paragraphs[i + 1] !== p);
  // "Yuma. ⏎ On Nov. 17, a Border Patrol agent …": a place alone, run in at the head of its paragraph, heads it.
  const runIn = paragraphs.map((p, i) => paragraphs[i - 1] !== p && paragraphs[i + 1] === p && isRunInPlace(texts[i], body[i].start, bodyMentions[i]));
  // "A gunman opened fire on an ICE office …", then "the shooting": a story of shots at officers,
  // where no officer fired, tells no use of force by them.
  const attackOnly = texts.some((t) => matchesAny(vocab.attackers, t)) && !texts.some((t) => matchesAny(vocab.officerForce, t));
  // "Correction, Jan. 23: An earlier version of this story said he was struck by three bullets.": an editor's
  // note tells what the story got wrong and when it changed, no account of the event and no day of it.
  const noted = body.map((s) => doc.updateNotes.some((n) => s.start >= n.span.start && s.start < n.span.end));
  return body.map((s, i) => {
      const text = texts[i];
      const mentions = bodyMentions[i];
      lists.load(text);
      const scopeAgency = mentions.some((m) => (m.kind === 'organization' || m.kind === 'person') && m.agencyId !== null && isAgencyInScope(m.agencyId, vocab.scopeAgencies));
      const specific = named[i] || lists.matches(DEFINITE) || lists.matches(SINGULAR_ACTOR);
      const series = lists.matches(SERIES);
      const actor = scopeAgency || lists.matches(SCOPE_ACTORS);
      const denied = actor && deniesInvolvement(text);
      const strong = !attackOnly && !noted[i] && (lists.matches(STRONG) || (vocab.forceOnNamed !== null && findForceOnNamed(vocab.forceOnNamed, { start: s.start, text, mentions }) !== null));
      return Object.freeze({
        index: s.index,
        start: s.start,
        end: s.end,
        text,
        paragraph: paragraphs[i],
        strong,
        retells: strong && EVENT_NAMED_BACK.test(text) && !matchesAny(vocab.strong, text.replace(EVENTS_NAMED_BACK, ' ')),
        weak: !noted[i] && lists.matches(WEAK),
        // An agency named only to deny it took part is no actor of the event.
        scope: actor && !denied,
        denial: denied,
        specific,
        passing: (lists.matches(PASSING) && !toldOfSubject(vocab, text)) || series,
        series,
        splits: lists.matches(SPLITS),
        heading: (alone[i] && isHeading(text, listed[i])) || runIn[i],
        mentions,
      });
    });
}

// "Tomás Arriaga, the worker who was shot by an agent … earlier this month, died Tuesday": the time a relative
// clause gives what befell the one the sentence is about dates this story's event, no earlier one.
// "Rigoberto Salcedo Arana, the warehouse worker killed by an ICE officer earlier this month, was struck …": so does a participle's.
const EARLIER_OF_SUBJECT = /\b(?:who (?:was|were|had been)|(?:killed|shot|wounded|injured|tased|struck) by)\b(?:[^.;]|\.(?=\S)|(?<=\b\p{Lu})\.){0,160}?\bearlier this (?:month|year|week)\b/iu;

/** Whether the sentence is passing only by an "earlier this month" inside a relative clause about its subject. */
function toldOfSubject(vocab: ForceVocab, text: string): boolean {
  return EARLIER_OF_SUBJECT.test(text) && !matchesAny(vocab.passingMarkers, text.replace(EARLIER_OF_SUBJECT, ' '));
}

/**
 * The mentions lying within [start, end], in their order, as `mentions.filter((m) => m.start >= start
 * && m.end <= end)` gives them. Mentions come sorted by start (findMentions): those are read from
 * the first starting at `start` on, instead of the whole list per sentence; any other list is filtered.
 */
function mentionsWithin(mentions: readonly Mention[]): (start: number, end: number) => Mention[] {
  const sorted = mentions.every((m, k) => m.end >= m.start && (k === 0 || mentions[k - 1].start <= m.start));
  if (!sorted) return (start, end) => mentions.filter((m) => m.start >= start && m.end <= end);
  return (start, end) => {
    let lo = 0;
    let hi = mentions.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (mentions[mid].start < start) lo = mid + 1;
      else hi = mid;
    }
    const out: Mention[] = [];
    // A mention starting after `end` ends after it too.
    for (let k = lo; k < mentions.length && mentions[k].start <= end; k++) if (mentions[k].end <= end) out.push(mentions[k]);
    return out;
  };
}

const HEADING_WORDS = 10;
// "2. ⏎ Las Cruces, N.M.: Three weeks on, a family is still waiting for the video": a numbered item's headline runs longer.
const LISTED_HEADING_WORDS = 25;

/**
 * A line that can head a section: opens on a capital or digit, ends on no punctuation, ten words at
 * most (twenty-five after a list's number).
 */
// "By Gregory Tallis", "By Ana Ruiz and Tom Hale": the credit line under a headline.
const BYLINE = /^By\s+\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|and|de|la|del|van|von))*$/u;

function isHeading(text: string, listed: boolean): boolean {
  const line = text.trim();
  // Most one-sentence paragraphs end on a full stop or a quotation mark: answered by the last character.
  // "Sept. 12 — Franklin Park, Ill.": a timeline's dated heading may end on a state's abbreviation.
  if (HEADING_END.test(line.charAt(line.length - 1)) && !ABBREVIATED_PLACE_HEADING.test(line)) return false;
  // "By Gregory Tallis": a byline heads no section.
  if (BYLINE.test(line)) return false;
  return CAPITAL_OR_DIGIT_START.test(line) && !line.includes('\n') && line.split(/\s+/u).length <= (listed ? LISTED_HEADING_WORDS : HEADING_WORDS);
}

// What may close a run-in head: "Yuma.", "Salem, Ore.", "Las Cruces:".
const RUN_IN_END = /^[.:]?$/u;

// Between a run-in head's place and its date: "Laredo, Texas — Aug. 9, 2023."
const RUN_IN_DASH = /^\s*[—–-]\s*$/u;

/**
 * Whether a sentence is only a place, run in at the head of its paragraph ("Yuma.", "Salem, Ore."),
 * or a place and its date set off by a dash ("Laredo, Texas — Aug. 9, 2023.").
 */
function isRunInPlace(text: string, start: number, mentions: readonly Mention[]): boolean {
  const place = mentions.find((m) => m.kind === 'place');
  if (place === undefined || place.start !== start) return false;
  if (RUN_IN_END.test(text.slice(place.end - start).trim())) return true;
  const date = mentions.find((m) => m.kind === 'date' && m.start >= place.end);
  return date !== undefined && RUN_IN_DASH.test(text.slice(place.end - start, date.start - start)) && RUN_IN_END.test(text.slice(date.end - start).trim());
}

const ABBREVIATED_PLACE_HEADING = /\s[—–]\s[^.!?]*,\s(?:\p{Lu}\p{Ll}{1,4}\.|(?:\p{Lu}\.){2})$/u;

const HEADING_END = /[.!?:;,…"”'’)\]-]/u;

/** Offsets where a new paragraph starts: after each run of line breaks. */
function paragraphBreaks(text: string): number[] {
  const out: number[] = [];
  for (const m of text.matchAll(/\n\s*/g)) out.push(m.index + m[0].length);
  return out;
}

function countBefore(sorted: readonly number[], at: number): number {
  let n = 0;
  while (n < sorted.length && sorted[n] <= at) n++;
  return n;
}
