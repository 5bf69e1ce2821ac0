import { isOfficerClause } from './isOfficerClause.js';

// An officer as the object of a charge word: "indicted an Immigration and Customs Enforcement
// officer", "charges against the agent", "charged the deputy with". Not an officer's possessive
// ("the officers' report"), nor "declined to bring charges against the officers" past its "against", and not a charge of acting against one ("charged with assaulting an officer":
// the words after the cue there open on a verb).
const OFFICER_OBJECT = /^\s+(?:against\s+)?(?:(?:the|an?|one|two|three|both|federal|immigration|former|off-duty|and|of|\p{Lu}[\p{L}.’'-]*)\s+){0,6}(?:agents?|officers?|deput(?:y|ies)|troopers?|marshals?)\b(?!['’])/u;
const OFFICER_INSIDE = /\b(?:charged|indicted|accused|prosecuted)\s+(?:(?:the|an?|one|two|federal|immigration|former|and|of|\p{Lu}[\p{L}.’'-]*)\s+){0,6}(?:agents?|officers?|deput(?:y|ies)|troopers?|marshals?)\b(?!['’])/u;

// "A Border Patrol agent was indicted Thursday on charges of …": the officer opening the clause (past a
// dateline's dash) as the subject of a passive charge verb, the charge a few words after it; not "The
// man who shoved an agent was charged …", where the officer is an object.
const OFFICER_PASSIVE = /(?:^|[—–(:]|\bthat)\s*(?:the|an?|one|two|three|both|another)\s+(?:[\w-]+\s+){0,3}?(?:agent|officer|deputy|trooper|marshal)s?\b(?:\s*,[^;.]{0,80},)?\s+(?:was|were|has been|have been|had been|is|are)\s+(?:\w+\s+)?(?:charged|indicted|accused|prosecuted)\b[^.;!?]{0,40}$/iu;

// "Derek Haines, 38, a deportation officer with U.S. Immigration and Customs Enforcement, is charged with …":
// a name set off as an officer, the subject of the passive.
const NAMED_OFFICER_PASSIVE = /(?:^|[—–(:]|\bthat)\s*(?:\p{Lu}[\p{L}'’-]+\s+){1,2}\p{Lu}[\p{L}'’-]+,\s*(?:\d{1,3},\s*)?(?:an?|the)\s+(?:[\w-]+\s+){0,3}?(?:agent|officer|deputy|trooper|marshal)\b(?!['’])[^;]{0,80}?,\s+(?:was|were|has been|have been|had been|is|are)\s+(?:\w+\s+)?(?:charged|indicted|accused|prosecuted)\b[^.;!?]{0,40}$/u;

// "A Border Patrol agent who shot a 19-year-old … went on trial Tuesday on a charge of …": the officer opening
// the clause (a relative of what he did between) as the one tried, facing or pleading to the charge.
const OFFICER_TRIED = /(?:^|[—–(:]|\bthat)\s*(?:the|an?|one|two|another)\s+(?:[\w-]+\s+){0,3}?(?:agent|officer|deputy|trooper|marshal)s?\b(?:\s+who\b[^;.!?]{0,120}?)?\s+(?:(?:went|goes|go|will go)\s+on\s+trial|(?:is|are|was|were)\s+on\s+trial|(?:stood|stands|stand)\s+trial|faces?|faced|pleaded\s+(?:not\s+)?guilty)\b[^.;!?]{0,60}$/iu;

// A full stop after a single capital ("U.S.", "J.") ends no sentence.
const CLAUSE_END = /(?<!\b\p{Lu})[.;!?]/u;

/**
 * Whether the charge read at [start, end) of `text` is brought against an officer, not against the
 * person force was used on: the officer stands right after the charge word, inside it ("charged the
 * agent with"), as the one charged earlier in its clause ("indicted an officer on a charge of"), or
 * as the subject of its passive. Charges an officer faces are no claim about the person.
 */
export function isOfficerCharged(text: string, start: number, end: number): boolean {
  if (OFFICER_INSIDE.test(text.slice(start, end)) || OFFICER_OBJECT.test(text.slice(end, end + 90))) return true;
  const clause = text.slice(Math.max(0, start - 160), start).split(CLAUSE_END).pop() ?? '';
  // "indicted an ICE officer on a charge of manslaughter": the charge the officer was indicted on;
  // "the officer was charged": the passive's subject.
  // The passive's verb may open the reading itself ("… is also charged with …").
  const told = clause + text.slice(start, end);
  return OFFICER_INSIDE.test(clause) || OFFICER_PASSIVE.test(clause) || OFFICER_TRIED.test(clause) || OFFICER_PASSIVE.test(told) || NAMED_OFFICER_PASSIVE.test(clause) || NAMED_OFFICER_PASSIVE.test(told) || NOT_NAMING.test(clause) || isOfficerClause(text, start);
}

// "ProPublica is not naming him because he has not been charged": why the outlet withholds a name, the officer's.
const NOT_NAMING = /\b(?:is|are|was|were|has|have)\s+not\s+(?:been\s+)?(?:naming|identifying|named|identified|publishing\s+(?:the\s+)?name)\b[^.;!?]{0,60}\bbecause\b[^.;!?]{0,30}$/iu;
