import { describe, expect, it } from 'vitest';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { ignoreLearnedWords } from './ignoreLearnedWords.js';

const tokensOf = (nlp: ReturnType<typeof winkNLP>, text: string) => {
  const doc = nlp.readDoc(text);
  return { values: doc.tokens().out() as string[], pos: doc.tokens().out(nlp.its.pos) as string[] };
};

describe('ignoreLearnedWords', () => {
  it("reads known words and contractions as wink's own instance does, on every reading", () => {
    const text = "The deputies can't say why Sgt. Ambrose didn't stop; they're reviewing it.";
    const plain = tokensOf(winkNLP(model, ['pos']), text);
    const narrowed = winkNLP(model, ['pos']);
    ignoreLearnedWords(narrowed);
    expect(tokensOf(narrowed, text)).toEqual(plain);
    expect(tokensOf(narrowed, text)).toEqual(plain);
    expect(plain.values).toContain('ca');
  });

  it('keeps a word unknown to the tokenizer once it is learned, after it was first asked about', () => {
    const nlp = winkNLP(model, ['pos']);
    const learned = ignoreLearnedWords(nlp);
    const probe = "Vesterholm's lawyer said Vesterholm's car was towed.";
    const before = tokensOf(nlp, probe);
    const count = learned();
    // Read before a comma, the whole word is learned; the probe must still be split as before.
    tokensOf(nlp, "The ruling was harsher than Vesterholm's, the clerk said.");
    expect(learned()).toBeGreaterThan(count);
    expect(tokensOf(nlp, probe)).toEqual(before);
    expect(before.values).toContain('Vesterholm');
  });

  it('learns a word met again once, and tags it the same each time', () => {
    const nlp = winkNLP(model, ['pos']);
    const learned = ignoreLearnedWords(nlp);
    const text = 'Deputy Quorvath stopped the van. Quorvath said Quorvath had waved.';
    const first = tokensOf(nlp, text);
    const count = learned();
    expect(tokensOf(nlp, text)).toEqual(first);
    expect(tokensOf(nlp, 'Quorvath waved again.').pos[0]).toBe(first.pos[first.values.indexOf('Quorvath')]);
    expect(learned()).toBe(count);
    expect(count).toBeGreaterThan(0);
  });
});
