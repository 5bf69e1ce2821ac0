import type { Occurrence } from './entity.js';
import { makeEntity } from './entity.js';
import { isInside } from './quoteRanges.js';
import type { SpeakerContext } from './speakerContext.js';

type Base = Omit<SpeakerContext, 'occurrences' | 'subject' | 'jointSubjects' | 'plighted' | 'author' | 'ownFiling' | 'outlet' | 'outletLends'>;

const DETERMINERS = new Set(['a', 'an', 'one', 'another']);
/** Words between the determiner and the noun: "a young woman", "one 17-year-old student". */
const MAX_MODIFIERS = 2;

/** What stands right before the name: a comma, or "named", "called", "identified as" ("a retired mail carrier named Walt Dunnigan"). */
const NAME_OPENER = /(?:,|\b(?:named|called|identified as))\s*$/u;

/** Words after the noun to look through for its name. */
const NAME_REACH = 80;

/**
 * "One local woman, Ida Brandt, …", "A neighbor who lives a few houses away, Marcus Hale, 52, said",
 * "Another resident, a retired mail carrier named Walt Dunnigan, 71,":
 * a person mention set off by a comma soon after, in the same sentence, names the person at once.
 */
function namedAtOnce(ctx: Base, end: number): boolean {
  const sentence = ctx.sentenceAt(end);
  return ctx.analysis.mentions.some(
    (m) => m.kind === 'person' && m.start >= end && m.start - end <= NAME_REACH && NAME_OPENER.test(ctx.text.slice(Math.max(end, m.start - 15), m.start)) && ctx.sentenceAt(m.start) === sentence,
  );
}

/**
 * People a sentence opens on without naming them ("A woman who lives nearby heard three shots."):
 * occurrences with no speaker, so a following "she said" is not handed past
 * them to someone named before. Like strangers, they only ever turn a resolution into a gap.
 * Sources ("a neighbor said") are already occurrences of their own; reported words are skipped.
 */
export function scanUnnamed(ctx: Base): Occurrence[] {
  const { words, vocab } = ctx;
  const found: Occurrence[] = [];
  for (let i = 0; i < words.length - 1; i++) {
    if (!DETERMINERS.has(words[i].norm)) continue;
    let j = i + 1;
    while (j < words.length && j - i - 1 < MAX_MODIFIERS && !vocab.unnamedPersonNouns.has(words[j].norm) && !words[j].capitalized) j++;
    const head = words[j];
    if (!head || !vocab.unnamedPersonNouns.has(head.norm) || head.capitalized || head.possessive) continue;
    // "a man's car", "a woman-owned shop": the noun modifies something else.
    if (/^[-’']/.test(ctx.text.slice(head.end, head.end + 1))) continue;
    const start = words[i].start;
    const end = head.end;
    if (namedAtOnce(ctx, end)) continue;
    // Only a sentence's subject introduces someone a later "she" may mean; "she was a nurse",
    // "listed as an attorney", "a man wearing a shirt" as an object are left alone.
    if (i > 0 && ctx.sentenceAt(words[i - 1].start) === ctx.sentenceAt(start)) continue;
    if (ctx.sentenceAt(start) !== ctx.sentenceAt(end)) continue;
    if (isInside(ctx.quotes, start, end) || ctx.sources.some((s) => s.start <= start && s.end >= end)) continue;
    const gender = vocab.genderWords.get(head.norm) ?? null;
    found.push({ start, end, sentence: ctx.sentenceAt(start), entity: makeEntity({ key: `ambiguous:unnamed:${start}`, kind: 'person', gender }), speaker: false, content: -1 });
    i = j;
  }
  return found;
}
