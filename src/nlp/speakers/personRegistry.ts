import type { Role } from '../../domain/roles.js';
import { givenNameGender } from '../mentions/givenNameGender.js';
import type { Gender } from './roleVocab.js';
import { foldName } from './words.js';

/** How a person stands to another: "a lawyer for X" → { role: subject_counsel, noun: "lawyer", of: X }. */
export interface Relation {
  readonly role: Role;
  readonly noun: string;
  readonly of: PersonRecord | null;
  /** The gender of the possessive before the noun ("her husband": female), whoever it resolved to. */
  readonly possessorGender?: Gender | null;
  /** "an immigration lawyer who has tracked pursuits": introduced with "a" and given no client, so no one's counsel. */
  readonly clientless?: boolean;
}

/** Everything the document says about one named person, gathered across its mentions. */
/** The words of a person's name after the first, a hyphenated surname split in its parts ("Araujo-Villalba": araujo, villalba). */
export function surnameWords(record: PersonRecord): string[] {
  return record.words.slice(1).flatMap((w) => w.split('-'));
}

export interface PersonRecord {
  readonly id: number;
  name: string;
  words: string[];
  title: string | null;
  titleRole: Role | null;
  agencyId: string | null;
  /** Organisation named beside the person ("DHS" in "DHS spokeswoman …"), canonical name. */
  organization: string | null;
  relation: Relation | null;
  /** An office the text says they no longer hold ("a former ICE supervisor", "Former ICE director …"), as written. */
  pastOffice: string | null;
  /** Introduced as someone's kin ("his wife, Lucia Valdivia"): the surname alone is not theirs when another shares it. */
  namedAsRelative: boolean;
  /** Introduced as someone's lawyer ("Her lawyer, Maria Ortega"): whose kin or counsel a story quotes, they are not. */
  namedAsCounsel: boolean;
  /** Evidence for he/she matching: counts of female and male cues. */
  female: number;
  male: number;
}

export interface PersonFacts {
  readonly title?: string | null;
  readonly titleRole?: Role | null;
  readonly agencyId?: string | null;
  readonly organization?: string | null;
}

export type Lookup = PersonRecord | 'ambiguous' | null;

// "Ms. Oquendo", "Mr. Pérez": a courtesy title before a surname is no part of the name; most say whether he or she.
const COURTESY_GENDER: ReadonlyMap<string, 'female' | 'male' | null> = new Map([
  ['mr', 'male'],
  ['mrs', 'female'],
  ['ms', 'female'],
  ['miss', 'female'],
  ['mx', null],
]);
const COURTESY = new Set([...COURTESY_GENDER.keys()].flatMap((t) => [t, `${t}.`]));

/** The gender a courtesy title tells ("Mr." → male); undefined for a word that is no courtesy title or tells none. */
export function courtesyGender(word: string): 'female' | 'male' | undefined {
  return COURTESY_GENDER.get(foldName(word).replace(/\.$/u, '')) ?? undefined;
}

function foldWords(name: string): string[] {
  const words = name.split(/\s+/).filter(Boolean).map(foldName);
  return words.length >= 2 && COURTESY.has(words[0]) ? words.slice(1) : words;
}

const GENERATION = new Set(['jr', 'jr.', 'sr', 'sr.', 'ii', 'iii', 'iv', 'v']);
// Each word of such a name: a capital, then small letters ("Castañeda", "Ríos", "McCain").
// Given names that are as often surnames ("Ernesto Santiago Ríos"): they leave a double surname possible.
const SURNAMES_TOO = new Set(['santiago', 'salvador', 'lorenzo', 'leon', 'martin', 'ramon', 'rosario', 'mercedes']);

/** Whether a name of three words opens with two given names ("Luis Fernando Baca"), the second no common surname. */
function isCompoundGivenName(words: readonly string[]): boolean {
  const second = words[words.length - 2];
  return words.length === 3 && givenNameGender(words[0]) !== null && givenNameGender(second) !== null && !SURNAMES_TOO.has(second);
}

const NAME_WORD = /^\p{Lu}[\p{L}'’-]*\p{Ll}$/u;
const WORD_LETTER = /[\p{L}\p{M}-]/u;
const AFTER_NAME_WORD = /\p{Lu}[\p{L}\p{M}'’-]*\s$/u;
// The capitalised word right before another: a given name there makes the two one name ("Patricia Soto").
const GIVEN_BEFORE = /(\p{Lu}[\p{L}\p{M}'’-]*)\s$/u;
// A surname right after the word: "Lugo Pérez".
const OPENS_DOUBLE_SURNAME = /^\s\p{Lu}\p{Ll}[\p{L}\p{M}'’-]*\b/u;
// After a person's name as the text introduces it: an age, or an apposition.
const INTRODUCED = /^,\s*(?:\d{1,3}\b|(?:a|an|the|who|whose|his|her)\s)/u;
// Before it: an apposition's noun ("his mother, Guadalupe Luna Castañeda"); after it, a verb of saying ("Yesenia Paz Castillo told").
const APPOSED_AFTER_NOUN = /\p{Ll}{2,},\s+$/u;
const SPEAKS = /^\s+(?:said|says|told)\b/u;
// "shot and killed 19-year-old Daniel Orozco Medina": an age before the name introduces it too.
const AGED_BEFORE = /\b\d{1,3}-year-old\s+$/u;

/**
 * Of the people a surname fits, the one not introduced as another's kin: "Ernesto Valdivia … his
 * wife, Lucia Valdivia, said … Valdivia was struck twice" — a story calls a relative who shares the
 * name by their full name and keeps the surname for the one it is about. Null unless exactly one.
 * (Who speaks as the surname alone is read later, once the subject is known: subjectSpeakingBySurname.)
 */
export function principalOf(records: readonly PersonRecord[]): PersonRecord | null {
  const others = records.filter((r) => !r.namedAsRelative);
  return others.length === 1 && others.length < records.length ? others[0] : null;
}

function endsWith(words: readonly string[], tail: readonly string[]): boolean {
  if (tail.length > words.length) return false;
  return tail.every((w, i) => words[words.length - tail.length + i] === w);
}

// "María de la Luz Quintana Ríos": the particles of a given name.
const GIVEN_PARTICLES = new Set(['de', 'del', 'la', 'los', 'las']);

/** Whether word `i` is a particle inside the given names, before both surnames ("de la" of "María de la Luz Quintana Ríos"). */
function isGivenParticle(words: readonly string[], i: number): boolean {
  return i > 0 && i < words.length - 3 && GIVEN_PARTICLES.has(words[i]);
}

/** "Rosalba Sandoval de Lugo": a married woman's own surname, then "de" and her husband's. */
function isMarriedLink(words: readonly string[], i: number): boolean {
  return words.length >= 4 && i === words.length - 2 && (words[i] === 'de' || words[i] === 'del');
}

/** The word a double surname is shortened to: "Castañeda" of "Ernesto Castañeda Ríos", "Sandoval" of "Rosalba Sandoval de Lugo". */
export function paternalWord(words: readonly string[]): string | undefined {
  return isMarriedLink(words, words.length - 2) ? words[words.length - 3] : words[words.length - 2];
}

/**
 * The named people of one document. A surname or a shortened name resolves to the one full name
 * it fits; when it fits two ("Hale" with Tom and Sam Hale) the lookup says so.
 */
export class PersonRegistry {
  private readonly records: PersonRecord[] = [];
  private readonly paternal = new Map<string, boolean>();

  /** `text`, the document, tells which names it introduces as a person's (`hasDoubleSurname`). */
  constructor(private readonly text = '') {}

  /**
   * Whether the person may be called by the next-to-last word of their name alone, as a Spanish
   * double surname is ("Castañeda" for "Ernesto Castañeda Ríos"): a name of three words or more,
   * each a capital and small letters, that the text introduces with an age or an apposition
   * ("Ernesto Castañeda Ríos, 52,", "19-year-old Daniel Orozco Medina", "…, a Mexican national", "his attorney, Ramón Aguilar Whitfield")
   * or as a speaker ("Yesenia Paz Castillo told"), as it introduces the person it tells
   * of (a headline's "Ben Carson Defends" is no name), not ending in a generation ("Donald Trump Jr."
   * is not "Trump").
   */
  hasDoubleSurname(record: PersonRecord): boolean {
    if (record.words.length < 3 || GENERATION.has(record.words[record.words.length - 1]) || !record.name.split(/\s+/u).every((w, i, all) => NAME_WORD.test(w) || isMarriedLink(all, i) || isGivenParticle(all, i))) return false;
    // "Luis Fernando Baca", "Juan Carlos Mendoza": two given names before one surname.
    if (isCompoundGivenName(record.words)) return false;
    // Keyed by the name, which grows as the document writes it in full ("Castañeda Ríos", then "Ernesto Castañeda Ríos").
    let yes = this.paternal.get(record.name);
    if (yes === undefined) {
      yes = this.introduced(record.name);
      this.paternal.set(record.name, yes);
    }
    return yes;
  }

  /** Whether the text introduces the name as a person's, with an age or an apposition after it ("Ernesto Castañeda Ríos, 52,"). */
  private introduced(name: string): boolean {
    for (let at = this.text.indexOf(name); at >= 0; at = this.text.indexOf(name, at + 1)) {
      const after = this.text.slice(at + name.length, at + name.length + 8);
      const before = this.text.slice(Math.max(0, at - 30), at);
      if (INTRODUCED.test(after) || SPEAKS.test(after) || APPOSED_AFTER_NOUN.test(before) || AGED_BEFORE.test(before)) return true;
    }
    return this.calledByFirstSurname(name);
  }

  /**
   * Whether the text calls the person by the next-to-last word of the name alone and never by the
   * last: "Quintero's remains", "Quintero was seated" of "Rafael Quintero Ibarra", named once in full
   * with neither an age nor an apposition ("the death of Rafael Quintero Ibarra"); or by the last only
   * where the text also writes it first of another's double surname ("Castañeda" of Efraín Castañeda
   * Lugo, beside "his cousin, Rubén Lugo Pérez").
   */
  private calledByFirstSurname(name: string): boolean {
    const words = name.split(/\s+/u);
    const [first, last] = words.slice(-2);
    // Alone: not before the last word, nor after a capitalised word ("Hernández Luna" is another's name).
    const firstAlone = this.wordsAlone(first).some((at) => !this.text.startsWith(` ${last}`, at + first.length) && !AFTER_NAME_WORD.test(this.text.slice(Math.max(0, at - 30), at)));
    // Nor the last word in another's full name: "Ibarra's mother, Patricia Soto" calls no one "Soto" alone.
    const lastAlone = this.wordsAlone(last).filter((at) => !this.text.slice(0, at).endsWith(`${first} `) && givenNameGender(GIVEN_BEFORE.exec(this.text.slice(Math.max(0, at - 30), at))?.[1] ?? '') === null);
    // "Rubén Lugo Pérez … Lugo went inside": the last word alone may be another's, who bears it first of a double surname.
    // "His mother, Rosa Becerra, … Becerra said", of Tomás Iriarte Becerra: or another's who bears it as her only one.
    const otherBearer = () => this.wordsAlone(last).some((at) => {
      const given = GIVEN_BEFORE.exec(this.text.slice(Math.max(0, at - 30), at))?.[1] ?? '';
      return given !== words[0] && givenNameGender(given) !== null;
    });
    return firstAlone && (lastAlone.length === 0 || lastAlone.some((at) => OPENS_DOUBLE_SURNAME.test(this.text.slice(at + last.length, at + last.length + 30))) || otherBearer());
  }

  /** Where the text writes `word` as a whole word. */
  private wordsAlone(word: string): number[] {
    const found: number[] = [];
    for (let at = this.text.indexOf(word); at >= 0; at = this.text.indexOf(word, at + 1)) {
      if (!WORD_LETTER.test(this.text.charAt(at - 1)) && !WORD_LETTER.test(this.text.charAt(at + word.length))) found.push(at);
    }
    return found;
  }



  all(): readonly PersonRecord[] {
    return this.records;
  }

  lookup(name: string): Lookup {
    const words = foldWords(name);
    if (!words.length) return null;
    const whole = words.join(' ');
    const exact = this.records.filter((r) => r.words.join(' ') === whole);
    if (exact.length === 1) return exact[0];
    if (words.length >= 2) {
      // "Ana Ruiz" for "Ana Maria Ruiz": same first and last word.
      const same = this.records.filter((r) => r.words[0] === words[0] && r.words[r.words.length - 1] === words[words.length - 1]);
      if (same.length === 1) return same[0];
      if (same.length > 1) return 'ambiguous';
      // "Leticia Montes" for "Leticia Montes Quiroga": the given name and the first of a double surname.
      if (words.length === 2) {
        const short = this.records.filter((r) => r.words.length >= 3 && r.words[0] === words[0] && paternalWord(r.words) === words[1] && this.hasDoubleSurname(r));
        if (short.length === 1) return short[0];
      }
    }
    const tails = this.records.filter((r) => r.words.length > words.length && endsWith(r.words, words));
    // "Castañeda" for "Ernesto Castañeda Ríos": a Spanish double surname is shortened to its first.
    const paternal = words.length === 1 ? this.records.filter((r) => paternalWord(r.words) === words[0] && !tails.includes(r) && this.hasDoubleSurname(r)) : [];
    // "Luna" of "Guadalupe Luna Castañeda" and "Brayan Alejandro Hernández Luna": one with a double
    // surname is called by its first ("Hernández"), so the word alone is the other's.
    const last = paternal.length ? tails.filter((r) => !this.hasDoubleSurname(r)) : tails;
    if (paternal.length) return last.length + paternal.length === 1 ? paternal[0] : 'ambiguous';
    if (tails.length === 1) return tails[0];
    if (tails.length === 0) return null;
    // "Becerra" of "Tomás Iriarte Becerra" (called "Iriarte") and his mother "Rosa Becerra": the last
    // word of a double surname is no name its bearer goes by alone, so the word is the other's.
    const single = tails.filter((r) => !this.hasDoubleSurname(r));
    if (single.length === 1) return single[0];
    // "McConnell" after "Senate Majority Leader Mitch McConnell" and "Mitch McConnell": one name
    // inside the other is one person (title words the reading took for a name); "Tom Hale" and
    // "Sam Hale" are two.
    const shortest = tails.reduce((a, b) => (b.words.length < a.words.length ? b : a));
    return tails.every((r) => endsWith(r.words, shortest.words)) ? shortest : 'ambiguous';
  }

  /**
   * "Yesenia said" after "His sister, Yesenia Torres": the one person of a full name whose given name
   * the single word is; null when none or several are.
   */
  byGivenName(name: string): PersonRecord | null {
    const words = foldWords(name);
    if (words.length !== 1) return null;
    const found = this.records.filter((r) => r.words.length >= 2 && r.words[0] === words[0]);
    return found.length === 1 ? found[0] : null;
  }

  /** Registers a full name (two words or more, or one when the text introduces it as a name), merging it with the record it already fits. */
  add(name: string, facts: PersonFacts = {}, opts: { single?: boolean } = {}): PersonRecord | null {
    const words = foldWords(name);
    if (words.length < (opts.single ? 1 : 2)) return null;
    const found = this.lookup(name);
    if (found === 'ambiguous') return null;
    const record = found ?? this.create(name, words);
    if (words.length > record.words.length) {
      record.name = name;
      record.words = words;
    }
    record.title ??= facts.title ?? null;
    record.titleRole ??= facts.titleRole ?? null;
    record.agencyId ??= facts.agencyId ?? null;
    record.organization ??= facts.organization ?? null;
    return record;
  }

  addEvidence(record: PersonRecord, gender: Gender | null, weight = 1): void {
    if (gender === 'female') record.female += weight;
    if (gender === 'male') record.male += weight;
  }

  genderOf(record: PersonRecord): Gender | null {
    if (record.female > record.male) return 'female';
    if (record.male > record.female) return 'male';
    return null;
  }

  private create(name: string, words: string[]): PersonRecord {
    const record: PersonRecord = {
      id: this.records.length,
      name,
      words,
      title: null,
      titleRole: null,
      agencyId: null,
      organization: null,
      relation: null,
      pastOffice: null,
      namedAsRelative: false,
      namedAsCounsel: false,
      female: 0,
      male: 0,
    };
    this.records.push(record);
    return record;
  }
}
