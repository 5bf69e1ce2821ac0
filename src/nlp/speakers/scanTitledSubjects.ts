import type { Occurrence } from './entity.js';
import { personEntity } from './personEntity.js';
import { isInside } from './quoteRanges.js';
import { contentIndex } from './scanOccurrences.js';
import type { SpeakerContext } from './speakerContext.js';
import { titleHolders } from './titleHolders.js';
import { RANKS } from './titleRanks.js';

type Base = Omit<SpeakerContext, 'occurrences' | 'subject' | 'jointSubjects' | 'plighted' | 'author' | 'ownFiling' | 'outlet' | 'outletLends'>;

/**
 * "Asked about Vickery's post, the mayor was blunter. She called …": "the" and a title opening a
 * clause (at the sentence's start or after an opening phrase's comma), outside quotations and
 * speaker phrases, is the one person the document names with that title before it ("Aurora Mayor
 * Denise Okafor"): an occurrence of that person, so a "she" after it means her, not whoever a
 * possessive named on the way. A rank many hold ("the officer") is left alone.
 */
export function scanTitledSubjects(ctx: Base): Occurrence[] {
  const { words, text } = ctx;
  const found: Occurrence[] = [];
  for (let i = 0; i + 1 < words.length; i++) {
    if (words[i].norm !== 'the') continue;
    const head = words[i + 1];
    if (head.possessive || RANKS.has(head.norm) || !ctx.vocab.titleRoles.has(head.norm)) continue;
    // "the mayor Denise Okafor", "the mayor's office": a name or a thing follows; it is no subject alone.
    const next = words[i + 2];
    if (next && next.capitalized && ctx.sentenceAt(next.start) === ctx.sentenceAt(head.start)) continue;
    const start = words[i].start;
    const before = words[i - 1];
    const opens = !before || ctx.sentenceAt(before.start) !== ctx.sentenceAt(start) || text.slice(before.end, start).includes(',');
    if (!opens || isInside(ctx.quotes, start, head.end) || ctx.sources.some((s) => s.start <= start && s.end >= head.end)) continue;
    const holders = titleHolders(ctx.persons, head.norm);
    if (holders.length !== 1) continue;
    const [record] = holders;
    if (!ctx.analysis.mentions.some((m) => m.kind === 'person' && m.start < start && ctx.persons.lookup(m.name) === record)) continue;
    found.push({ start, end: head.end, sentence: ctx.sentenceAt(start), entity: personEntity(record), speaker: false, content: contentIndex(ctx, start, head.end) });
  }
  return found;
}
