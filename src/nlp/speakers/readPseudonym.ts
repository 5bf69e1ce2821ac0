import type { DescriptionSite } from './describeDescription.js';
import { describePerson } from './describePerson.js';
import type { Entity } from './entity.js';
import { personEntity } from './personEntity.js';
import { organizationAmong } from './registerPersons.js';
import type { SpeakerContext } from './speakerContext.js';
import { matchLongest, type Word } from './words.js';

/** What a filing writes for someone it does not name: a letter, initials, a number ("A", "J.M.", "1", "A-1"). */
const MARK = /^(?:\p{Lu}|(?:\p{Lu}\.){1,3}|\d{1,2}|\p{Lu}-?\d{1,2})$/u;

/**
 * "Agent A stated", "Deportation Officer J.M. wrote", "According to Witness 1": a capitalised title
 * and the mark a court filing gives someone it does not name. The person is the title and the mark
 * as written ("Officer B": the mark alone names no one), with the title's role; a body named before
 * the title ("Border Patrol Agent A") is theirs. Null for any other phrase ("Plan B", "I").
 */
export function readPseudonym(ctx: SpeakerContext, words: readonly Word[], site: DescriptionSite): Entity | null {
  const mark = words[words.length - 1];
  if (words.length < 2 || mark.text === 'I' || !MARK.test(mark.text)) return null;
  for (let i = 0; i < words.length - 1; i++) {
    const title = matchLongest(words, i, ctx.vocab.titleRoles);
    if (!title || i + title.len !== words.length - 1) continue;
    if (!words[i].capitalized) return null;
    const org = organizationAmong(words.slice(0, i), ctx.organizations);
    // "Deportation Officer J.M.": capitalised words right before the title, no body's, are part of it.
    let from = i;
    while (from > 0 && words[from - 1].capitalized && !(org && words[from - 1].start < org.end)) from--;
    const titleText = ctx.text.slice(words[from].start, words[words.length - 2].end);
    const record = ctx.persons.add(`${titleText} ${mark.text}`, { title: titleText, titleRole: title.value, agencyId: org?.agencyId ?? null, organization: org?.name ?? null }, { single: true });
    return record ? personEntity(record, describePerson(ctx, record, [], site)) : null;
  }
  return null;
}
