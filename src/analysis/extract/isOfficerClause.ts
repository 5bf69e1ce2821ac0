// A clause about an officer up to a match: "The agent was struck in the leg", "one of the officers,
// who had been hit in the hand", "two agents have been charged", "the officer suffered injuries and
// was treated at a hospital", "The wounded agent, a 12-year veteran, was struck in the leg", "Border Patrol
// Agent Marcus Lee, 38, was shot in the thigh", "Agent A was treated at a hospital" (a filing's pseudonym),
// the agent "was struck in the left knee" (the words quoted), "the officer, identified only by the initials
// J.R., was struck in the left knee": what follows is the officer's.
const OFFICER_CLAUSE = /\b(?:(?:the|an?|one|two|a second|another)\s+(?:(?:of the\s+)?[\w-]+\s+){0,3}?(?:agent|officer|deputy|trooper|marshal)s?|(?:agent|officer|deputy|trooper)\s+(?:[a-z]|\d{1,2}|[\p{L}'’-]+(?:\s+[\p{L}'’-]+)?\s*,\s*\d{1,3})|(?:BPA|SBPA|CBPO|TFO|SA|DO|O)-\d{1,2})\b(?:\s*,?\s*(?:who|whose|that)\b[^,;.]*?|\s*,\s*(?:an?|the)\s+[^,;.]{1,60},|\s*,\s*(?:identified|named|described|known)\s+[^,;]{1,60},)?(?:\s+[^,;.]{1,60}?\s+and)?,?\s+["“]?(?:was|were|had been|has been|have been|is|are|got|will be)\s+(?:\w+\s+)?$/iu;

// "One officer was shot in the abdomen; the other was hit in the arm": the other is an officer too.
const OTHER_OFFICER = /\b(?:one|an?)\s+(?:[\w-]+\s+){0,2}?(?:agent|officer|deputy|trooper|marshal)\b[^.!?]*?[;,]\s*(?:and\s+|while\s+)?(?:the\s+other|the\s+second|another)(?:\s+one)?,?\s+(?:was|were|had been|has been|is|got)\s+(?:\w+\s+)?$/iu;

// "The officer was “seriously injured” and taken to a hospital": what follows "and" is the officer's too.
const OFFICER_AND = /\b(?:the|an?|one|two|another)\s+(?:[\w-]+\s+){0,3}?(?:agent|officer|deputy|trooper|marshal)s?\s+(?:was|were|had been|has been)\s+[^,;.]{1,60}?\s+and\s+(?:was\s+|were\s+)?(?:\w+\s+)?$/iu;

// "One officer suffered a concussion after being struck in the head": what befell the officer who suffered it.
const OFFICER_SUFFERED_AFTER = /\b(?:the|an?|one|two|another)\s+(?:[\w-]+\s+){0,3}?(?:agent|officer|deputy|trooper|marshal)s?\s+(?:\w+\s+)?(?:suffered|sustained|had|received)\b[^,;.]{0,60}?\b(?:after|when|from)\s+being\s+(?:\w+\s+)?$/iu;

// A clause or sentence break: not the period of an initial ("identified only by the initials J.R., was struck").
const CLAUSE_BREAK = /(?<!(?:^|[^\p{L}])\p{Lu})[.;!?]/u;
const SENTENCE_BREAK = /(?<!(?:^|[^\p{L}])\p{Lu})[.!?]/u;

/** Whether the words of `text` before `at`, back to the sentence's start (120 characters at most), make an officer the subject of what follows. */
export function isOfficerClause(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 120), at);
  const clause = before.split(CLAUSE_BREAK).pop() ?? '';
  if (OFFICER_CLAUSE.test(clause) || OFFICER_AND.test(clause) || OFFICER_SUFFERED_AFTER.test(clause)) return true;
  const sentence = before.split(SENTENCE_BREAK).pop() ?? '';
  return /\b(?:other|second|another)\b/iu.test(sentence) && OTHER_OFFICER.test(sentence);
}
