import { screenSetOf } from './compileScreenSet.js';

// A frame that rejects what follows ("contradicts the claim that she drove at the agent", "hard to
// square with a car bearing down on him", "doesn't fit the idea of…"): the hit argues the opposite.
// On a two-sided facet the hit takes the other stance; otherwise it is dropped like a negation.
const CONTRADICTION =
  /\b(?:contradict\w*|(?:hard|difficult|impossible) to (?:square|reconcile)|(?:does|do|did)(?: not|n['’]t) (?:fit|match|support|square with|line up with)|inconsistent with|at odds with|undercut\w*|refut\w*|disprov\w*|debunk\w*|no evidence (?:that|of)|(?:den(?:y|ies|ied)|disput\w*|reject\w*) (?:the )?(?:claims?|accounts?|assertions?|allegations?|suggestions?|idea)(?: that| of)?|false(?:ly)? (?:claim\w*|said|stated|accus\w*))\b[^.;!?]{0,80}$/iu;
// Screened once per text (screenRegex): a text holding none of its words contradicts no hit in it,
// since the words before a hit are part of the text. Most texts hold none.
const CONTRADICTION_LIST: readonly RegExp[] = Object.freeze([CONTRADICTION]);
screenSetOf(CONTRADICTION_LIST);

/** Whether `text` holds any word of a rejecting frame: when not, no hit in it is contradicted. */
export function mayBeContradicted(text: string): boolean {
  return screenSetOf(CONTRADICTION_LIST).pass(text)[0] === 1;
}

/** Whether the words just before `at` reject what follows ("contradicts the claim that …", "hard to square with …"). */
export function isContradicted(text: string, at: number): boolean {
  return CONTRADICTION.test(text.slice(Math.max(0, at - 120), at));
}
