import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { analyseText } from '../../src/nlp/analyseText.js';
import { findAttributions } from '../../src/nlp/attribution/findAttributions.js';
import { findMentions } from '../../src/nlp/mentions/findMentions.js';
import { splitSentences } from '../../src/nlp/sentences/splitSentences.js';
import { resolveSpeakers } from '../../src/nlp/speakers/resolveSpeakers.js';
import { tokenize } from '../../src/nlp/tokens/tokenize.js';
import { rates, startClock } from './startClock.js';

export interface BodyText {
  readonly text: string;
  readonly bodyStart: number;
  readonly anchorDate: string | null;
}

// The floor: the same wink-nlp pipeline the tokenizer loads ('pos'), reading each text once and
// reading its tokens and tags out, with nothing of ours around it.
const nlp = winkNLP(model, ['pos']);

export type Rate = ReturnType<typeof rates>;

/** Articles per second of the raw wink-nlp pass. */
export function timeWinkPass(texts: readonly BodyText[]): Rate {
  const stop = startClock();
  for (const t of texts) {
    const doc = nlp.readDoc(t.text);
    doc.tokens().out();
    doc.tokens().out(nlp.its.pos);
  }
  return rates(texts.length, stop());
}

/** Articles per second of the whole NLP analysis (tokens, sentences, mentions, attribution, speakers). */
export function timeAnalysis(texts: readonly BodyText[]): Rate {
  const stop = startClock();
  for (const t of texts) analyseText(t.text, { anchorDate: t.anchorDate, bodyStart: t.bodyStart });
  return rates(texts.length, stop());
}

/** Articles per second of sentence splitting plus attribution and speaker resolution, over tokens and mentions prepared beforehand. */
export function timeAttribution(texts: readonly BodyText[]): Rate {
  const prepared = texts.map((t) => {
    const tokens = tokenize(t.text);
    return { t, tokens, mentions: findMentions(t.text, tokens, t.anchorDate) };
  });
  const stop = startClock();
  for (const { t, tokens, mentions } of prepared) {
    const analysis = { tokens, sentences: splitSentences(t.text, tokens, { bodyStart: t.bodyStart }), mentions };
    resolveSpeakers(t.text, analysis, findAttributions(t.text, analysis));
  }
  return rates(texts.length, stop());
}
