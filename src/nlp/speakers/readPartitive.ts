import type { Role } from '../../domain/roles.js';
import { describeDescription, type DescriptionSite } from './describeDescription.js';
import { NOT_SERVING } from './notServing.js';
import { makeEntity, makeSpeaker, type Entity } from './entity.js';
import { resolveAnaphor } from './resolveAnaphor.js';
import type { SpeakerContext } from './speakerContext.js';
import type { Word } from './words.js';

// "one of the officials", "two of the agents": how many of a group, then "of".
const COUNTS = new Set(['one', 'two', 'three', 'four', 'five', 'some', 'several', 'many', 'most', 'each', 'both', 'another']);
const OF_WHOM = new Set(['the', 'those', 'these']);

/**
 * "One of the officials said …" after "according to two officials familiar with his record": a
 * member (or members) of a group the text has spoken of, who speak with the group's role and
 * affiliation under the words the text calls them by. Null unless the rest ("the officials") is a
 * group the description stage resolves with a speaker.
 */
export function readPartitive(ctx: SpeakerContext, words: readonly Word[], site: DescriptionSite): Entity | null {
  if (words.length === 3 && COUNTS.has(words[0].norm) && words[1].norm === 'of' && words[2].norm === 'them') return memberOfThem(ctx, words, site);
  if (words.length >= 3 && MEMBERS.has(words[0].norm) && words[1].norm === 'of') return membersOf(ctx, words, site);
  // "Sixteen members of Congress", "12 Democratic members of the delegation": a count before them.
  if (words.length >= 4 && isCount(words[0].norm) && MEMBERS.has(words[1].norm) && words[2].norm === 'of') return membersOf(ctx, words.slice(1), site, words);
  if (words.length < 4 || !COUNTS.has(words[0].norm) || words[1].norm !== 'of' || !OF_WHOM.has(words[2].norm)) return null;
  // "one of the former prosecutors": people who no longer speak for the body.
  if (words.some((w) => NOT_SERVING.has(w.norm))) return null;
  const group = describeDescription(ctx, words.slice(2), site);
  if (group?.kind !== 'group' || !group.speaker) return null;
  const one = words[0].norm === 'one' || words[0].norm === 'another' || words[0].norm === 'each';
  return memberEntity(site, writtenName(ctx, words), group.speaker, one, group.heads);
}

/** The phrase as written, its first letter in lower case ("members of Congress", "one of the officials"). */
function writtenName(ctx: SpeakerContext, words: readonly Word[]): string {
  const name = ctx.text.slice(words[0].start, words[words.length - 1].end).replace(/\s+/g, ' ');
  return name.charAt(0).toLowerCase() + name.slice(1);
}

/** One member (a person) or several (a group, called by `heads`) of a body that speaks, with its role and affiliation. */
function memberEntity(site: DescriptionSite, name: string, of: { readonly affiliation: string | null; readonly role: Role }, one: boolean, heads: readonly string[]): Entity {
  return makeEntity({ key: `member:${site.at}`, kind: one ? 'person' : 'group', plural: !one, speaker: makeSpeaker(name, of.affiliation, of.role), heads: one ? [] : heads });
}

const MEMBERS = new Set(['members', 'member']);

/**
 * "Members of North Carolina's congressional delegation", "Members of Congress": members of a group or
 * body that speaks (the description stage resolves it, or the whole phrase is a group of the
 * vocabulary), with its role and affiliation, named as written. Null when the rest names none
 * ("members of the public", and a body the description stage does not resolve).
 */
function membersOf(ctx: SpeakerContext, words: readonly Word[], site: DescriptionSite, written: readonly Word[] = words): Entity | null {
  if (words.some((w) => NOT_SERVING.has(w.norm))) return null;
  const listed = ctx.vocab.groups.get(words.map((w) => w.norm).join(' '));
  if (listed) return memberEntity(site, writtenName(ctx, written), listed, false, ['members']);
  const body = describeDescription(ctx, words.slice(2), site);
  if (!body?.speaker || (body.kind !== 'group' && body.kind !== 'organization')) return null;
  return memberEntity(site, writtenName(ctx, written), body.speaker, words[0].norm === 'member', ['members', ...body.heads]);
}

const COUNT_WORDS = new Set(['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty', 'dozens', 'several', 'some', 'many', 'more']);

function isCount(norm: string): boolean {
  return COUNT_WORDS.has(norm) || /^\d{1,3}$/u.test(norm);
}

const THEM_REACH = 3;

/**
 * "Two co-workers … said …. One of them said": a member of the group "them" points back to, named
 * after it ("one of the co-workers") with its role; null when "them" finds no group that speaks.
 */
function memberOfThem(ctx: SpeakerContext, words: readonly Word[], site: DescriptionSite): Entity | null {
  // A group that has spoken: "Two other car wash workers said agents entered …. One of them said" is no agent.
  const spoke = (e: Entity): boolean => ctx.occurrences.some((o) => o.speaker && o.entity.key === e.key && o.start < site.at);
  const group = resolveAnaphor(ctx, { ...site, gender: null, reach: THEM_REACH, accepts: (e) => e.plural && spoke(e) });
  if (group?.kind !== 'group' || !group.speaker) return null;
  const one = words[0].norm === 'one' || words[0].norm === 'another' || words[0].norm === 'each';
  const name = `${words[0].norm} of the ${group.speaker.name.replace(/^the\s+/u, '')}`;
  return memberEntity(site, name, group.speaker, one, group.heads);
}
