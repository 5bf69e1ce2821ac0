import { describe, expect, it } from 'vitest';
import { splitSentences } from '../sentences/splitSentences.js';
import { tokenize } from '../tokens/tokenize.js';
import { findAttributions } from './findAttributions.js';

function cues(text: string): (string | undefined)[] {
  const tokens = tokenize(text);
  return findAttributions(text, { tokens, sentences: splitSentences(text, tokens) }).map((a) => a.cue?.text);
}

describe('dropEmbeddedPronounReports', () => {
  it('drops a pronoun speaker that heads a clause inside another', () => {
    // Without the pass each of these gave the pronoun a relation of its own.
    expect(cues('Nobody asked what he believes the council should do next.')).toEqual([]);
    expect(cues('Voters wanted to know how she thinks the county should pay for the bridge.')).toEqual([]);
    expect(cues('Residents doubt that he said the county would pay.')).toEqual([]);
  });

  it('keeps a pronoun speaker that opens its own clause', () => {
    expect(cues('After the vote, she said the clinic would stay open.')).toEqual(['said']);
    expect(cues('The council met, and he said the clinic would stay open.')).toEqual(['said']);
  });
});

describe('dropEmbeddedPronounReports: a pronoun after "while" past another report (stop 44)', () => {
  it('drops "while he said" after another report in its sentence, and keeps "as he called for" and a clause of its own', () => {
    expect(cues('Ruben Ortega said two detainees saw officers kneel on Paz for several minutes while he said he could not breathe.')).toEqual(['said']);
    expect(cues('“God will hold them accountable,” Francis said in a speech, as he called for greater ethics in business.')).toEqual(['said', 'called for']);
    expect(cues('While he said the clinic would stay open, the council voted to close it.')).toEqual(['said']);
  });
});
