import type { DescriptionSite } from './describeDescription.js';
import { describePerson } from './describePerson.js';
import type { Entity } from './entity.js';
import { findAppearances } from './findAppearances.js';
import { personEntity } from './personEntity.js';
import type { SpeakerContext } from './speakerContext.js';

/**
 * "THE COURT:" in a court transcript: the judge its front matter says the proceedings are before
 * ("before the HONORABLE MARGARET L. HASKINS, Judge"), when it names exactly one; null otherwise.
 */
export function readPresidingJudge(ctx: SpeakerContext, site: DescriptionSite): Entity | null {
  const judges = findAppearances(ctx.text).filter((p) => /\bJudge$/u.test(p.title) && p.start < site.at);
  if (judges.length !== 1) return null;
  const found = ctx.persons.lookup(judges[0].name);
  return found && found !== 'ambiguous' ? personEntity(found, describePerson(ctx, found, [], site)) : null;
}
