import { describe, expect, it } from 'vitest';
import type { Attribution } from '../../domain/attribution.js';
import { splitSentences } from '../sentences/splitSentences.js';
import { tokenize } from '../tokens/tokenize.js';
import { findAttributions } from './findAttributions.js';

function attribute(text: string): [string | undefined, string | undefined, string[]][] {
  const tokens = tokenize(text);
  const found: Attribution[] = findAttributions(text, { tokens, sentences: splitSentences(text, tokens) });
  for (const a of found) for (const span of [a.source, a.cue, ...a.content.fragments]) if (span) expect(text.slice(span.start, span.end)).toBe(span.text);
  return found.map((a) => [a.source?.text, a.cue?.text, a.content.fragments.map((f) => f.text)]);
}

describe('findAttributions: quotations that carry on past their tag', () => {
  it('skips a title quoted inside the tag and continues into the next whole-quote sentence', () => {
    const found = attribute('“The levee held,” Mara Quint said on the station’s “Morning Desk” show. “We were lucky.”');
    expect(found).toEqual([['Mara Quint', 'said', ['The levee held,', 'We were lucky.']]]);
  });

  it('reopens the quotation after a tag with a phrase of its own before the comma', () => {
    const found = attribute('“The levee held,” she said of the two towns, “but the road did not.”');
    expect(found).toEqual([['she', 'said', ['The levee held,', 'but the road did not.']]]);
  });

  it('does not reopen across a second verb in the tag', () => {
    const found = attribute('“The levee held,” she said as the water rose, “but the road did not.”');
    expect(found.length).toBeGreaterThan(0);
    expect(found.every(([, , fragments]) => !fragments.includes('but the road did not.'))).toBe(true);
  });
});

describe('findAttributions: heads that open with a preposition', () => {
  it('takes a whole sentence before "…, X said." whatever its first word', () => {
    expect(attribute('In Ohio, turnout fell by a third, the county clerk said.')).toEqual([['the county clerk', 'said', ['In Ohio, turnout fell by a third']]]);
  });

  it('takes a whole sentence before "…, according to X."', () => {
    expect(attribute('At the plant, output doubled last year, according to the company.')).toEqual([['the company', 'according to', ['At the plant, output doubled last year']]]);
  });

  it('leaves a head that reports speech of its own to its own cue', () => {
    const found = attribute('As the mayor noted, the bridge is closed, according to its records.');
    expect(found.map(([source]) => source)).toEqual(['the mayor']);
  });
});

describe('findAttributions: content ends before a second reporting verb', () => {
  it('ends "said X and added Y" before "and added", which gets its own relation', () => {
    expect(attribute('The mayor said the bridge was unsafe and added that repairs would start in May.')).toEqual([
      ['The mayor', 'said', ['the bridge was unsafe']],
      ['The mayor', 'added', ['repairs would start in May']],
    ]);
  });

  it('keeps a coordinated verb that is no reporting verb inside the content', () => {
    expect(attribute('The mayor said the river rose and flooded the lower town.')).toEqual([['The mayor', 'said', ['the river rose and flooded the lower town']]]);
  });
});
