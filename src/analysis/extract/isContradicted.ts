import { screenSetOf } from './compileScreenSet.js';

// A frame that rejects what follows ("contradicts the claim that she drove at the agent", "hard to
// square with a car bearing down on him", "doesn't fit the idea of…"): the hit argues the opposite.
// On a two-sided facet the hit takes the other stance; otherwise it is dropped like a negation.
const CONTRADICTION =
  /\b(?:contradict\w*|(?:hard|difficult|impossible) to (?:square|reconcile)|(?:does|do|did)(?: not|n['’]t) (?:fit|match|support|square with|line up with)|inconsistent with|at odds with|undercut\w*|refut\w*|disprov\w*|debunk\w*|no evidence (?:that|of)|(?:den(?:y|ies|ied)|disput\w*|reject\w*) (?:the )?(?:claims?|accounts?|assertions?|allegations?|suggestions?|idea|characteri[sz]ations?)(?: that| of)?|false(?:ly)? (?:claim\w*|said|stated|accus\w*))\b(?:[^.;!?]|\b(?:Mr|Mrs|Ms|Dr|St|Jr|Sr)\.){0,80}$/iu;
// Screened once per text (screenRegex): a text holding none of its words contradicts no hit in it,
// since the words before a hit are part of the text. Most texts hold none.
// "The idea that he posed a threat to anyone is absurd", "The claim that she tried to run over an
// agent is a lie": a proposition named before the hit and judged false after it, in one sentence.
// "claims circulating on social media that …": a few words may stand between the noun and its "that" (stop 71).
const PROPOSITION_BEFORE = /\b(?:idea|notion|claims?|suggestions?|assertions?|allegations?|narrative|contention|insinuation|story|rumou?rs?)(?:\s+[\p{L}-]+){0,5}?\s+that\b[^.;!?]{0,140}$/iu;
// "… that the subject had his hands raised. These claims are false": judged in the very next sentence, by its noun.
const JUDGED_FALSE_NEXT = /^[^.;!?]{0,100}[.;!?]\s+(?:These|Those|Such|The|This|That)\s+(?:claims?|reports?|allegations?|accounts?|assertions?|rumou?rs?)\s+(?:is|are|was|were)\s+(?:(?:simply|completely|patently|flatly|totally|plainly|clearly|absolutely)\s+)?(?:false|untrue|not true|baseless|fabricated|wrong|unfounded)\b/iu;
const JUDGED_FALSE =
  /^[^.;!?]{0,100}?\b(?:is|was|are|were)\s+(?:(?:simply|just|completely|utterly|patently|flatly|totally|plainly|clearly|absolutely)\s+)?(?:absurd|false|untrue|not true|an? (?:lie|fabrication|fantasy|fiction)|lies|ridiculous|nonsense|laughable|baseless|preposterous|fiction|fabricated|wrong|not supported|unsupported|contradicted|disproven|outrageous)\b/iu;
const CONTRADICTION_LIST: readonly RegExp[] = Object.freeze([CONTRADICTION, PROPOSITION_BEFORE]);
screenSetOf(CONTRADICTION_LIST);

/** Whether `text` holds any word of a rejecting frame: when not, no hit in it is contradicted. */
export function mayBeContradicted(text: string): boolean {
  const pass = screenSetOf(CONTRADICTION_LIST).pass(text);
  return pass[0] === 1 || pass[1] === 1;
}

/** Whether the hit at [at, end) is inside a proposition its sentence judges false ("The idea that … is absurd"). */
export function isJudgedFalse(text: string, at: number, end: number): boolean {
  if (!PROPOSITION_BEFORE.test(text.slice(Math.max(0, at - 200), at))) return false;
  const after = text.slice(end, end + 140);
  return JUDGED_FALSE.test(after) || JUDGED_FALSE_NEXT.test(after);
}

/** Whether the words just before `at` reject what follows ("contradicts the claim that …", "hard to square with …"). */
export function isContradicted(text: string, at: number): boolean {
  const m = CONTRADICTION.exec(text.slice(Math.max(0, at - 120), at));
  // "hard to square with a man driving at the person who shot him": a relative clause on a noun of the
  // rejected words names whom they speak of; what it tells ("who shot him") is not what is rejected.
  return m !== null && !RELATIVE_BETWEEN.test(m[0]);
}

// "the person who", "the agent who": a relative on a person between the frame and the hit. Not "a truck
// that rammed the agents", whose clause is the very thing rejected.
const RELATIVE_BETWEEN = /\b(?:person|man|woman|officer|agent|deputy|trooper|driver|one|people|officers|agents)\s+who\b/iu;
