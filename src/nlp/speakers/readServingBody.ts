import { organizationEntity } from './organizationEntity.js';
import type { Entity } from './entity.js';
import type { SpeakerContext } from './speakerContext.js';
import type { Word } from './words.js';

const STATEMENT_OPENERS = new Set(['a', 'an', 'its', 'their', 'his', 'her', 'the']);

/**
 * A body named with where it serves or how it spoke: "ICE in Chicago", "the U.S. Attorney's
 * Office for the District of Oregon", "ICE in a statement to reporters". The body speaks; the
 * place or the statement says no more of who. Null when the words after the body are anything else.
 */
export function readServingBody(ctx: SpeakerContext, words: readonly Word[]): Entity | null {
  const from = words[0]?.norm === 'the' ? 1 : 0;
  const first = words[from];
  const org = first ? ctx.organizations.find((o) => o.start <= first.start && first.start < o.end) : undefined;
  if (!org) return null;
  let link = from;
  while (link < words.length && words[link].start < org.end) link++;
  const norm = words[link]?.norm;
  if (norm !== 'in' && norm !== 'for') return null;
  const rest = words.slice(link + 1);
  if (!servesPlace(rest) && !(norm === 'in' && inStatement(ctx, rest))) return null;
  return organizationEntity(org, ctx.vocab);
}

/** "Chicago", "the District of Oregon", "the Southern District of Texas": a capitalised name, "of" between. */
function servesPlace(rest: readonly Word[]): boolean {
  const name = rest[0]?.norm === 'the' ? rest.slice(1) : rest;
  return name.length > 0 && name.length <= 6 && name[0].capitalized && name[name.length - 1].capitalized && name.every((w) => w.capitalized || w.norm === 'of');
}

/** "a statement", "a statement to reporters", "its news release": how the body spoke. */
function inStatement(ctx: SpeakerContext, rest: readonly Word[]): boolean {
  return rest.length >= 2 && STATEMENT_OPENERS.has(rest[0].norm) && ctx.vocab.statementNouns.has(rest[1].norm) && (rest.length === 2 || ['to', 'on', 'from', 'released', 'issued', 'posted'].includes(rest[2].norm));
}
