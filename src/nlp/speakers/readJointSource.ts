import type { DescriptionSite } from './describeDescription.js';
import { describePerson } from './describePerson.js';
import type { Speaker } from '../../domain/attribution.js';
import type { Role } from '../../domain/roles.js';
import { makeEntity, makeSpeaker, type Entity } from './entity.js';
import type { PersonRecord } from './personRegistry.js';
import { resolveAnaphor } from './resolveAnaphor.js';
import type { SpeakerContext } from './speakerContext.js';
import { matchLongest, type Word } from './words.js';

/** Words a plural title may follow: "Democratic Sens.", "Minnesota's two Sens." are not read. */
const MAX_PREFIX = 1;
const JOINT_KEY = 'joint:';
const PRONOUN_REACH = 3;

function isName(words: readonly Word[]): boolean {
  return words.length >= 2 && words.length <= 4 && words.every((w) => w.capitalized && !w.possessive && !/\d/.test(w.text));
}

function personOf(ctx: SpeakerContext, words: readonly Word[]): PersonRecord | null {
  const name = ctx.text.slice(words[0].start, words[words.length - 1].end);
  const found = ctx.persons.lookup(name);
  if (found === 'ambiguous') return null;
  return found ?? ctx.persons.add(name, {}, { single: true });
}

/**
 * "U.S. Sens. Amy Klobuchar and Tina Smith said": a plural title (vocab/roles.json `jointTitles`)
 * before two names of two words or more joined by "and". They speak together: one speaker named
 * "Amy Klobuchar and Tina Smith", with the title's role, and the affiliation both share (else none).
 * Null for any other phrase.
 */
export function readJointSource(ctx: SpeakerContext, words: readonly Word[], site: DescriptionSite): Entity | null {
  const and = words.findIndex((w) => w.norm === 'and');
  if (and < 0 || words.some((w, i) => i > and && (w.norm === 'and' || w.norm === 'or'))) return null;
  let title: ReturnType<typeof matchLongest<{ readonly role: string; readonly heads: readonly string[] }>> = null;
  let from = 0;
  for (; from <= MAX_PREFIX && !title; from++) title = matchLongest(words, from, ctx.vocab.jointTitles);
  if (!title) return null;
  const nameFrom = from - 1 + title.len;
  const first = words.slice(nameFrom, and);
  // "Sens. Ruth Adelman and Peter Lindqvist, both Democrats,": what is set off after the second name says more of both.
  const after = words.slice(and + 1);
  const aside = after.findIndex((w, i) => i > 0 && ctx.text.slice(after[i - 1].end, w.start).includes(','));
  const second = aside > 0 ? after.slice(0, aside) : after;
  if (!isName(first) || !isName(second)) return null;
  // "Sens. Lena Ortiz, Sam Park and Ana Ruiz": a comma between the words makes a list of three or more, not two names.
  if (first.length > 0 && ctx.text.slice(first[0].start, first[first.length - 1].end).includes(',')) return null;
  const joint = ctx.vocab.jointTitles.get(words.slice(from - 1, from - 1 + title.len).map((w) => w.norm).join(' '))!;
  // Each of the two holds the title: "Lindqvist said" after "Sens. Ruth Adelman and Peter Lindqvist" is a senator.
  for (const side of [first, second]) {
    const record = personOf(ctx, side);
    if (record) record.titleRole ??= joint.role;
  }
  return jointEntity(ctx, first, second, site, () => joint.role, joint.heads);
}

/**
 * Two people who speak together, as one speaker named "A and B", with the role `roleOf` gives their
 * two descriptions and the affiliation both share (else none); null when the names are one person.
 */
function jointEntity(ctx: SpeakerContext, first: readonly Word[], second: readonly Word[], site: DescriptionSite, roleOf: (a: Speaker, b: Speaker) => Role, heads: readonly string[]): Entity | null {
  const people = [personOf(ctx, first), personOf(ctx, second)];
  if (!people[0] || !people[1] || people[0] === people[1]) return null;
  const [a, b] = people.map((p) => describePerson(ctx, p!, [], site));
  const affiliation = a.affiliation !== null && a.affiliation === b.affiliation ? a.affiliation : null;
  return makeEntity({
    key: `${JOINT_KEY}${people[0].id}+${people[1].id}`,
    kind: 'group',
    plural: true,
    speaker: makeSpeaker(`${a.name} and ${b.name}`, affiliation, roleOf(a, b)),
    heads,
  });
}

/** A title of vocab/roles.json opening `side` ("Sen.", "Mayor"), read off: the name after it and the title's role; the side as it is when none. */
function titledName(ctx: SpeakerContext, side: readonly Word[]): { readonly name: readonly Word[]; readonly role: Role | null } {
  const title = matchLongest(side, 0, ctx.vocab.titleRoles);
  return title && side[0].capitalized ? { name: side.slice(title.len), role: title.value } : { name: side, role: null };
}

/**
 * "Sen. Marcus Delgado and Rep. Owen Fitch wrote": two people, each named with a title of the same
 * role, joined by "and", speak together: one speaker named "Marcus Delgado and Owen Fitch", with that
 * role and the affiliation both share (else none). Null when the titles' roles differ ("Mayor Ana Ruiz
 * and Sheriff Tom Hale": a gap, never one of the two alone) or the phrase is no such pair.
 */
export function readTitledPair(ctx: SpeakerContext, words: readonly Word[], site: DescriptionSite): Entity | null | undefined {
  const and = words.findIndex((w) => w.norm === 'and');
  if (and < 1 || words.some((w, i) => i > and && (w.norm === 'and' || w.norm === 'or'))) return undefined;
  const first = titledName(ctx, words.slice(0, and));
  const second = titledName(ctx, words.slice(and + 1));
  if (first.role === null || second.role === null || !isName(first.name) || !isName(second.name)) return undefined;
  const role = first.role;
  if (role !== second.role) return null;
  return jointEntity(ctx, first.name, second.name, site, (a, b) => (a.role === b.role ? a.role : role), []);
}

/** "The senators wrote" after "Sens. Amy Klobuchar and Tina Smith": the two, within three sentences; null otherwise. */
export function readJointAnaphor(ctx: SpeakerContext, words: readonly Word[], site: DescriptionSite): Entity | null {
  if (words.length < 2 || words[0].norm !== 'the') return null;
  const head = words.slice(1).map((w) => w.norm).join(' ');
  if (!ctx.occurrences.some((o) => o.entity.key.startsWith(JOINT_KEY))) return null;
  return resolveAnaphor(ctx, { ...site, gender: null, reach: PRONOUN_REACH, accepts: (e) => e.key.startsWith(JOINT_KEY) && e.heads.includes(head) });
}
