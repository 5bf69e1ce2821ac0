import { findKinGivenNames } from './findKinGivenNames.js';
import type { Entity, Occurrence } from './entity.js';
import { paternalWord, principalOf, type PersonRecord } from './personRegistry.js';
import { organizationEntity } from './organizationEntity.js';
import { callsByFirstAlone } from './callsByFirstAlone.js';
import { ambiguousEntity, personEntity } from './personEntity.js';
import { isInside } from './quoteRanges.js';
import type { SpeakerContext } from './speakerContext.js';
import { foldName, type Word } from './words.js';

type Base = Omit<SpeakerContext, 'occurrences' | 'subject' | 'jointSubjects' | 'plighted' | 'author' | 'ownFiling' | 'outlet' | 'outletLends'>;

/** The attribution whose reported words hold the span, or -1. */
export function contentIndex(ctx: Pick<Base, 'contents'>, start: number, end: number): number {
  return ctx.contents.find((c) => start >= c.start && end <= c.end)?.attribution ?? -1;
}

// "Okafor's ruling also noted …. She declined to impose sanctions": the one whose work speaks is named too.
const WORKS_AFTER = /^(?:['’]s?)?\s+([\p{Ll}-]+)(?:\s+([\p{Ll}-]+))?/u;

/** Whether the words right after a name are a statement or filing of it (vocab/roles.json statementNouns, filings): "'s ruling", "'s news release". */
function namesWorkAfter(ctx: Base, end: number): boolean {
  const m = WORKS_AFTER.exec(ctx.text.slice(end, end + 40));
  if (!m) return false;
  const isWork = (noun: string) => ctx.vocab.statementNouns.has(noun) || ctx.vocab.filings.has(noun);
  return isWork(m[1]) || (m[2] !== undefined && (isWork(m[2]) || isWork(`${m[1]} ${m[2]}`)));
}

/**
 * Whether a mention can be a pronoun's antecedent at all: not quoted, not part of a speaker phrase,
 * unless it names whose work the speaker phrase is ("Okafor's ruling").
 */
function isVisible(ctx: Base, start: number, end: number): boolean {
  return !isInside(ctx.quotes, start, end) && (!isInside(ctx.sources, start, end) || namesWorkAfter(ctx, end));
}

/** How many words of the name, ending with its last, are written at `words[i]`: 0 when none. */
function matchedTail(name: readonly string[], foldedAt: (j: number) => string | undefined, i: number): number {
  // Compared in place, word by word, stopping at the first difference: this runs for every
  // capitalised word and registered person, and a slice and a closure per try were most of this
  // scan's allocations.
  for (let len = name.length; len >= 1; len--) {
    const from = name.length - len;
    let k = 0;
    while (k < len && foldedAt(i + k) === name[from + k]) k++;
    if (k === len) return len;
  }
  return 0;
}

/**
 * How many words of a double surname's short forms are written at `words[i]`: "Leticia Montes" (2)
 * and "Castañeda" (1) of "Leticia Montes Quiroga" and "Ernesto Castañeda Ríos"; 0 when none.
 */
function matchedShortName(ctx: Base, r: PersonRecord, foldedAt: (j: number) => string | undefined, i: number): number {
  if (r.words.length < 3) return 0;
  const paternal = paternalWord(r.words);
  const word = foldedAt(i);
  if (word !== paternal && word !== r.words[0]) return 0;
  if (!ctx.persons.hasDoubleSurname(r)) return 0;
  if (word === r.words[0] && foldedAt(i + 1) === paternal) return 2;
  return word === paternal ? 1 : 0;
}

/** A surname alone that two people share, as the one of them not named as the other's kin (`principalOf`). */
function oneOf(matches: readonly PersonRecord[], len: number): Entity | null {
  const principal = len === 1 ? principalOf(matches) : null;
  return principal ? personEntity(principal) : null;
}

/**
 * "DHS said the officer fired because Loera tried to run him over", in a story that names Ernesto
 * Loera at its start and "Dulce Esparza Loera" only further on: a surname alone that two people
 * share is the one of them named in full before it, when every other is named in full only after.
 */
function namedBefore(text: string, matches: readonly PersonRecord[], len: number, at: number): Entity | null {
  if (len !== 1) return null;
  const before = matches.filter((r) => {
    const first = text.indexOf(r.name);
    return first >= 0 && first < at;
  });
  return before.length === 1 && matches.every((r) => r === before[0] || text.indexOf(r.name) > at) ? personEntity(before[0]) : null;
}

/**
 * "Ramírez's back was to the camera" in a story that names Julio Ramírez Ochoa at its start and "Ana
 * Ramírez, the victim's sister" only further on: a surname alone, before the one whose last word it
 * is has been named in full, is the one person named before it who holds it inside their name
 * (news names a person in full first). Null when no one or several are.
 */
function earlierHolder(firstAt: (r: PersonRecord) => number, records: readonly PersonRecord[], match: PersonRecord, word: string, at: number): Entity | null {
  if (firstAt(match) <= at) return null;
  const holders = records.filter((r) => r !== match && r.words.slice(1, -1).includes(word) && firstAt(r) >= 0 && firstAt(r) < at);
  return holders.length === 1 ? personEntity(holders[0]) : null;
}

/**
 * Every place a registered person is named (full name or the surname alone), outside quotations and
 * speaker phrases. A surname two people share yields an ambiguous occurrence.
 */
export function scanPersonOccurrences(ctx: Base): Occurrence[] {
  const words = ctx.words;
  const records = ctx.persons.all();
  const found: Occurrence[] = [];
  if (!records.length) return found;
  // Folded on demand: only the words at and just after a capitalised one are ever compared.
  const folded: (string | undefined)[] = [];
  const foldedAt = (j: number): string | undefined => (j < words.length ? (folded[j] ??= foldName(words[j].norm)) : undefined);
  // Where each person is first named in full: looked up once, not at every surname.
  const firsts = new Map<PersonRecord, number>();
  const firstAt = (r: PersonRecord): number => {
    let at = firsts.get(r);
    if (at === undefined) firsts.set(r, (at = ctx.text.indexOf(r.name)));
    return at;
  };
  // Where a relative is named by a given name alone ("Villaseñor's wife, Graciela,"), found once when first needed.
  let kinAt: ReadonlySet<number> | undefined;
  for (let i = 0; i < words.length; i++) {
    if (!words[i].capitalized) continue;
    let bestLen = 0;
    let matches: PersonRecord[] = [];
    for (const r of records) {
      // "Castañeda" for "Ernesto Castañeda Ríos": a Spanish double surname is shortened to its first.
      const len = matchedTail(r.words, foldedAt, i) || matchedShortName(ctx, r, foldedAt, i);
      if (len === 0 || len < bestLen) continue;
      if (len > bestLen) matches = [];
      bestLen = len;
      matches.push(r);
    }
    // "Queiroz" after "Daniel Queiroz Lima" and "his cousin, Thaís Queiroz": the surname alone is no
    // more the relative's than his, whose name holds it inside (not introduced as a double surname).
    // "Luna" of "Guadalupe Luna Castañeda" and "Brayan Alejandro Hernández Luna": the registry knows a double surname's first word.
    if (bestLen === 1 && matches.length > 1) {
      const one = ctx.persons.lookup(words[i].text);
      if (one && one !== 'ambiguous' && matches.includes(one)) matches = [one];
      // "Lugo" of Efraín Castañeda Lugo, whom the text calls "Castañeda", and of his wife's cousin Rubén Lugo Pérez: the cousin's.
      const others = matches.filter((r) => !callsByFirstAlone(ctx.text, r, words[i].text));
      if (others.length === 1) matches = others;
    }
    const heldInside = bestLen === 1 && matches.length === 1 && matches[0].namedAsRelative && records.some((r) => r !== matches[0] && r.words.slice(1, -1).includes(foldedAt(i)!));
    const earlier = bestLen === 1 && matches.length === 1 ? earlierHolder(firstAt, records, matches[0], foldedAt(i)!, words[i].start) : null;
    // "Isaac, 17, was shot and killed …" after "Isaac Bermúdez's classmates": a given name alone, of the one
    // person named in full with it before.
    if (bestLen === 0) {
      kinAt ??= new Set(findKinGivenNames(ctx.text, ctx.vocab).map((k) => k.start));
      const given = givenNameOf(ctx, foldedAt(i)!, words[i], words[i + 1], firstAt, kinAt);
      if (given) {
        if (isVisible(ctx, words[i].start, words[i].end)) found.push({ start: words[i].start, end: words[i].end, sentence: ctx.sentenceAt(words[i].start), entity: personEntity(given), speaker: false, content: contentIndex(ctx, words[i].start, words[i].end) });
        continue;
      }
    }
    const best: { len: number; entity: Entity } | null = bestLen
      ? { len: bestLen, entity: earlier ?? (matches.length === 1 && !heldInside ? personEntity(matches[0]) : oneOf(matches, bestLen) ?? (heldInside ? null : namedBefore(ctx.text, matches, bestLen, words[i].start)) ?? ambiguousEntity(Array.from({ length: bestLen }, (_, k) => foldedAt(i + k)).join(' '))) }
      : null;
    if (!best) continue;
    const start = words[i].start;
    const end = words[i + best.len - 1].end;
    i += best.len - 1;
    if (!isVisible(ctx, start, end)) continue;
    found.push({ start, end, sentence: ctx.sentenceAt(start), entity: best.entity, speaker: false, content: contentIndex(ctx, start, end) });
  }
  return found;
}

/**
 * The one person the text has named in full before whose given name the capitalised word is, when the
 * vocabulary knows it as a given name, no other person bears it, and no capitalised word follows it
 * (another name: "Isaac Newton"); null otherwise.
 */
function givenNameOf(ctx: Base, folded: string, word: Word, next: Word | undefined, firstAt: (r: PersonRecord) => number, kinAt: ReadonlySet<number>): PersonRecord | null {
  if (next?.capitalized || !ctx.vocab.givenNames.has(folded)) return null;
  const bearer = ctx.persons.byGivenName(word.text);
  const at = bearer ? firstAt(bearer) : -1;
  // "Villaseñor's wife, Graciela, disputes …", "Graciela Villaseñor" named in full only later: a relative set off by
  // her given name is the one person who bears it, wherever the text names her in full.
  return bearer && at >= 0 && (at < word.start || kinAt.has(word.start)) ? bearer : null;
}

export function scanOrganizationOccurrences(ctx: Base): Occurrence[] {
  return ctx.organizations
    .filter((o) => isVisible(ctx, o.start, o.end))
    .map((o) => ({ start: o.start, end: o.end, sentence: ctx.sentenceAt(o.start), entity: organizationEntity(o, ctx.vocab), speaker: false, content: contentIndex(ctx, o.start, o.end) }));
}
