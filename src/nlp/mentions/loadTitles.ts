import { z } from 'zod';
import { compilePhrases, type PhraseMatcher } from './phraseMatcher.js';
import { readVocab } from './readVocab.js';

const LOWER_START = /^\p{Ll}/u;

export interface Title {
  readonly title: string;
  /** The agency the title implies ("U.S. Attorney" → usao), or null. */
  readonly agency: string | null;
  /** A role word (spokeswoman, neighbor) rather than an office. */
  readonly descriptor: boolean;
}

export interface TitleRegistry {
  /** Titles as written and, for offices, in lower case ("assistant secretary"), as AP style often prints them. */
  readonly matcher: PhraseMatcher<Title>;
  /** Role words capitalised as a sentence opens them ("Attorney Rebecca Lund represents …"); never kin ("Sister Norma", "Father Pfleger" are clergy). */
  readonly atSentenceStart: PhraseMatcher<Title>;
  /** Capitalised words that never belong to a personal name (Court, County, Attorneys, Honda…). */
  readonly nonNameWords: ReadonlySet<string>;
  /** Lower-case or short links inside names ("de", "van", "bin"). */
  readonly particles: PhraseMatcher<string>;
  readonly nameSuffixes: ReadonlySet<string>;
  /** Non-name words that are also common surnames ("Black", "Hall"): a surname right after a given name ("David Black"). */
  readonly surnameWords: ReadonlySet<string>;
  /** Titles that hold no office ("Rev.", "Dr.", "Ms."): their bearer may be the person force was used on. */
  isHonorific(title: string): boolean;
  /** Kin words ("brother", "wife"): they hold no office, so their bearer may be the person force was used on ("whose brother Felipe Aranda was shot"). */
  isKin(title: string): boolean;
  /** Person nouns ("protester", "parent"): no office either; "Protester Jane Doe said she was hit" may be whom it happened to. */
  isPersonNoun(title: string): boolean;
  /** What an abbreviated title stands for ("Gov." → "governor"), folded; the title itself, folded, when it is no abbreviation. */
  meaning(title: string): string;
}

const TitlesFileSchema = z.object({
  titles: z.array(z.object({ title: z.string().min(1), agency: z.string().optional(), descriptor: z.boolean().optional(), kin: z.boolean().optional(), person: z.boolean().optional(), means: z.string().min(1).optional() })).min(1),
  nonNameWords: z.array(z.string().min(1)),
  nameParticles: z.array(z.string().min(1)),
  nameSuffixes: z.array(z.string().min(1)),
  surnameWords: z.array(z.string().min(1)).default([]),
  honorifics: z.array(z.string().min(1)).default([]),
});

let cached: TitleRegistry | null = null;

/** "Rev." and "rev" compare equal; so do "The Rev." and "Rev.". */
function foldTitle(title: string): string {
  return title.toLowerCase().replace(/^the\s+/u, '').replace(/\.$/u, '').trim();
}

function buildRegistry(file: z.infer<typeof TitlesFileSchema>): TitleRegistry {
  const honorifics = new Set(file.honorifics.map(foldTitle));
  const kin = new Set(file.titles.filter((t) => t.kin).map((t) => foldTitle(t.title)));
  const persons = new Set(file.titles.filter((t) => t.person).map((t) => foldTitle(t.title)));
  const meanings = new Map(file.titles.flatMap((t) => (t.means ? [[foldTitle(t.title), foldTitle(t.means)] as const] : [])));
  const pairs: [string, Title][] = [];
  const capitalized: [string, Title][] = [];
  for (const t of file.titles) {
    const title: Title = Object.freeze({ title: t.title, agency: t.agency ?? null, descriptor: t.descriptor ?? false });
    pairs.push([t.title, title]);
    if (t.descriptor && !t.kin && LOWER_START.test(t.title)) capitalized.push([t.title[0].toUpperCase() + t.title.slice(1), title]);
    // Abbreviations and acronyms keep their case: "rep." or "ausa" are not titles.
    if (!/[.]|[A-Z]{2}/.test(t.title)) pairs.push([t.title.toLowerCase(), title]);
  }
  return Object.freeze({
    matcher: compilePhrases(pairs),
    atSentenceStart: compilePhrases(capitalized),
    nonNameWords: new Set(file.nonNameWords),
    particles: compilePhrases(file.nameParticles.map((p) => [p, p] as const)),
    nameSuffixes: new Set(file.nameSuffixes),
    surnameWords: new Set(file.surnameWords),
    isHonorific: (title: string) => honorifics.has(foldTitle(title)),
    isKin: (title: string) => kin.has(foldTitle(title)),
    isPersonNoun: (title: string) => persons.has(foldTitle(title)),
    meaning: (title: string) => meanings.get(foldTitle(title)) ?? foldTitle(title),
  });
}

/** Titles and name vocabulary from vocab/titles.json, read and checked once per process. */
export function loadTitles(): TitleRegistry {
  if (!cached) cached = buildRegistry(readVocab('titles.json', TitlesFileSchema));
  return cached;
}
