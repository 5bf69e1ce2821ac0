import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { ignoreLearnedWords } from './ignoreLearnedWords.js';

type WinkNlp = ReturnType<typeof winkNLP>;
export type WinkDoc = ReturnType<WinkNlp['readDoc']>;

/** Reads texts with wink-nlp (part of speech on), on an instance renewed once it has learned too much. */
export interface WinkReader {
  readDoc(text: string): WinkDoc;
  /** wink's token readers: one module, the same for every instance. */
  readonly its: WinkNlp['its'];
  /** Words the current instance has learned (texts read since it was made). */
  learnedWords(): number;
  /** Instances made so far, the first included. */
  readonly instances: number;
}

// wink-eng-lite-web-model's metaCER() stringifies its custom-entity model again at every call and
// keeps the result, so the string grows with each instance made (escaped again each time: the
// twentieth instance in one process failed with "Invalid string length"). Custom entities are never
// learned here; every instance after the first gets the first instance's answer.
let metaCer: unknown;
const RENEWABLE_MODEL: typeof model = Object.freeze({
  ...model,
  metaCER: () => (metaCer ??= (model.metaCER as () => unknown)()),
});

/** About 5 MB of learned words (some 110 bytes each). */
export const LEARNED_WORDS_LIMIT = 50_000;

/**
 * wink-nlp keeps every word it has not seen in its model (a name, a number, a URL) for as long as
 * the instance lives, with no limit: over a long ingest that grew the live heap with every article
 * (issue 6). The words learned barely touch what is read later (ignoreLearnedWords: the tokenizer
 * asks the model's own lexicon only, and a learned word's features are a function of its text; one
 * exception seen: of the 924 PolNeAR texts read after 2,000 synthetic articles, one had a stray
 * combining diaeresis tagged X by the long-lived instance and PROPN by a fresh one), so once an
 * instance has learned more than `limit` words it is dropped and a fresh one (a fresh copy of the
 * model, some 0.3 s to build) reads the next text.
 */
export function createWinkReader(limit: number = LEARNED_WORDS_LIMIT): WinkReader {
  let instances = 0;
  const open = () => {
    const nlp = winkNLP(RENEWABLE_MODEL, ['pos']);
    instances++;
    return { nlp, learned: ignoreLearnedWords(nlp) };
  };
  let current = open();
  return {
    readDoc(text) {
      if (current.learned() > limit) current = open();
      return current.nlp.readDoc(text);
    },
    its: current.nlp.its,
    learnedWords: () => current.learned(),
    get instances() {
      return instances;
    },
  };
}
