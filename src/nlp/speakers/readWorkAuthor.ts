import type { Entity } from './entity.js';
import { organizationEntity } from './organizationEntity.js';
import { readNamedBody } from './readNamedBody.js';
import { readNewsOutlet } from './readNewsOutlet.js';
import type { SpeakerContext } from './speakerContext.js';
import type { Word } from './words.js';

// Nouns of a body's counted or written work, beside vocab/roles.json statementNouns and outletWorkNouns.
const WORK_NOUNS = new Set(['study', 'database', 'list', 'compilation', 'estimate', 'estimates', 'data']);
// Who saw a record is not who wrote it: "records obtained by the Ledger".
const SEEN_BY = new Set(['obtained', 'reviewed', 'seen', 'examined', 'verified']);
// How far into the phrase "by" may stand: "a tally kept by", "an analysis of arrest data by".
const MAX_BY_AT = 6;

/**
 * "according to a tally kept by Frontera Watch, a Las Cruces advocacy group", "an analysis by the
 * Migration Policy Institute": a work noun, perhaps the participle of who made it, then "by" and a body
 * named in capitals (up to a comma): the body speaks, as a known organisation, another newsroom or a
 * body named in full. Null when no such body follows, or when "by" says who saw it.
 */
export function readWorkAuthor(ctx: SpeakerContext, words: readonly Word[]): Entity | null {
  const by = words.findIndex((w, i) => i >= 1 && i <= MAX_BY_AT && w.norm === 'by');
  if (by < 0 || SEEN_BY.has(words[by - 1].norm)) return null;
  const work = words.slice(0, by).some((w) => ctx.vocab.outletWorkNouns.has(w.norm) || ctx.vocab.statementNouns.has(w.norm) || WORK_NOUNS.has(w.norm));
  if (!work || by + 1 >= words.length) return null;
  const comma = ctx.text.indexOf(',', words[by + 1].start);
  const author = words.slice(by + 1).filter((w) => comma < 0 || w.end <= comma);
  const name = author[0]?.norm === 'the' ? author.slice(1) : author;
  if (!name.length || !name.every((w) => w.capitalized)) return null;
  const start = name[0].start;
  const end = name[name.length - 1].end;
  const known = ctx.organizations.find((o) => o.start <= start && o.end >= end) ?? ctx.organizations.find((o) => o.start >= start && o.end <= end);
  if (known) return organizationEntity(known, ctx.vocab);
  return readNewsOutlet(ctx, author) ?? readNamedBody(author, ctx.vocab, true);
}

