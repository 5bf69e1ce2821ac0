import { describe, expect, it } from 'vitest';
import { splitSentences } from '../sentences/splitSentences.js';
import { tokenize } from '../tokens/tokenize.js';
import { findAttributions } from './findAttributions.js';

function attribute(text: string): [string | undefined, string | undefined, string][] {
  const tokens = tokenize(text);
  const found = findAttributions(text, { tokens, sentences: splitSentences(text, tokens) });
  for (const a of found) for (const span of [a.source, a.cue, ...a.content.fragments]) if (span) expect(text.slice(span.start, span.end)).toBe(span.text);
  return found.map((a) => [a.source?.text, a.cue?.text, a.content.text]);
}

describe('findAttributions: shares of a poll as speakers', () => {
  it('reads a percentage or a fraction before "say"', () => {
    expect(attribute('About 42% say the bridge should wait.')).toEqual([['About 42%', 'say', 'the bridge should wait']]);
    expect(attribute('Nearly a third say they have not decided.')).toEqual([['Nearly a third', 'say', 'they have not decided']]);
  });

  it('keeps the participle that closes the speaker phrase of a poll', () => {
    expect(attribute('Some 61 percent of parents polled said the buses ran late.')).toEqual([['Some 61 percent of parents polled', 'said', 'the buses ran late']]);
    expect(attribute('Nearly half of those surveyed say the fees are too high.')).toEqual([['Nearly half of those surveyed', 'say', 'the fees are too high']]);
  });

  it('reads neither an ordinal nor an object relative as a speaker', () => {
    expect(attribute('It is the fifth state that sued over the maps.')).toEqual([]);
    const found = attribute('The nurse the station interviewed said the ward was full.');
    expect(found.map(([source]) => source)).not.toContain('the station interviewed');
  });
});

describe('findAttributions: party tags', () => {
  it('keeps a party tag whose state is written in capitals or with five letters', () => {
    expect(attribute('Rep. Lena Moss (R-OK) said the vote would wait.')).toEqual([['Rep. Lena Moss (R-OK)', 'said', 'the vote would wait']]);
    expect(attribute('Sen. Ada Lurie (D-Calif.) last week said the bill was dead.')).toEqual([['Sen. Ada Lurie (D-Calif.)', 'said', 'the bill was dead']]);
  });
});
