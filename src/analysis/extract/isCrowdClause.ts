// A crowd as the subject of the clause that runs up to a match: "rioters had blocked the entrance
// and assaulted officers", "Rioters assaulted our officers", "a group of protesters who threw rocks".
// The opener keeps the crowd noun the clause's own subject ("said the man attacked people" has none).
const CROWD_CLAUSE = new RegExp(
  String.raw`(?:^|[,;:(—–"“]\s*|\b(?:and|but|that|when|as|while|before|after|because|then|said|says|shows?|showed|by|among|from|with|at)\s+)` +
    String.raw`(?:(?:the|some|several|many|other|a|an|group|groups|crowd|of|violent|masked|angry|dozens|hundreds|\d+)\s+){0,4}` +
    String.raw`(?:[\p{Ll}-]+\s+)?(?:rioters|protesters|protestors|demonstrators|agitators|crowds?|mobs?|activists)` +
    // A closing quotation mark may follow: DHS's “violent rioters” had thrown …
    String.raw`["”’]?\s+(?:who\s+)?(?:(?:had|have|has|were|was|then|also|allegedly|reportedly|repeatedly|\p{Ll}+ly)\s+){0,2}` +
    // Their own verb phrases up to the match ("had blocked the entrance and assaulted officers with …"): no
    // other subject inside (a pronoun, a relative or report, a subordinate clause, "and the man …", "and officers …").
    String.raw`(?:(?!\b(?:he|she|him|her|his|hers|that|who|whom|said|says|told|when|while|as|because|after|before|until|if)\b|\band\s+(?:the|an?|one|two|agents?|officers?|deput(?:y|ies)|police)\b)[^,;:.])*$`,
  'iu',
);

/** Whether the words of `text` before `at`, back to the sentence's start (160 characters at most), make a crowd the subject of what follows. */
export function isCrowdClause(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 160), at);
  return CROWD_CLAUSE.test(before.split(/[.;!?]/u).pop() ?? '');
}
