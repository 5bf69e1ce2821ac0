import type { Speaker } from '../../domain/attribution.js';
import type { ParsedDocument } from '../../domain/document.js';
import type { Role } from '../../domain/roles.js';
import { loadRoleVocab } from '../../nlp/speakers/roleVocab.js';

// "I am the attorney for …", "I'm his sister", "I was a witness to …": the author saying who they are.
const SELF = /\bI(?: am|'m|’m| was) (?:the |an? |one of the |his |her |their )?((?:[\p{L}-]+ )?[\p{L}-]+)(?: (?:for|of|to|who|and)\b|[,.])/gu;
// "I represent the family of …": counsel.
const REPRESENT = /\bI (?:represent|am representing|have represented)\b/u;
// "I watched from my front window as agents shot my neighbor", "I saw the agent fire": a witness.
const WATCHED = /\bI (?:watched|saw|witnessed|filmed|recorded)\b[^.!?]{0,120}?\b(?:shoot|shot|fire|fired|firing|tackle|tackled|beat|beating|beaten|pin|pinned|drag|dragged|kill|killed|tase|tased|spray|sprayed)\b/u;
// Who may speak for their own side of an incident: not an official, whose op-ed is an official's.
const PARTY_ROLES: ReadonlySet<Role> = new Set(['subject_counsel', 'family', 'witness']);
// How far into the body the author must say it: the opening of an op-ed, not a quotation deep inside.
const OPENING = 1200;

/**
 * The author of a first-person piece who says in its opening who they are to the incident ("I am
 * the attorney for the family of …", "I represent …", "I am his sister", "I was a witness", "I watched
 * agents shoot my neighbor"): their
 * sentences are their account, as an agency's release is the agency's (findPublisherVoice). Null
 * without a byline, or when the opening says no such thing.
 */
export function findAuthorVoice(doc: Pick<ParsedDocument, 'text' | 'bodyStart' | 'metadata'>): Speaker | null {
  const author = doc.metadata.author?.trim();
  if (!author) return null;
  const opening = doc.text.slice(doc.bodyStart, doc.bodyStart + OPENING);
  const role = REPRESENT.test(opening) ? 'subject_counsel' : (roleOfSelf(opening) ?? (WATCHED.test(opening) ? 'witness' : null));
  return role ? Object.freeze({ name: author, affiliation: null, role }) : null;
}

function roleOfSelf(opening: string): Role | null {
  const relations = loadRoleVocab().relationRoles;
  for (const hit of opening.matchAll(SELF)) {
    const words = hit[1].toLowerCase().split(' ');
    const role = relations.get(words.join(' ')) ?? relations.get(words[words.length - 1]) ?? null;
    if (role && PARTY_ROLES.has(role)) return role;
  }
  return null;
}
