import { describe, expect, it } from 'vitest';
import { splitSentences } from '../sentences/splitSentences.js';
import { tokenize } from '../tokens/tokenize.js';
import { findAttributions } from './findAttributions.js';

function attribute(text: string): [string | undefined, string | undefined, string][] {
  const tokens = tokenize(text);
  return findAttributions(text, { tokens, sentences: splitSentences(text, tokens) }).map((a) => [a.source?.text, a.cue?.text, a.content.text]);
}

describe('dropNestedBeliefs', () => {
  it('keeps only the outer relation when a belief stands inside what someone said', () => {
    expect(attribute('The sheriff said he believes the driver panicked at the gate.')).toEqual([['The sheriff', 'said', 'he believes the driver panicked at the gate']]);
    expect(attribute('Ruiz told reporters that she thinks the county acted too late.')).toEqual([['Ruiz', 'told', 'she thinks the county acted too late']]);
  });

  it('keeps a belief that stands alone', () => {
    expect(attribute('Many residents believe the repairs came too late.')).toEqual([['Many residents', 'believe', 'the repairs came too late']]);
  });

  it('keeps a verb of saying inside what someone said: two voices', () => {
    // (A report that opens the words, "Ruiz said the chief told reporters …", is hers alone: dropNestedReports.)
    const found = attribute('Ruiz said the gate was open and that the chief told reporters it was shut.');
    expect(found.map(([, cue]) => cue)).toEqual(['said', 'told']);
  });
});
