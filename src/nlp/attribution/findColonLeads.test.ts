import { describe, expect, it } from 'vitest';
import { splitSentences } from '../sentences/splitSentences.js';
import { tokenize } from '../tokens/tokenize.js';
import { findAttributions } from './findAttributions.js';

function attribute(text: string, options: { rulesOnly?: boolean } = {}): [string, string | undefined, string | undefined, string[]][] {
  const tokens = tokenize(text);
  const found = findAttributions(text, { tokens, sentences: splitSentences(text, tokens) }, options.rulesOnly ? { method: 'rules' } : {});
  for (const a of found) for (const span of [a.source, a.cue, ...a.content.fragments]) if (span) expect(text.slice(span.start, span.end)).toBe(span.text);
  return found.map((a) => [a.kind, a.source?.text, a.cue?.text, a.content.fragments.map((f) => f.text)]);
}

describe('findColonLeads (through findAttributions)', () => {
  it('reads a headline that names its speaker before a colon', () => {
    const found = attribute('Marlow County Sheriff: Deputy fired after the truck moved toward him.\n\nThe county released no video.');
    expect(found).toEqual([['indirect', 'Marlow County Sheriff', ':', ['Deputy fired after the truck moved toward him']]]);
  });

  it('marks a headline that quotes as mixed', () => {
    const found = attribute('Ruiz: Agency “lied about the stop” and must pay damages.\n\nMore follows.');
    expect(found[0]?.slice(0, 3)).toEqual(['mixed', 'Ruiz', ':']);
  });

  it('leaves labels, articles, body lines and headlines with no verb alone', () => {
    expect(attribute('UPDATE: The road reopened at noon.\n\nMore follows.')).toEqual([]);
    expect(attribute('The Latest: Crews reopen the road at noon.\n\nMore follows.')).toEqual([]);
    expect(attribute('Road work\n\nCorrection: An earlier version misstated the date.')).toEqual([]);
    expect(attribute('Delegate Update: The latest count in the race.\n\nMore follows.')).toEqual([]);
    expect(attribute('Ruiz: Yes.\n\nMore follows.')).toEqual([]);
  });

  it('reads a headline\'s kind ("Transcript:", "Video:") as no speaker, on the rules\' path', () => {
    expect(attribute('Transcript: Woman pepper-sprayed by agents speaks out about the protest\n\nMore follows.', { rulesOnly: true })).toEqual([]);
    expect(attribute('Video: Agents tackle a man outside a store in the city\n\nMore follows.', { rulesOnly: true })).toEqual([]);
  });

  it('reads a headline content with no verb the tagger sees: a noun phrase or a quotation', () => {
    expect(attribute('Ruiz: Time for a new plan.\n\nMore follows.')).toEqual([['indirect', 'Ruiz', ':', ['Time for a new plan']]]);
    expect(attribute("Ana Ruiz: 'Hale's fair game.'\n\nMore follows.")[0]?.slice(1, 3)).toEqual(['Ana Ruiz', ':']);
  });

  it('reads a short acronym in capitals as a source, not a label in capitals', () => {
    expect(attribute('AP: Sheriff Hale kept two deputies on leave after the crash.\n\nMore follows.').map((r) => r.slice(1, 3))).toEqual([['AP', ':']]);
    expect(attribute('NBC News: Marlow jail expansion will cost twice the estimate.\n\nMore follows.').map((r) => r.slice(1, 3))).toEqual([['NBC News', ':']]);
    expect(attribute('NEW: The road reopened at noon.\n\nMore follows.')).toEqual([]);
    expect(attribute('TV: The road reopened at noon.\n\nMore follows.')).toEqual([]);
    expect(attribute('EXCLUSIVE: The road reopened at noon.\n\nMore follows.')).toEqual([]);
  });

  it('reads a Title Case headline the tagger takes for proper nouns when it is longer than a title', () => {
    const found = attribute('Sheriff Hale: Marlow County Jail Expansion ‘Bad Deal for Our Taxpayers.’\n\nMore follows.');
    expect(found.map((r) => r.slice(1, 3))).toEqual([['Sheriff Hale', ':']]);
    expect(found[0]?.[3][0]).toContain('Marlow County Jail Expansion');
    // A short title and a list of names report nothing.
    expect(attribute('Hale Daily: A Town at Work.\n\nMore follows.')).toEqual([]);
    expect(attribute('Marlow Poll: Ruiz, Hale, Lee, Ortiz and Diaz.\n\nMore follows.')).toEqual([]);
  });
});

describe('a colon lead-in that closes its paragraph', () => {
  it('takes the next paragraph as what was said, unless it opens on a quotation mark', () => {
    const text = 'In a statement, the department said:\n\nThe driver struck an officer and fled. The officer fired.\n\nThe man was hospitalized.';
    expect(attribute(text)).toEqual([['indirect', 'the department', 'said', ['The driver struck an officer and fled. The officer fired.']]]);
    // A quoted paragraph is the quotation passes', read the same as before.
    expect(attribute('The mayor said:\n\n"We will review it."')[0][3]).toEqual(['We will review it.']);
  });
});
