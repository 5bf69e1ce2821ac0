// A clause about an officer up to a match: "The agent was struck in the leg", "one of the officers,
// who had been hit in the hand", "two agents have been charged": what follows is the officer's.
const OFFICER_CLAUSE = /\b(?:the|an?|one|two|a second|another)\s+(?:(?:of the\s+)?[\w-]+\s+){0,3}?(?:agent|officer|deputy|trooper|marshal)s?\b(?:\s*,?\s*(?:who|that)\b[^,;.]*?)?,?\s+(?:was|were|had been|has been|have been|is|are|got|will be)\s+(?:\w+\s+)?$/iu;

/** Whether the words of `text` before `at`, back to the sentence's start (120 characters at most), make an officer the subject of what follows. */
export function isOfficerClause(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 120), at);
  return OFFICER_CLAUSE.test(before.split(/[.;!?]/u).pop() ?? '');
}
