import type { Outcome } from '../../domain/incident.js';
import type { Span } from '../../lib/spans.js';
import { findAll } from './compileRegexList.js';
import type { SentenceInfo } from './describeSentences.js';
import type { ForceVocab } from './forceVocab.js';
import { datelineLength } from '../../nlp/mentions/findDatelines.js';

const OFFICER_NOUN = /\b(?:officers?|agents?|deput(?:y|ies)|troopers?|marshals?)\b/iu;
// A sentence that opens on an officer (past a dateline, "ST. PAUL, Minn. — An Immigration and Customs
// Enforcement officer was dragged …") is about the officer ("The agent was treated for cuts"),
// unless the officer is the one who used force on someone ("An agent shot and killed a man").
const OFFICER_OPENS = /^\s*(?:the|an?)\s+(?:\w+\s+){0,4}(?:officer|agent)/iu;
// "A Border Patrol agent who fatally shot a man …" acts too.
// So is one charged for it: "A former Border Patrol agent was charged … in the death of a man he shot".
const OFFICER_ACTS = /^\s*(?:the|an?)\s+(?:\w+\s+){0,4}(?:officer|agent)\s+(?:(?:(?:who|that)\s+)?(?:(?:fatally|allegedly|then|later)\s+)?(?:shot|killed|fired|struck|wounded)|(?:was|has been|had been)\s+(?:\w+\s+)?(?:charged|indicted|arrested|convicted|sentenced))\b/iu;
// An officer noun then a force verb ("the agent shot and killed", "the officer who shot and killed"):
// the words after it tell what the officer did, not how the officer fared.
const OFFICER_DID = /\b(?:officers?|agents?|deput(?:y|ies)|troopers?|marshals?)\s+(?:(?:who|that)\s+)?(?:(?:fatally|allegedly|then|later)\s+)?(?:shot|killed|fired|struck|wounded)\b/iu;

// A modal perfect, a near miss or a negation right before the outcome word.
const UNREALISED = /\b(?:(?:could|would|might|may|should)(?:\s+(?:not|never))?\s+have(?:\s+been)?|(?:nearly|almost|narrowly|not|never)(?:\s+been)?)\s+$/iu;

// "gets people killed", "could get someone hurt": an outcome that befalls anyone, in general.
const ANYONE_BEFORE = /\b(?:get|gets|getting|got)\s+(?:people|someone|somebody|anyone|anybody|officers|agents|you)\s+$/iu;

/**
 * Whether an incident sentence is about the person force was used on, by the words it calls them
 * (vocab/force.json `subjectNouns`: "the man", "the driver", "he"), and not about an officer.
 */
export function isAboutSubject(s: SentenceInfo, vocab: ForceVocab): boolean {
  vocab.subjectNouns.lastIndex = 0;
  // Past a dateline: "ST. PAUL, Minn. — An … officer was dragged …".
  const opening = s.text.slice(datelineLength(s.text));
  return (s.strong || s.weak) && vocab.subjectNouns.test(s.text) && !(OFFICER_OPENS.test(opening) && !OFFICER_ACTS.test(opening));
}

/** How the person the sentences are about fared: the gravest outcome they tell (killed, then injured, then uninjured). */
export function findOutcome(about: readonly SentenceInfo[], vocab: ForceVocab): { outcome: Outcome; span: Span | null } {
  const order: [Outcome, readonly RegExp[]][] = [
    ['killed', vocab.outcomes.killed],
    ['injured', vocab.outcomes.injured],
    ['uninjured', vocab.outcomes.uninjured],
  ];
  for (const [outcome, patterns] of order) {
    for (const s of about) {
      for (const hit of findAll(patterns, s.text)) {
        // "the officer was not hurt" is about the officer, not the person shot.
        const before = s.text.slice(Math.max(0, hit.start - 25), hit.start);
        // "an agent shot Ana Ruiz, 25, in the arm": the officer did it, and the hit names how she fared.
        // The verb after the hit counts: "agent who fatally shot".
        if (OFFICER_NOUN.test(before) && !OFFICER_DID.test(s.text.slice(Math.max(0, hit.start - 40), hit.end + 12))) continue;
        // "She could have been killed", "he was nearly killed", "was not hurt": what did not happen.
        if (UNREALISED.test(before)) continue;
        // "hesitation gets people killed": what happens to anyone, no one's fate.
        if (ANYONE_BEFORE.test(before)) continue;
        return { outcome, span: Object.freeze({ start: s.start + hit.start, end: s.start + hit.end, text: hit.text }) };
      }
    }
  }
  return { outcome: 'unknown', span: null };
}
