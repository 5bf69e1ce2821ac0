import type { Speaker } from '../../domain/attribution.js';
import type { DocumentMetadata } from '../../domain/document.js';
import { makeSpeaker } from '../../nlp/speakers/entity.js';
import { screenSetOf } from './compileScreenSet.js';
import type { SentenceInfo } from './describeSentences.js';
import { loadFactCheckVocab, type FactCheckVocab } from './factCheckVocab.js';

/** A fact check's verdict: the outlet's own rating, as a voice, and the sentences that give it. */
export interface FactCheckVerdict {
  readonly speaker: Speaker;
  readonly sentences: ReadonlySet<number>;
}

/**
 * The verdict of a fact check ("Our ruling ⏎ … We rate it Unverifiable."): the paragraphs after a
 * verdict heading, to the next heading, and every sentence that rates the claim in the outlet's
 * first person. Unlike its reporting, which stays neutral, the rating takes a side on the claim
 * checked, so its words are the outlet's claims as a voice of its own (role `other`: neither the
 * state's account nor a party's). A document is a fact check when its title opens on a marker
 * ("Fact check: …") or its URL holds one, or when a verdict heading is followed by a rating; null
 * otherwise, and without an outlet to name.
 */
export function findFactCheckVerdict(
  metadata: Pick<DocumentMetadata, 'title' | 'url' | 'outlet'>,
  sentences: readonly SentenceInfo[],
  vocab: FactCheckVocab = loadFactCheckVocab(),
): FactCheckVerdict | null {
  const outlet = metadata.outlet?.trim();
  if (!outlet) return null;
  const marked = (metadata.title !== null && vocab.title.test(metadata.title)) || (metadata.url !== null && vocab.url.test(metadata.url));
  const verdict = new Set<number>();
  let section = false;
  let rated = false;
  for (const s of sentences) {
    if (s.heading) {
      section = vocab.heading.test(s.text);
      continue;
    }
    const rates = ratesClaim(vocab.verdicts, s.text);
    if (section && rates) rated = true;
    if (section || rates) verdict.add(s.index);
  }
  if (verdict.size === 0 || !(marked || rated)) return null;
  return Object.freeze({ speaker: makeSpeaker(outlet, 'fact check', 'other'), sentences: verdict });
}

/**
 * Whether a verdict pattern matches `text`. Screened first (screenRegex): every sentence of every
 * document is checked, and most hold none of a verdict's words ("rate", "true", "pinocchios").
 */
function ratesClaim(verdicts: readonly RegExp[], text: string): boolean {
  const possible = screenSetOf(verdicts).pass(text);
  for (let i = 0; i < verdicts.length; i++) if (possible[i] === 1 && verdicts[i].test(text)) return true;
  return false;
}
