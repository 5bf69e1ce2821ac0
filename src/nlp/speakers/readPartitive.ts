import { describeDescription, type DescriptionSite } from './describeDescription.js';
import { NOT_SERVING } from './describeUnnamedTitle.js';
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
  if (words.length < 4 || !COUNTS.has(words[0].norm) || words[1].norm !== 'of' || !OF_WHOM.has(words[2].norm)) return null;
  // "one of the former prosecutors": people who no longer speak for the body.
  if (words.some((w) => NOT_SERVING.has(w.norm))) return null;
  const group = describeDescription(ctx, words.slice(2), site);
  if (group?.kind !== 'group' || !group.speaker) return null;
  const one = words[0].norm === 'one' || words[0].norm === 'another' || words[0].norm === 'each';
  const name = ctx.text.slice(words[0].start, words[words.length - 1].end).replace(/\s+/g, ' ');
  return makeEntity({
    key: `member:${site.at}`,
    kind: one ? 'person' : 'group',
    plural: !one,
    speaker: makeSpeaker(name.charAt(0).toLowerCase() + name.slice(1), group.speaker.affiliation, group.speaker.role),
    heads: one ? [] : group.heads,
  });
}

const MEMBERS = new Set(['members', 'member']);

/**
 * "Members of North Carolina's congressional delegation", "a member of the City Council": members of
 * a group or body that speaks, with its role and affiliation, named as written. Null when the rest
 * names none ("members of the public").
 */
function membersOf(ctx: SpeakerContext, words: readonly Word[], site: DescriptionSite): Entity | null {
  if (words.some((w) => NOT_SERVING.has(w.norm))) return null;
  const name = ctx.text.slice(words[0].start, words[words.length - 1].end).replace(/\s+/g, ' ');
  // "Members of Congress": the whole phrase a group of the vocabulary.
  const listed = ctx.vocab.groups.get(words.map((w) => w.norm).join(' '));
  if (listed) return makeEntity({ key: `member:${site.at}`, kind: 'group', plural: true, speaker: makeSpeaker(name.charAt(0).toLowerCase() + name.slice(1), listed.affiliation, listed.role), heads: ['members'] });
  const body = describeDescription(ctx, words.slice(2), site);
  if (!body?.speaker || (body.kind !== 'group' && body.kind !== 'organization')) return null;
  const one = words[0].norm === 'member';
  return makeEntity({
    key: `member:${site.at}`,
    kind: one ? 'person' : 'group',
    plural: !one,
    speaker: makeSpeaker(name.charAt(0).toLowerCase() + name.slice(1), body.speaker.affiliation, body.speaker.role),
    heads: one ? [] : ['members', ...body.heads],
  });
}

const THEM_REACH = 3;

/**
 * "Two co-workers … said …. One of them said": a member of the group "them" points back to, named
 * after it ("one of the co-workers") with its role; null when "them" finds no group that speaks.
 */
function memberOfThem(ctx: SpeakerContext, words: readonly Word[], site: DescriptionSite): Entity | null {
  const group = resolveAnaphor(ctx, { ...site, gender: null, reach: THEM_REACH, accepts: (e) => e.plural });
  if (group?.kind !== 'group' || !group.speaker) return null;
  const one = words[0].norm === 'one' || words[0].norm === 'another' || words[0].norm === 'each';
  const name = `${words[0].norm} of the ${group.speaker.name.replace(/^the\s+/u, '')}`;
  return makeEntity({ key: `member:${site.at}`, kind: one ? 'person' : 'group', plural: !one, speaker: makeSpeaker(name, group.speaker.affiliation, group.speaker.role), heads: one ? [] : group.heads });
}
