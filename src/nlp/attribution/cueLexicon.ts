import cuesJson from '../../../vocab/cues.json' with { type: 'json' };
import { ParallaxError } from '../../lib/errors.js';
import { indexPhrases, type PhraseIndex } from './attributionContext.js';

/** One verb of the lexicon, keyed by each of its written forms. */
export interface CueVerb {
  readonly lemma: string;
  readonly speech: boolean;
  /** Takes a listener before the content: "told reporters that …". */
  readonly object: boolean;
}

/** What must follow a complement cue (vocab/cues.json, "complements"). */
export type ComplementFrame = 'named' | 'as' | 'objectAs' | 'objectAt' | 'of' | 'to' | 'objectTo' | 'object' | 'evidence' | 'that';

/** vocab/cues.json compiled into lookup tables (lower-case keys). */
export interface CueLexicon {
  readonly verbs: ReadonlyMap<string, CueVerb>;
  /** Multi-word cues as lower-case word lists: ["according", "to"]. */
  readonly sourceAfterPhrases: PhraseIndex;
  readonly speechPhrases: ReadonlySet<string>;
  readonly nouns: ReadonlySet<string>;
  readonly negators: ReadonlySet<string>;
  readonly blockers: ReadonlySet<string>;
  /** Listeners that may stand between "told" and its content, as word lists. */
  readonly clauseObjects: PhraseIndex;
  /** Reporting adverbials that may stand between a cue and its content ("in a statement"). */
  readonly adverbials: PhraseIndex;
  /** Words that open a clause without being part of what was said ("But", "In fact,"), as word lists. */
  readonly connectives: PhraseIndex;
  /** Cues whose content is a noun phrase or an infinitive ("called X “…”", "vowed to …"), as word lists. */
  readonly complements: PhraseIndex;
  /** The frame of each complement form, keyed by its lower-case words joined by one space. */
  readonly complementFrames: ReadonlyMap<string, ComplementFrame>;
  /** Complement forms whose content may hold no clause of its own ("declined to say whether …"), keyed like complementFrames. */
  readonly plainComplements: ReadonlySet<string>;
  /** Complement forms that also name a physical act ("slammed", "blasted"), keyed like complementFrames. */
  readonly blowComplements: ReadonlySet<string>;
  /** Complement forms that, with a person's pronoun and "for" after them, hand out a penalty ("cited him for trespassing"). */
  readonly penaltyComplements: ReadonlySet<string>;
  /** Nouns of people, in the singular: a penalty is handed to them ("cited the driver for speeding"), a blow aimed at them ("blasted songs at the detainees"; vocab/cues.json "persons"). */
  readonly persons: ReadonlySet<string>;
  /** Nouns of bodies that speak as one ("agency", "department", "police"): ", which said …" after one reports for it (vocab/cues.json "institutions"). */
  readonly institutions: ReadonlySet<string>;
  /** What makes such a cue a blow rather than words (vocab/cues.json "blows"; isBlow). */
  readonly blows: BlowWords;
  /** What can show or find without saying ("poll", "survey", "results"): the only sources of an 'evidence' complement. */
  readonly evidenceNouns: ReadonlySet<string>;
  /** Lemmas of verbs that report only with a clause after them: "found that …", not "found ways to …". */
  readonly clauseOnly: ReadonlySet<string>;
  /** Lemmas of verbs that, with an object and then "to" and a noun phrase, put something somewhere rather than report ("added a title to his resume"). */
  readonly placing: ReadonlySet<string>;
  /** Forms that, capitalised inside a sentence beside another capitalised word, are part of a name ("State Department"). */
  readonly nameWords: ReadonlySet<string>;
  /** Forms of verbs that demand rather than report: the bare verb of the clause they govern ("demanded that ICE explain …") reports nothing. */
  readonly mandatives: ReadonlySet<string>;
  /** Cue forms whose speaker holds the opposite of their content ("denied that …", "disputed that …"; vocab/cues.json "denials"). */
  readonly denials: ReadonlySet<string>;
}

/** The words that make a 'blow' complement a physical act: a direction after its object, a place after "to"/"on", a thing as its object. */
export interface BlowWords {
  readonly directions: ReadonlySet<string>;
  readonly places: ReadonlySet<string>;
  readonly things: ReadonlySet<string>;
}

interface RawCues {
  verbs: Record<string, { forms: string[]; speech?: boolean; object?: boolean }>;
  phrases: { text: string; sourceAfter?: boolean; speech?: boolean }[];
  nouns: string[];
  negators: string[];
  blockers: string[];
  clauseObjects: string[];
  adverbials: string[];
  connectives?: string[];
  complements?: Record<string, { forms: string[]; frame: ComplementFrame; plain?: boolean; blow?: boolean; penalty?: boolean }>;
  blows?: { directions: string[]; places: string[]; things: string[] };
  persons?: string[];
  institutions?: string[];
  evidenceNouns?: string[];
  clauseOnly?: string[];
  placing?: string[];
  nameWords?: string[];
  mandatives?: string[];
  denials?: string[];
}

function splitWords(phrase: string): readonly string[] {
  return Object.freeze(phrase.toLowerCase().split(/\s+/).filter(Boolean));
}

/** Longest first, so a matcher that takes the first hit takes the longest. */
function toWordLists(phrases: readonly string[]): readonly (readonly string[])[] {
  return Object.freeze(phrases.map(splitWords).sort((a, b) => b.length - a.length));
}

/** Compiles a raw lexicon; exported for tests that need a lexicon of their own. */
export function compileCueLexicon(raw: RawCues): CueLexicon {
  if (!raw || typeof raw.verbs !== 'object' || !Array.isArray(raw.phrases)) {
    throw new ParallaxError('bad_input', 'vocab/cues.json must have "verbs" and "phrases".');
  }
  const verbs = new Map<string, CueVerb>();
  for (const [lemma, entry] of Object.entries(raw.verbs)) {
    const verb = Object.freeze({ lemma, speech: entry.speech === true, object: entry.object === true });
    for (const form of entry.forms) verbs.set(form.toLowerCase(), verb);
  }
  const complementFrames = new Map<string, ComplementFrame>();
  const plainComplements = new Set<string>();
  const blowComplements = new Set<string>();
  const penaltyComplements = new Set<string>();
  for (const entry of Object.values(raw.complements ?? {})) {
    for (const form of entry.forms) {
      complementFrames.set(splitWords(form).join(' '), entry.frame);
      if (entry.plain === true) plainComplements.add(splitWords(form).join(' '));
      if (entry.blow === true) blowComplements.add(splitWords(form).join(' '));
      if (entry.penalty === true) penaltyComplements.add(splitWords(form).join(' '));
    }
  }
  return Object.freeze({
    verbs,
    sourceAfterPhrases: indexPhrases(toWordLists(raw.phrases.filter((p) => p.sourceAfter).map((p) => p.text))),
    speechPhrases: new Set(raw.phrases.filter((p) => p.speech).map((p) => p.text.toLowerCase())),
    nouns: new Set(raw.nouns.map((n) => n.toLowerCase())),
    negators: new Set(raw.negators.map((n) => n.toLowerCase())),
    blockers: new Set(raw.blockers.map((n) => n.toLowerCase())),
    clauseObjects: indexPhrases(toWordLists(raw.clauseObjects)),
    adverbials: indexPhrases(toWordLists(raw.adverbials)),
    connectives: indexPhrases(toWordLists(raw.connectives ?? [])),
    complements: indexPhrases(toWordLists([...complementFrames.keys()])),
    complementFrames,
    plainComplements,
    blowComplements,
    penaltyComplements,
    persons: new Set((raw.persons ?? []).map((n) => n.toLowerCase())),
    institutions: new Set((raw.institutions ?? []).map((n) => n.toLowerCase())),
    blows: Object.freeze({
      directions: new Set((raw.blows?.directions ?? []).map((n) => n.toLowerCase())),
      places: new Set((raw.blows?.places ?? []).map((n) => n.toLowerCase())),
      things: new Set((raw.blows?.things ?? []).map((n) => n.toLowerCase())),
    }),
    evidenceNouns: new Set((raw.evidenceNouns ?? []).map((n) => n.toLowerCase())),
    clauseOnly: new Set((raw.clauseOnly ?? []).map((n) => n.toLowerCase())),
    placing: new Set((raw.placing ?? []).map((n) => n.toLowerCase())),
    nameWords: new Set((raw.nameWords ?? []).map((n) => n.toLowerCase())),
    mandatives: new Set((raw.mandatives ?? []).map((n) => n.toLowerCase())),
    denials: new Set((raw.denials ?? []).map((n) => n.toLowerCase())),
  });
}

let compiled: CueLexicon | null = null;

/** The project lexicon from vocab/cues.json, compiled on first use. */
export function loadCueLexicon(): CueLexicon {
  compiled ??= compileCueLexicon(cuesJson as RawCues);
  return compiled;
}
