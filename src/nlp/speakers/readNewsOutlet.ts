import { makeEntity, makeSpeaker, type Entity } from './entity.js';
import { readsAsNewsOutlet } from './newsOutletName.js';
import type { SpeakerContext } from './speakerContext.js';
import { foldName, type Word } from './words.js';

const MAX_WORDS = 5;
// "a report in The Boston Globe", "reporting by the Los Angeles Times", "an article from Reuters".
const PUBLISHED = new Set(['in', 'by', 'from', 'on']);
// What may stand before the noun of a work: "a", "the", "an earlier", "a recent", "Tuesday's".
const MAX_BEFORE_WORK = 2;

/**
 * Another newsroom as a source: "The New York Times reported", "CNN reported", "according to the
 * Minnesota Star Tribune", "per a tally by The Trace" (its work), "a report in The Boston Globe",
 * "a Washington Post story", "KTLA" — one to five capitalised words (after "the") that read as an
 * outlet's name (readsAsNewsOutlet), none of them an organisation the document names otherwise. It
 * speaks as a journalist, under the name as written; the document's own outlet is itself. Null for anything else.
 */
export function readNewsOutlet(ctx: SpeakerContext, words: readonly Word[]): Entity | null {
  // "a tally by The Trace", "an analysis of the footage by the Ledger": the newsroom whose work it is.
  // Not "an internal review obtained by the Times": a work the newsroom obtained is someone else's.
  const by = words.findIndex((w, i) => i > 1 && w.norm === 'by' && words.slice(1, i).some((x) => ctx.vocab.outletWorkNouns.has(x.norm)) && !(words[i - 1].norm === 'obtained' && ctx.vocab.outletWorkNouns.has(words[i - 2].norm)));
  if (by > 0) return readNewsOutlet(ctx, words.slice(by + 1));
  const published = publisherAfter(ctx, words);
  if (published) return readNewsOutlet(ctx, published);
  const owner = ownerBefore(ctx, words);
  if (owner) return readNewsOutlet(ctx, owner);
  const name = words[0]?.norm === 'the' ? words.slice(1) : words;
  // "Telemundo 52": a channel's number after the name.
  if (name.length === 0 || name.length > MAX_WORDS || !name.every((w, i) => w.capitalized || (i > 0 && /^\d+$/u.test(w.text)))) return null;
  // "Atlantic City Mayor Don Guardian" is a person; "July's Washington Post poll" no outlet speaking.
  if (name.some((w, i) => ctx.vocab.titleRoles.has(w.norm) || (w.possessive && i < name.length - 1))) return null;
  if (!readsAsNewsOutlet(name.map((w) => w.text))) return null;
  const start = name[0].start;
  const end = name[name.length - 1].end;
  if (ctx.organizations.some((o) => o.start < end && o.end > start)) return null;
  const written = ctx.text.slice(start, end).replace(/['’]s?$/u, '').replace(/\s+/gu, ' ');
  if (ctx.persons.lookup(written) !== null) return null;
  if (ctx.outlet?.speaker && foldName(ctx.outlet.speaker.name) === foldName(written)) return ctx.outlet;
  return makeEntity({ key: `outlet:${foldName(written)}`, kind: 'organization', speaker: makeSpeaker(written, written, 'journalist'), heads: ['outlet'] });
}

/** "a report in The Boston Globe" → "The Boston Globe": the words after the preposition that follows a news work's noun. */
function publisherAfter(ctx: SpeakerContext, words: readonly Word[]): readonly Word[] | null {
  const at = words.findIndex((w, i) => i >= 1 && i <= MAX_BEFORE_WORK + 1 && PUBLISHED.has(w.norm) && ctx.vocab.newsWorkNouns.has(words[i - 1].norm));
  if (at < 0 || words.slice(0, at - 1).some((w) => w.capitalized && !(w.start === words[0].start && w.norm === 'the'))) return null;
  return words.slice(at + 1);
}

/** "a Washington Post report", "the Globe's reporting" → the owner's words, when the phrase ends on a news work's noun. */
function ownerBefore(ctx: SpeakerContext, words: readonly Word[]): readonly Word[] | null {
  const last = words[words.length - 1];
  if (words.length < 2 || !last || !(ctx.vocab.newsWorkNouns.has(last.norm) || ctx.vocab.outletWorkNouns.has(last.norm))) return null;
  const owner = words.slice(words[0].norm === 'a' || words[0].norm === 'an' || words[0].norm === 'the' ? 1 : 0, -1);
  return owner.length && owner.every((w) => w.capitalized || /^\d+$/u.test(w.text)) ? owner : null;
}
