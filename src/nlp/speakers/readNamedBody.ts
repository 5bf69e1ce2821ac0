import { loadBodies } from '../mentions/loadBodies.js';
import { makeEntity, makeSpeaker, type Entity } from './entity.js';
import { roleOfOrganization } from './organizationEntity.js';
import type { RoleVocab } from './roleVocab.js';
import { foldName, type Word } from './words.js';

// The last word of a body's name that no person's name ends on.
const BODY_TAILS = new Set([
  'council', 'union', 'center', 'centre', 'institute', 'foundation', 'project', 'coalition', 'alliance', 'network',
  'association', 'league', 'society', 'federation', 'caucus', 'committee', 'collective',
]);
// Tails of a body named as the author of a work ("a tally kept by Frontera Watch", "the U.S. Press Freedom
// Tracker"): beside a person ("a legal observer with the Lawyers Guild") they are no body she speaks for.
const WORK_AUTHOR_TAILS = new Set([...BODY_TAILS, 'watch', 'guild', 'tracker', 'initiative', 'observatory']);
/** "Coalition", "Union": a word a body's name ends on and no person's does. */
export function isBodyTail(norm: string): boolean {
  return BODY_TAILS.has(norm);
}

// Lower-case words a body's name may hold between its capitalised ones: "American Civil Liberties Union of Texas", "Fe y Trabajo Worker Center".
const CONNECTORS = new Set(['of', 'for', 'and', 'on', 'the', '&', 'y', 'e', 'de', 'del', 'la', 'los', 'las']);
/** "of", "y": a lower-case word a body's name may hold between its capitalised ones. */
export function isNameConnector(norm: string): boolean {
  return CONNECTORS.has(norm);
}

/** The name ends on a tail, or on a tail, "of" or "for" and capitalised words ("… Union of Texas", "Center for Immigration Studies"). */
function endsOnTail(name: readonly Word[], tails: ReadonlySet<string>): boolean {
  if (tails.has(name[name.length - 1].norm)) return true;
  let of = name.length - 1;
  while (of >= 0 && name[of].norm !== 'of' && name[of].norm !== 'for') of--;
  return of >= 1 && of < name.length - 1 && tails.has(name[of - 1].norm) && name.slice(of + 1).every((w) => w.capitalized);
}

/**
 * A body the vocabulary does not list, named in full as the speaker: "The Immigrant Legal Resource
 * Center", "The National Border Patrol Council", "the American Civil Liberties Union of Texas". Named
 * as written (without the article), its role by vocab/roles.json's organizationRoles ("City Council"
 * speaks as elected officials), never as the state's officials: an agency's name inside it ("Border
 * Patrol" of a union) does not make it the agency. `asAuthor`: the body is named as a work's author,
 * and may end on the tails of WORK_AUTHOR_TAILS too. Null for anything else.
 */
export function readNamedBody(words: readonly Word[], vocab: RoleVocab, asAuthor = false): Entity | null {
  const name = words[0]?.norm === 'the' ? words.slice(1) : words;
  // "Alianza Inmigrante del Golfo": a Spanish name opens on its noun (vocab/bodies.json nameHeads).
  if (name.length < 2 || !(endsOnTail(name, asAuthor ? WORK_AUTHOR_TAILS : BODY_TAILS) || loadBodies().nameHeads.has(name[0].text))) return null;
  if (!name[0].capitalized || !name.every((w) => (w.capitalized && !w.possessive) || CONNECTORS.has(w.norm))) return null;
  // "of" and "for" only after a tail ("Union of Texas", "Center for Immigration Studies"): "Ross Eisenbrey
  // of the Economic Policy Institute" is a person; "and" never after one ("the ACLU and the NAACP" are two).
  for (let i = 1; i < name.length; i++) {
    const n = name[i].norm;
    if ((n === 'of' || n === 'for') && !BODY_TAILS.has(name[i - 1].norm)) return null;
    if ((n === 'and' || n === '&') && name.slice(0, i).some((w) => BODY_TAILS.has(w.norm))) return null;
  }
  const written = name.map((w) => w.text).join(' ');
  const role = roleOfOrganization(written, null, vocab);
  return makeEntity({
    key: `org:${foldName(written)}`,
    kind: 'organization',
    speaker: makeSpeaker(written, written, role === 'official' ? 'other' : role),
    // "The Florida Immigrant Coalition said … The group said": a body named so is what "the group" or "the organization" speaks for.
    heads: [...name.map((w) => w.norm), 'group'],
  });
}
