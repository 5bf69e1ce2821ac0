import { makeEntity, makeSpeaker, type Entity } from './entity.js';
import type { DescriptionSite } from './describeDescription.js';
import { LEADING_FUNCTION_WORD } from './phraseName.js';
import type { Description } from './readDescription.js';
import { roleOfTitle } from './registerPersons.js';
import { resolveAnaphor } from './resolveAnaphor.js';
import type { SpeakerContext } from './speakerContext.js';

// "Multnomah County District Attorney", "Cook County State's Attorney": the county a prosecutor's title names.
const COUNTY_PROSECUTOR = /\b((?:St\. )?\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){0,2}) County (District Attorney|State['’]s Attorney|Attorney|Prosecutor)\b/gu;
// A county's or a district's prosecutor: "the prosecutor's office" alone may be the U.S. attorney's, named before.
const LOCAL_TITLE = /\b(?:district|county|state's) attorney$/u;
const WORD_START = /(?:^|\s)\p{Ll}/gu;

/**
 * "The district attorney's office has said …": the office of the prosecutor's title its possessor
 * names, never another office named before ("the U.S. Attorney's Office for the District of Oregon",
 * which may stand on the other side of the case). An organisation named before whose name holds the
 * title is it; with none, the county prosecutor the text names ("Multnomah County District Attorney
 * Elena Marsh" → "Multnomah County District Attorney's Office"), or the office as written when it
 * names no one county. Null when the possessor is no prosecutor's title (`undefined`: not this
 * function's phrase).
 */
export function prosecutorOffice(ctx: SpeakerContext, site: DescriptionSite, d: Description): Entity | null | undefined {
  if (!d.head || d.head.norm !== 'office' || d.possessorName.length === 0) return undefined;
  // "the district attorney's office": the words between the article and the head, the possessor ending the title.
  const head = d.words.indexOf(d.head.words[0]);
  const last = d.possessorName[d.possessorName.length - 1];
  if (head < 1 || d.words[head - 1] !== last) return undefined;
  const titleWords = d.words.slice(d.words[0].norm === 'the' ? 1 : 0, head);
  const written = ctx.text.slice(titleWords[0].start, last.end).replace(/['’]s?$/u, '');
  const title = written.toLowerCase().replace(/’/gu, "'");
  if (!LOCAL_TITLE.test(title) || roleOfTitle(title, ctx.vocab) !== 'prosecutor') return undefined;
  const named = resolveAnaphor(ctx, {
    ...site,
    gender: null,
    reach: 50,
    accepts: (e) => e.kind === 'organization' && e.speaker !== null && e.speaker.name.toLowerCase().replace(/’/gu, "'").includes(`${title}'s office`),
  });
  if (named) return named;
  const counties = new Map<string, string>();
  for (const m of ctx.text.matchAll(COUNTY_PROSECUTOR)) {
    if (m[2].toLowerCase().replace(/’/gu, "'") === title) counties.set(m[1].replace(LEADING_FUNCTION_WORD, ''), m[2]);
  }
  const name = counties.size === 1 ? `${[...counties.keys()][0]} County ${[...counties.values()][0]}'s Office` : `${written.replace(WORD_START, (c) => c.toUpperCase())}'s Office`;
  return makeEntity({ key: `org:${name.toLowerCase()}`, kind: 'organization', speaker: makeSpeaker(name, name, 'prosecutor'), heads: ['office'] });
}
