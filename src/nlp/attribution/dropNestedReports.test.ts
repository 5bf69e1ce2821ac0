import { describe, expect, it } from 'vitest';
import { splitSentences } from '../sentences/splitSentences.js';
import { tokenize } from '../tokens/tokenize.js';
import { findAttributions } from './findAttributions.js';

// Invented sentences: each attribution as [source, cue].
function attribute(text: string): [string | undefined, string | undefined][] {
  const tokens = tokenize(text);
  return findAttributions(text, { tokens, sentences: splitSentences(text, tokens) }).map((a) => [a.source?.text, a.cue?.text]);
}

describe('dropNestedReports', () => {
  it('gives a report that opens another speaker\'s words to that speaker alone', () => {
    expect(attribute('The family says federal officials have described an attack that never happened.')).toEqual([['The family', 'says']]);
    expect(attribute('Ruiz said that the mayor had told reporters the plan would fail.')).toEqual([['Ruiz', 'said']]);
  });

  it('keeps a report further inside the words, and two reports side by side', () => {
    expect(attribute('Police said the man had reached for a tool, a claim his brother disputed.')).toContainEqual(['Police', 'said']);
    expect(attribute('Witnesses said the officer fired three times; the department said he fired once.')).toEqual([
      ['Witnesses', 'said'],
      ['the department', 'said'],
    ]);
  });
});
