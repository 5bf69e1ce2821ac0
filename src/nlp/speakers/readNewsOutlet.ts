import { loadAgencies } from '../mentions/loadAgencies.js';
import { makeEntity, makeSpeaker, type Entity } from './entity.js';
import type { SpeakerContext } from './speakerContext.js';
import { foldName, type Word } from './words.js';

// Outlet words that also end the names of other bodies ("Immigrant Defense Network", "the Medical
// Examiner", "the Election Monitor", "a Review board"): not enough alone to call a source a newsroom.
const AMBIGUOUS = new Set(['Network', 'Media', 'Review', 'Report', 'Monitor', 'Advocate', 'Examiner', 'Register', 'Digest', 'Bulletin', 'Press', 'Daily', 'Weekly', 'Radio', 'Television', 'TV', 'Broadcasting', 'Wire', 'Blog', 'Podcast', 'Newsletter', 'Substack', 'Observer', 'Statesman', 'Reporter', 'Newsroom']);
const MAX_WORDS = 5;

/**
 * Another newsroom as a source: "The New York Times reported", "CNN reported", "according to the
 * Minnesota Star Tribune", "per a tally by The Trace" (its work) — one to five capitalised words
 * (after "the") whose last is an outlet word of vocab/agencies.json ("Times", "Tribune", "CNN",
 * "Associated Press"), none of them an organisation the document names otherwise. It speaks as a journalist, under the name as written;
 * the document's own outlet is itself. Null for anything else.
 */
export function readNewsOutlet(ctx: SpeakerContext, words: readonly Word[]): Entity | null {
  // "a tally by The Trace", "an analysis of the footage by the Ledger": the newsroom whose work it is.
  // Not "an internal review obtained by the Times": a work the newsroom obtained is someone else's.
  const by = words.findIndex((w, i) => i > 1 && w.norm === 'by' && words.slice(1, i).some((x) => ctx.vocab.outletWorkNouns.has(x.norm)) && !(words[i - 1].norm === 'obtained' && ctx.vocab.outletWorkNouns.has(words[i - 2].norm)));
  if (by > 0) return readNewsOutlet(ctx, words.slice(by + 1));
  const name = words[0]?.norm === 'the' ? words.slice(1) : words;
  if (name.length === 0 || name.length > MAX_WORDS || !name.every((w) => w.capitalized)) return null;
  // "Atlantic City Mayor Don Guardian" is a person; "July's Washington Post poll" no outlet speaking.
  if (name.some((w, i) => ctx.vocab.titleRoles.has(w.norm) || (w.possessive && i < name.length - 1))) return null;
  const { outletWords } = loadAgencies();
  const last = name[name.length - 1].text.replace(/['’]s$/u, '');
  const lastTwo = name.length >= 2 ? `${name[name.length - 2].text} ${last}` : null;
  if (!(outletWords.has(last) && !AMBIGUOUS.has(last)) && !(lastTwo !== null && outletWords.has(lastTwo))) return null;
  const start = name[0].start;
  const end = name[name.length - 1].end;
  if (ctx.organizations.some((o) => o.start < end && o.end > start)) return null;
  const written = ctx.text.slice(start, end).replace(/\s+/gu, ' ');
  if (ctx.persons.lookup(written) !== null) return null;
  if (ctx.outlet?.speaker && foldName(ctx.outlet.speaker.name) === foldName(written)) return ctx.outlet;
  return makeEntity({ key: `outlet:${foldName(written)}`, kind: 'organization', speaker: makeSpeaker(written, written, 'journalist'), heads: ['outlet'] });
}
