import { splitSentences } from '../../sentences/splitSentences.js';
import { tokenize } from '../../tokens/tokenize.js';
import { hashString } from './hashFeature.js';
import { markRuleRoles } from './markRuleRoles.js';

/**
 * Invented paragraphs that walk through the rules' main readings: quotes with the cue after, before
 * and inside them, quotes running over several sentences, reported speech with and without "that",
 * "according to", a colon lead, an appositive source, a negated cue, complement cues and a relayed
 * report, a blow that reports nothing, an inverted tag after an appositive, particles of a surname,
 * a content cut before a second predicate and before the tag that reports it. A change of the rules
 * almost always changes how some of them are read.
 */
export const RULE_PROBE_TEXT: readonly string[] = Object.freeze([
  '“We will open the records next week,” the county clerk said on Monday.',
  'Maria Okafor, a spokeswoman for the harbor authority, said the gates were closed before noon.',
  'The mayor said: “Nobody on the crew was hurt. The pumps kept running all night.”',
  '“The bridge is safe,” said Tom Reyes, the state engineer. “We checked every cable twice.”',
  'According to two officers who were present, the driver stopped the van and raised his hands.',
  'Police said the man had reached for a tool, a claim his brother disputed.',
  'The company did not say how many workers had been sent home.',
  'She told reporters that the plan “was never about money” and added that talks would resume.',
  '“I saw the truck back up,” a neighbor recalled, “and then I heard two bangs.”',
  'Officials called the report “deeply misleading” and vowed to release their own figures.',
  'The lawsuit alleges that guards ignored repeated requests for medical care.',
  'In a statement, the agency said its officers followed their training.',
  'He insisted he had never met the contractor, according to a person familiar with the talks.',
  'The senator wrote on social media that the vote was "a disgrace" and urged a recount.',
  'A lawyer for the family, Ben Alvarez, told the court the video contradicts the official account.',
  'Witnesses said the officer fired three times; the department said he fired once.',
  '"It was chaos," said Lena Park. "People were running everywhere."',
  'The union declined to comment, but a member said the shift had been cut short.',
  'An agent slammed her head against the car, and the mayor slammed the arrest as cruel.',
  'The man, Héctor Lozano, 40, needed stitches, said the lawyer, María de la Cruz.',
  'Not long after the chief posted the video, the sheriff denied the charges and fired two deputies, a spokesman said.',
]);

/**
 * A short fingerprint (8 hex digits) of the rules' reading of RULE_PROBE_TEXT (or of `texts`): the
 * label markRuleRoles gives every token, which is all the tagger sees of the rules. The model file
 * records it at training; a test compares it with the rules of the day, so a rule change under a
 * model trained on other rules fails with the retrain hint instead of quietly feeding the tagger
 * readings it never learned from.
 */
export function fingerprintRules(texts: readonly string[] = RULE_PROBE_TEXT): string {
  let h = 0x811c9dc5;
  for (const text of texts) {
    const tokens = tokenize(text);
    const labels = markRuleRoles(text, tokens, splitSentences(text, tokens, { bodyStart: 0 }));
    h = Math.imul(h ^ hashString(labels.join(',')), 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}
