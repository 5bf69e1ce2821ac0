import type { Occurrence } from './entity.js';
import type { PersonRecord } from './personRegistry.js';

// "The officer, identified in court records as Jonathan Ross,", "the agent who fired was named as …",
// "The agent, Kyle Brandt, 31, testified" (the name set off right after the rank),
// "The ICE officer who shot and killed Renata Goodwin on Wednesday is Jonah Ross".
// Not "The man shot by a federal immigration officer … has been identified by his family as …": an
// officer after "by" is not who is named; nor are "agents" of a clause before "that a man — later identified as …".
const IDENTIFIED_OFFICER = /(?<!\bby\s+(?:an?|the|one|two)\s+(?:[\w-]+\s+){0,3})\b(?:officer|agent|deputy|trooper)s?\b(?:(?:(?!\bthat\b|["“”—–])[^.;]){0,60}?\b(?:identified|named)\b[^.;]{0,40}?\bas|\s+who\s+(?:shot|fired|killed|opened fire)\b[^.;]{0,80}?\b(?:is|was)(?: named)?)\s+$|\bthe\s+(?:[\w-]+\s+){0,3}(?:officer|agent|deputy|trooper),\s*$/iu;

/** Whether the text names the person as the officer at one of their occurrences ("The officer, identified in court records as Jonathan Ross"). */
export function isIdentifiedOfficer(text: string, occurrences: readonly Occurrence[], record: PersonRecord): boolean {
  return occurrences.some((o) => o.entity.person === record && IDENTIFIED_OFFICER.test(text.slice(Math.max(0, o.start - 110), o.start)));
}
