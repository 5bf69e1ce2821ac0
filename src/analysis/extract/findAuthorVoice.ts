import type { Speaker } from '../../domain/attribution.js';
import type { ParsedDocument } from '../../domain/document.js';
import type { Role } from '../../domain/roles.js';
import { loadRoleVocab } from '../../nlp/speakers/roleVocab.js';

// "I am the attorney for …", "I'm his sister", "I was a witness to …": the author saying who they are.
const SELF = /\bI(?: am|'m|’m| was) (?:the |an? |one of the |his |her |their )?((?:[\p{L}-]+ )?[\p{L}-]+)(?: (?:for|of|to|who|and)\b|[,.])/gu;
// "I represent the family of …": counsel.
const REPRESENT = /\bI (?:represent|am representing|have represented)\b/u;
// "I watched from my front window as agents shot my neighbor", "I saw the agent fire": a witness.
const WATCHED = /\bI (?:watched|saw|witnessed|filmed|recorded)\b[^.!?]{0,120}?\b(?:shoot|shot|fire|fired|firing|tackle|tackled|beat|beating|beaten|pin|pinned|drag|dragged|kill|killed|tase|tased|spray|sprayed|smash|smashed|pull|pulled|throw|threw|slam|slammed|punch|punched|kick|kicked|choke|choked|grab|grabbed|handcuff|handcuffed)\b/u;
// Who may speak for their own side of an incident: not an official, whose op-ed is an official's.
const PARTY_ROLES: ReadonlySet<Role> = new Set(['subject_counsel', 'family', 'witness']);
// How far into the body the author must say it: the opening of an op-ed, not a quotation deep inside.
const OPENING = 1200;

// "Opinion: …", "Op-Ed | …", or a URL under /opinion/: the piece is its author's, not the outlet's reporting.
const OPINION_TITLE = /^\s*(?:opinion|op-ed|oped|commentary|guest column|column|viewpoint|perspective|my turn)\s*[:|—–-]/iu;
const OPINION_URL = /\/(?:opinions?|op-?eds?|commentary|columns?|columnists?)\//iu;

/**
 * The author of a first-person piece who says in its opening who they are to the incident ("I am
 * the attorney for the family of …", "I represent …", "I am his sister", "I was a witness", "I watched
 * agents shoot my neighbor"): their
 * sentences are their account, as an agency's release is the agency's (findPublisherVoice); and the
 * author of an opinion piece ("Opinion: …", a URL under /opinion/), whoever they are. Null without a
 * byline, or when neither holds.
 */
export function findAuthorVoice(doc: Pick<ParsedDocument, 'text' | 'bodyStart' | 'metadata'>): Speaker | null {
  const author = doc.metadata.author?.trim();
  if (!author) return contributorVoice(doc);
  const opening = doc.text.slice(doc.bodyStart, doc.bodyStart + OPENING);
  // "Opinion: I watched ICE agents drag my neighbor from his truck": the headline says it too.
  const watched = WATCHED.test(opening) || WATCHED.test(doc.metadata.title ?? '');
  const role = REPRESENT.test(opening) ? 'subject_counsel' : (roleOfSelf(opening) ?? (watched ? 'witness' : null));
  if (role) return Object.freeze({ name: author, affiliation: null, role });
  // An opinion piece speaks as its author, with the office the byline gives ("Rep. Nadia Haddad").
  if (!isOpinion(doc.metadata, firstLine(doc.text, doc.bodyStart))) return null;
  const titled = authorTitle(author);
  return Object.freeze({ name: titled.name, affiliation: null, role: titled.role ?? 'other' });
}

/** Whether the title (or, with none in the header, the body's first line: a page copied as text) or the URL says opinion. */
function isOpinion(metadata: ParsedDocument['metadata'], headline: string): boolean {
  return OPINION_TITLE.test(metadata.title ?? headline) || (metadata.url !== null && OPINION_URL.test(metadata.url));
}

function firstLine(text: string, bodyStart: number): string {
  const end = text.indexOf('\n', bodyStart);
  return text.slice(bodyStart, end < 0 ? text.length : end);
}

/** "Rep. Nadia Haddad" → Nadia Haddad, elected_official; a byline with no title keeps its name and no role. */
function authorTitle(author: string): { name: string; role: Role | null } {
  const words = author.split(/\s+/u);
  const titles = loadRoleVocab().titleRoles;
  let i = 0;
  let role: Role | null = null;
  while (i < words.length - 1) {
    const found = titles.get(words[i].toLowerCase()) ?? titles.get(words[i].toLowerCase().replace(/\.$/u, ''));
    if (found === undefined) break;
    role ??= found;
    i++;
  }
  return { name: words.slice(i).join(' '), role };
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

// "Valeria Arredondo is a pediatric nurse in Phoenix. Her brother, Luis Ángel Arredondo, was fatally shot …":
// the note closing an opinion piece, opening on its author's name.
const CONTRIBUTOR_NOTE = /^[—–-]?\s*(\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){1,3})\s+(?:is|was|has been|served|serves|works|worked|teaches|lives|represents)\b/u;
// "Her brother, …, was fatally shot": whose relative the note says the author is.
const KIN_IN_NOTE = /\b(?:[Hh]er|[Hh]is|[Tt]heir)\s+([\p{Ll}-]+)\s*,/u;
const MOST_NOTE = 400;

/**
 * An opinion piece with no byline whose closing note names its author ("Valeria Arredondo is a
 * pediatric nurse in Phoenix. Her brother, …, was fatally shot by an ICE officer"): the author, as
 * the kin or the lawyer the note or the opening says they are, else in no role of the incident.
 */
function contributorVoice(doc: Pick<ParsedDocument, 'text' | 'bodyStart' | 'metadata'>): Speaker | null {
  if (!isOpinion(doc.metadata, firstLine(doc.text, doc.bodyStart))) return null;
  const paragraphs = doc.text.slice(doc.bodyStart).split(/\n\s*\n/u).map((p) => p.trim()).filter(Boolean);
  const note = paragraphs.at(-1) ?? '';
  const named = note.length <= MOST_NOTE ? CONTRIBUTOR_NOTE.exec(note) : null;
  if (!named || paragraphs.length < 3) return null;
  const relations = loadRoleVocab().relationRoles;
  const kin = KIN_IN_NOTE.exec(note)?.[1];
  const opening = doc.text.slice(doc.bodyStart, doc.bodyStart + OPENING);
  const role = (kin && relations.get(kin) === 'family' ? 'family' : null) ?? (/\brepresents\b/u.test(note) ? 'subject_counsel' : null) ?? roleOfSelf(opening) ?? (WATCHED.test(opening) ? 'witness' : 'other');
  return Object.freeze({ name: named[1], affiliation: null, role });
}
