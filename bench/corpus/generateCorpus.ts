import { createRandom } from './createRandom.js';
import { generateIncident } from './generateIncident.js';
import type { ArticleKind } from './paragraphs.js';
import { writeArticle, type SyntheticArticle } from './writeArticle.js';

export interface CorpusOptions {
  readonly seed: number;
  readonly articles: number;
  /** Inclusive bounds of article length in words; news runs 300–900. */
  readonly minWords?: number;
  readonly maxWords?: number;
}

const KINDS_IN_ORDER: readonly ArticleKind[] = ['statement', 'wire', 'local', 'filing'];

/**
 * A deterministic stream of invented news: `articles` documents grouped into incidents of one to
 * five documents each (the first is the agency's statement), as text files with headers. Streamed
 * so a 100,000-article store can be filled without holding every text at once; articles of one
 * incident are consecutive.
 */
export function* iterateCorpus(options: CorpusOptions): Generator<SyntheticArticle> {
  const minWords = options.minWords ?? 300;
  const maxWords = options.maxWords ?? 900;
  const root = createRandom(options.seed);
  let emitted = 0;
  for (let n = 0; emitted < options.articles; n++) {
    const r = root.fork(`incident-${n}`);
    // The seed is part of the key, so corpora of different seeds never share a URL.
    const incident = generateIncident(r, `s${options.seed}-incident-${n}`);
    const size = Math.min(r.int(1, 5), options.articles - emitted);
    for (let k = 0; k < size; k++) {
      const kind = k < KINDS_IN_ORDER.length ? KINDS_IN_ORDER[k] : r.pick(KINDS_IN_ORDER);
      yield writeArticle(incident, kind, k, r.int(minWords, maxWords), r);
      emitted++;
    }
  }
}

/** The whole corpus at once; the same options always give byte-identical articles. */
export function generateCorpus(options: CorpusOptions): SyntheticArticle[] {
  return [...iterateCorpus(options)];
}
