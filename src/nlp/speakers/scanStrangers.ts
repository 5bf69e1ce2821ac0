import type { Occurrence } from './entity.js';
import { makeEntity } from './entity.js';
import { isInside } from './quoteRanges.js';
import type { SpeakerContext } from './speakerContext.js';
import { matchLongest } from './words.js';

const CAPITALISED_NAME_WORD = /^\p{Lu}[\p{L}'’-]+$/u;

type Base = Omit<SpeakerContext, 'occurrences' | 'subject' | 'jointSubjects' | 'plighted' | 'author' | 'ownFiling' | 'outlet' | 'outletLends'>;

const MAX_NAME_WORDS = 3;

// The first words of the titles, per vocabulary: a title can only start at one of them.
const firstWordsByVocab = new WeakMap<object, ReadonlySet<string>>();

function titleFirstWords(ctx: Base): ReadonlySet<string> {
  let first = firstWordsByVocab.get(ctx.vocab);
  if (!first) {
    first = new Set([...ctx.vocab.titleRoles.keys()].map((t) => t.split(' ')[0]));
    firstWordsByVocab.set(ctx.vocab, first);
  }
  return first;
}

/**
 * People the text names with a title ("Secretary General Ida Brandt condemned …") whom no earlier
 * stage registered: occurrences with no speaker, so a following "he said" is not handed past them
 * to someone named before. They only ever turn a resolution into a gap.
 */
export function scanStrangers(ctx: Base): Occurrence[] {
  const words = ctx.words;
  const found: Occurrence[] = [];
  const first = titleFirstWords(ctx);
  for (let i = 0; i < words.length; i++) {
    if (!words[i].capitalized || !first.has(words[i].norm)) continue;
    const title = matchLongest(words, i, ctx.vocab.titleRoles);
    if (!title) continue;
    let j = i + title.len;
    const from = j;
    while (j < words.length && j - from < MAX_NAME_WORDS && words[j].capitalized && CAPITALISED_NAME_WORD.test(words[j].text) && /^ $/.test(ctx.text.slice(words[j - 1].end, words[j].start))) {
      if (matchLongest(words, j, ctx.vocab.titleRoles)) break;
      j++;
    }
    if (j === from) continue;
    const start = words[from].start;
    const end = words[j - 1].end;
    i = j - 1;
    if (ctx.persons.lookup(ctx.text.slice(start, end)) !== null) continue;
    if (isInside(ctx.quotes, start, end) || isInside(ctx.sources, start, end)) continue;
    if (ctx.organizations.some((o) => o.start < end && o.end > start)) continue;
    // "Sheriff Ramiro \"Rocky\" Garza": the words before a nickname are a known person's name, not a stranger's.
    if (ctx.analysis.mentions.some((m) => m.kind === 'person' && m.start <= start && end <= m.end)) continue;
    const gender = ctx.vocab.genderWords.get(words[from - 1].norm) ?? null;
    found.push({ start, end, sentence: ctx.sentenceAt(start), entity: makeEntity({ key: `ambiguous:stranger:${start}`, kind: 'person', gender }), speaker: false, content: -1 });
  }
  return found;
}
