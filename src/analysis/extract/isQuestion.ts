import type { SentenceInfo } from './describeSentences.js';

const QUESTION_END = /\?["”’)]?\s*$/u;

/** Whether the sentence asks rather than tells ("Does the Department intend to review the January shooting in Yuma?"). */
export function isQuestion(s: SentenceInfo): boolean {
  return QUESTION_END.test(s.text);
}
