import type { DescriptionSite } from './describeDescription.js';
import { describePerson } from './describePerson.js';
import type { Entity } from './entity.js';
import { personEntity } from './personEntity.js';
import type { SpeakerContext } from './speakerContext.js';

// A court reporter's line for a witness taking the stand: "TRAVIS DALE KELLERMAN, ⏎ called as a witness on
// behalf of the Government, having been first duly sworn, testified as follows:".
const CALLED_AS_WITNESS = /^[ \t]*(\p{Lu}[\p{Lu}.'’ -]*\p{Lu}),[ \t]*\n?[ \t]*(?:having been (?:first )?duly sworn,?\s+)?(?:was\s+)?(?:called|recalled)\s+as\s+a\s+witness\b/gmu;

/**
 * The witness on the stand for an "A." of a court transcript at `site`: the last one the transcript
 * swears in before it ("TRAVIS DALE KELLERMAN, called as a witness …"), when the document names them as
 * a person it knows; null in any other document, or before any witness is sworn.
 */
export function readSwornWitness(ctx: SpeakerContext, site: DescriptionSite): Entity | null {
  let name: string | null = null;
  for (const m of ctx.text.matchAll(CALLED_AS_WITNESS)) {
    if (m.index >= site.at) break;
    name = m[1];
  }
  if (name === null) return null;
  const found = ctx.persons.lookup(name);
  if (!found || found === 'ambiguous') return null;
  return personEntity(found, describePerson(ctx, found, [], site));
}
