import type { CueLexicon } from '../../nlp/attribution/cueLexicon.js';
import { isContradicted } from './isContradicted.js';

/** Where, inside one speaker's words, someone else's words run: from `start` to the end of the sentence or clause. */
export interface Relay {
  readonly start: number;
  /** Where the relayed words end: their sentence's terminator, the next clause, or the end of the words. */
  readonly end: number;
}

// Words between a subject and its reporting verb ("has also said", "had previously told").
const AUXILIARIES = new Set(['has', 'have', 'had', 'also', 'previously', 'repeatedly', 'publicly', 'later', 'since', 'already', 'first', 'then', 'now', 'did', 'does', 'do', 'would', 'will', 'could', 'may', 'might', 'even']);
// "was charged", "were told": a passive reports nobody's words ("was claiming" is no passive).
const BE = new Set(['was', 'were', 'been', 'being', 'is', 'are', 'be', "'s", '’s']);
// "has not said", "never claimed": a denial of someone's words is the speaker's own statement.
const NEGATORS = new Set(['not', 'never', "n't", 'didn’t', "didn't", 'hasn’t', "hasn't", 'haven’t', "haven't", 'wasn’t', "wasn't", 'isn’t', "isn't"]);
// "the report", "a statement", "their claim": a noun, not a verb.
const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'his', 'her', 'their', 'its', 'my', 'our', 'your', 'no', 'any', 'every', 'each', 'to']);
// The speaker's own: "I told them he was unarmed", "we have said all along".
const FIRST_PERSON = new Set(['i', 'we']);
// "he said", "they told": in indirect speech often the speaker ("a woman it said was armed"); in a quotation, someone else.
const THIRD_PERSON = new Set(['he', 'she', 'it', 'they']);
// Of those, the ones that name people (an agency's release may call itself "it").
const PERSONAL = new Set(['he', 'she', 'they']);
// "officials have told her", "witnesses told my office": the speaker heard it and vouches for it.
const LISTENERS = new Set(['me', 'us', 'her', 'him']);
const OWN = new Set(['my', 'our']);
// "charged at officers", "charged with assault": never a report of words here.
const NOT_REPORTING = new Set(['charge', 'post', 'state', 'note', 'question', 'submit', 'ask', 'add']);
// "its account that he accelerated at the agent", "the agency's claim that she was armed": someone's
// words named by a noun, retold. "My account that …" stays the speaker's own, and so does a
// rejection ("the wound contradicts the claim that he drove at the agent": matchFacets reads it as
// the opposite stance, the speaker's).
// "the agent's testimony that Ruiz lunged at him … is contradicted by every witness": the judge retells it.
const RELAY_NOUNS = new Set(['account', 'accounts', 'claim', 'claims', 'assertion', 'assertions', 'allegation', 'allegations', 'contention', 'version', 'narrative', 'insistence', 'testimony', 'story', 'description', 'explanation', 'portrayal', 'characterization', 'characterisation', 'suggestion']);
// "the agency's statement described her as an illegal alien", "DHS accused him of ramming": someone
// else's characterisation of a person, retold (not "called", which also calls 911 and calls for).
const CHARACTERIZING = new Set(['described', 'describes', 'describing', 'characterized', 'characterizes', 'characterised', 'portrayed', 'portrays', 'depicted', 'depicts', 'labeled', 'labelled', 'labels', 'branded', 'brands', 'dubbed', 'accused', 'accuses', 'accusing']);
// "a statement that called him …", "a post which described her as …": whose words the relative clause tells.
const RELATIVES = new Set(['that', 'which']);
const WORDS_NOUNS = new Set(['statement', 'statements', 'post', 'posts', 'release', 'report', 'reports', 'complaint', 'affidavit', 'filing', 'email', 'letter', 'tweet', 'message']);
const OBJECTS = new Set(['him', 'her', 'them']);
const WORD = /[\p{L}’']+/gu;
// A sentence's end, not an abbreviation's or an initial's ("Mr. Reyes", "U.S. officials", "Sen. Hale").
const SENTENCE_END = /(?<!\b(?:Mr|Mrs|Ms|Mx|Dr|St|Jr|Sr|Gen|Sen|Rep|Gov|Lt|Sgt|Capt|Col|Det|Ofc|Prof|Rev|Hon|No|vs|[A-Z]))[.!?]["”’)]*\s/u;

/** Who the speaker is, to tell their own reporting verbs ("who DHS said was in front of the car") from others'. */
export interface RelayContext {
  /** Lower-case words of the speaker's name, affiliation and source (3 letters or more). */
  readonly selfWords: ReadonlySet<string>;
  /** Whether a document offset lies inside quotation marks. */
  readonly isQuoted: (offset: number) => boolean;
  /**
   * The words are the outlet's own narration, which is nobody's "he" or "she": "video that she said
   * shows his car backing away" retells her words even outside quotation marks.
   */
  readonly narration?: boolean;
}

/**
 * The parts of a speaker's words that report someone else's ("Border Patrol has said he threw
 * rocks", "they told the public these two were gang members", "according to police, …"): what
 * follows a reporting verb (a speech verb of vocab/cues.json) to the end of its sentence or to
 * the next clause (", and that …", ", but …", "; "), and a whole quoted sentence for "according
 * to"; what follows a noun naming someone's words ("its account that …", "the claim that …"); and
 * what follows someone else's characterisation ("the agency's statement described her as …").
 * Not a relay: the speaker's own verb ("I", "we", their own name, a pronoun outside quotation
 * marks), a passive ("was told"), a denial ("has not said"), or words the speaker heard ("told
 * me", "told my office"). A claim read in a relay is the other party's as the speaker retells it,
 * not the speaker's own, so it is not given to the speaker.
 */
export function findRelays(words: string, offset: number, lexicon: CueLexicon, context: RelayContext): Relay[] {
  // Most words hold no reporting verb at all: one scan for any says so.
  if (!screenOf(lexicon).test(words)) return [];
  const relays: Relay[] = [];
  const tokens = [...words.matchAll(WORD)].map((m) => ({ text: m[0].toLowerCase(), start: m.index }));
  tokens.forEach((t, i) => {
    // Outside quotation marks, "according to a transcript" at the end of reported words is the
    // outlet's sourcing of the report, not the speaker's.
    if (t.text === 'according' && tokens[i + 1]?.text === 'to' && context.isQuoted(offset + t.start)) {
      relays.push({ start: offset + sentenceStart(words, t.start), end: offset + sentenceEnd(words, t.start) });
      return;
    }
    const that = RELAY_NOUNS.has(t.text) ? relayedThat(tokens, i) : undefined;
    if (that !== undefined) {
      const before = tokens[i - 1]?.text;
      if (before !== undefined && (OWN.has(before) || FIRST_PERSON.has(before))) return;
      if (isContradicted(words, that.start + that.text.length)) return;
      relays.push({ start: offset + that.start, end: offset + relayEnd(words, that.start + that.text.length) });
      return;
    }
    // "a DHS statement that called him a criminal": a text of someone's naming a person, retold.
    if ((CHARACTERIZING.has(t.text) || (t.text === 'called' && OBJECTS.has(tokens[i + 1]?.text ?? ''))) && RELATIVES.has(tokens[i - 1]?.text ?? '') && WORDS_NOUNS.has(tokens[i - 2]?.text ?? '')) {
      relays.push({ start: offset + t.start, end: offset + relayEnd(words, t.start + t.text.length) });
      return;
    }
    const verb = lexicon.verbs.get(t.text);
    if (!CHARACTERIZING.has(t.text) && (!verb?.speech || NOT_REPORTING.has(verb.lemma))) return;
    // "was accused by the Department of Homeland Security of ramming agents": the agent's words, retold.
    if (CHARACTERIZING.has(t.text) && BE.has(tokens[i - 1]?.text ?? '') && tokens[i + 1]?.text === 'by') {
      relays.push({ start: offset + t.start, end: offset + relayEnd(words, t.start + t.text.length) });
      return;
    }
    const progressive = t.text.endsWith('ing');
    let k = i - 1;
    for (; k >= 0; k--) {
      const w = tokens[k].text;
      if (NEGATORS.has(w) || w.endsWith("n't") || w.endsWith('n’t')) return;
      if (BE.has(w)) {
        if (!progressive) return;
        continue;
      }
      if (!AUXILIARIES.has(w)) break;
    }
    const subject = tokens[k]?.text;
    // "accounts circulating online that claim the officer shot an unarmed man": a relative "that"
    // before the verb and its clause, not the determiner of a noun ("that claim was false").
    const relative = subject === 'that' && k > 0 && k === i - 1 && isClauseAfter(tokens[i + 1]?.text);
    if (subject === undefined || (DETERMINERS.has(subject) && !relative) || FIRST_PERSON.has(subject) || context.selfWords.has(subject)) return;
    if (THIRD_PERSON.has(subject) && !context.isQuoted(offset + t.start) && !(context.narration === true && PERSONAL.has(subject))) return;
    // The subject must stand in the same sentence as the verb.
    if (SENTENCE_END.test(words.slice(tokens[k].start, t.start))) return;
    const next = tokens[i + 1]?.text;
    // "told her", "told my office": words the speaker heard; "accused him of" names whom it is about.
    if (next !== undefined && ((LISTENERS.has(next) && !CHARACTERIZING.has(t.text)) || OWN.has(next))) return;
    relays.push({ start: offset + t.start, end: offset + relayEnd(words, t.start + t.text.length) });
  });
  return relays;
}

// "the agency's version of events — that …", "its account of the shooting, that …": what the noun is of, before the clause it names.
const OF_WHAT = new Set(['events', 'what', 'happened', 'the', 'shooting', 'encounter', 'incident', 'confrontation', 'stop', 'arrest', 'struggle', 'chase']);

/** The "that" opening the clause a noun of someone's words names ("the claim that …", "its version of events — that …"), if any. */
function relayedThat<T extends { readonly text: string }>(tokens: readonly T[], i: number): T | undefined {
  if (tokens[i + 1]?.text === 'that') return tokens[i + 1];
  if (tokens[i + 1]?.text !== 'of') return undefined;
  for (let k = i + 2; k < tokens.length && k <= i + 4; k++) {
    if (tokens[k].text === 'that') return k > i + 2 ? tokens[k] : undefined;
    if (!OF_WHAT.has(tokens[k].text)) return undefined;
  }
  return undefined;
}

// Words that open a reported clause right after its verb ("claim the officer …", "say he …"), not what
// follows a noun ("that claim was false", "that report of …").
const CLAUSE_OPENERS = new Set(['the', 'a', 'an', 'he', 'she', 'they', 'it', 'his', 'her', 'their', 'agents', 'officers', 'police', 'that']);

function isClauseAfter(word: string | undefined): boolean {
  return word !== undefined && CLAUSE_OPENERS.has(word);
}

// Per lexicon: "according" and every form of a speech verb that reports, as one alternation.
const screens = new WeakMap<CueLexicon, RegExp>();

function screenOf(lexicon: CueLexicon): RegExp {
  let screen = screens.get(lexicon);
  if (!screen) {
    const forms = [...lexicon.verbs].filter(([, v]) => v.speech && !NOT_REPORTING.has(v.lemma)).map(([form]) => form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    const nouns = [...RELAY_NOUNS].join('|');
    screen = new RegExp(`(?<![\\p{L}’'])(?:according|${forms.join('|')}|${[...CHARACTERIZING].join('|')}|called|(?:${nouns})\\s+(?:that|of))(?![\\p{L}’'])`, 'iu');
    screens.set(lexicon, screen);
  }
  return screen;
}

/** Whether a claim read at [start, end) lies in a relayed part. */
export function isRelayed(relays: readonly Relay[], start: number, end: number): boolean {
  return relays.some((r) => start >= r.start && end <= r.end);
}

// "… has said he threw rocks, and that witnesses told her …": the next report begins a part of its own.
// Without a comma ("wrote that he reached … and that he feared …") the same verb goes on.
const CLAUSE_END = /;\s|,\s+(?:but|and)\s+that\b|,\s+but\b/u;

/** Where a relay ends: its sentence's end, or the next clause that may be the speaker's again. */
function relayEnd(words: string, from: number): number {
  const end = sentenceEnd(words, from);
  const clause = CLAUSE_END.exec(words.slice(from, end));
  return clause ? from + clause.index : end;
}

function sentenceEnd(words: string, from: number): number {
  const rest = words.slice(from);
  const hit = SENTENCE_END.exec(rest);
  return hit ? from + hit.index + 1 : words.length;
}

function sentenceStart(words: string, at: number): number {
  let start = 0;
  const re = new RegExp(SENTENCE_END.source, 'gu');
  for (const m of words.matchAll(re)) {
    if (m.index + m[0].length > at) break;
    start = m.index + m[0].length;
  }
  return start;
}
