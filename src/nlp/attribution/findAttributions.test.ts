import { describe, expect, it } from 'vitest';
import type { Attribution } from '../../domain/attribution.js';
import { splitSentences } from '../sentences/splitSentences.js';
import { tokenize } from '../tokens/tokenize.js';
import { findAttributions } from './findAttributions.js';

function attribute(text: string): Attribution[] {
  const tokens = tokenize(text);
  const found = findAttributions(text, { tokens, sentences: splitSentences(text, tokens) });
  for (const a of found) {
    for (const span of [a.source, a.cue, a.content, ...a.content.fragments]) if (span) expect(text.slice(span.start, span.end)).toBe(span.text);
    expect(a.speaker).toBeNull();
  }
  return found;
}

function summarise(a: Attribution): [string, string | undefined, string | undefined, string[]] {
  return [a.kind, a.source?.text, a.cue?.text, a.content.fragments.map((f) => f.text)];
}

describe('findAttributions: direct quotes', () => {
  it('finds a quote before its cue and keeps the inner comma', () => {
    const found = attribute('“The van never slowed down,” Marta Quill, a spokeswoman for the county, said.');
    expect(found.map(summarise)).toEqual([['direct', 'Marta Quill, a spokeswoman for the county', 'said', ['The van never slowed down,']]]);
  });

  it('finds an inverted cue with an appositive', () => {
    const found = attribute('"We will review the footage," said Omar Hale, a police spokesman.');
    expect(found.map(summarise)).toEqual([['direct', 'Omar Hale, a police spokesman', 'said', ['We will review the footage,']]]);
  });

  it('reads a colon lead-in with a listener and a multi-sentence quote', () => {
    const found = attribute('County Sheriff Dana Bloom told the Gazette: "Nobody was hurt. We got lucky."');
    expect(found.map(summarise)).toEqual([['direct', 'County Sheriff Dana Bloom', 'told', ['Nobody was hurt. We got lucky.']]]);
  });

  it('joins a quote split around its cue into two fragments', () => {
    const text = '"I heard two shots," she said. "Then the car rolled into the fence."';
    const [a] = attribute(text);
    expect(summarise(a)).toEqual(['direct', 'she', 'said', ['I heard two shots,', 'Then the car rolled into the fence.']]);
    expect(a.content.text).toBe(text.slice(a.content.start, a.content.end));
  });

  it('links a colon lead-in on one line to the quote on the next', () => {
    const found = attribute('The chief said in a statement:\n"Our officers acted within policy."');
    expect(found.map(summarise)).toEqual([['direct', 'The chief', 'said in a statement', ['Our officers acted within policy.']]]);
    expect(found[0].sentence).toBe(0);
  });

  it('continues a quote across paragraphs when the next paragraph reopens it', () => {
    const text = 'Mayor Ellen Pratt said: "We asked for answers and got none.\n\n"We will keep asking."';
    const [a] = attribute(text);
    expect(a.content.fragments.map((f) => f.text)).toEqual(['We asked for answers and got none.', 'We will keep asking.']);
  });

  it('keeps nested single quotes inside the content', () => {
    const [a] = attribute('“He kept saying, ‘Please go home,’ and they laughed,” her brother said.');
    expect(a.content.text).toBe('He kept saying, ‘Please go home,’ and they laughed,');
    expect(a.source?.text).toBe('her brother');
  });

  it('leaves out a quote with no identifiable speaker', () => {
    expect(attribute('"This is not over." The crowd left at noon.')).toEqual([]);
  });
});

describe('findAttributions: reported speech', () => {
  it('drops a leading "that" and the final period', () => {
    const found = attribute('The department said that the officer fired once.');
    expect(found.map(summarise)).toEqual([['indirect', 'The department', 'said', ['the officer fired once']]]);
  });

  it('takes content before a trailing cue', () => {
    const found = attribute('The truck was parked on the shoulder, police said.');
    expect(found.map(summarise)).toEqual([['indirect', 'police', 'said', ['The truck was parked on the shoulder']]]);
  });

  it('reads "…, according to police." and "According to police, …" (wink tags that "police" a verb)', () => {
    expect(attribute('The man was taken to a hospital with a wound to his leg, according to police.').map(summarise)).toEqual([
      ['indirect', 'police', 'according to', ['The man was taken to a hospital with a wound to his leg']],
    ]);
    expect(attribute('According to police, the man was shot twice.').map(summarise)).toEqual([['indirect', 'police', 'According to', ['the man was shot twice']]]);
  });

  it('handles "according to" before and after the content', () => {
    const before = attribute('According to the lawsuit, the guards ignored the warnings.');
    const after = attribute('The guards ignored the warnings, according to a lawsuit filed in state court.');
    expect(before.map(summarise)).toEqual([['indirect', 'the lawsuit', 'According to', ['the guards ignored the warnings']]]);
    expect(after.map(summarise)).toEqual([['indirect', 'a lawsuit filed in state court', 'according to', ['The guards ignored the warnings']]]);
  });

  it('skips a listener and reporting adverbials before the content', () => {
    const found = attribute('Her lawyer told reporters on Friday that the charges were baseless.');
    expect(found.map(summarise)).toEqual([['indirect', 'Her lawyer', 'told', ['the charges were baseless']]]);
  });

  it('skips a listener whose name opens on a word the tagger reads as a verb', () => {
    // "Associated" and "Verify" are tagged as verbs; before a proper noun they are part of a name.
    for (const listener of ['The Associated Press', 'Verify Desk']) {
      const found = attribute(`A DHS spokesperson told ${listener} the agency stands by its statement.`);
      expect([listener, found.map(summarise)]).toEqual([listener, [['indirect', 'A DHS spokesperson', 'told', ['the agency stands by its statement']]]]);
    }
  });

  it('finds maintain, argue, insist, acknowledge and the complaint', () => {
    const cues = attribute(
      'Officials maintain the stop was lawful. His lawyers argue the video shows otherwise. The agency insisted the agents were in danger. ' +
        'The complaint alleges the guard struck him twice. The driver acknowledged he had no license.',
    ).map((a) => a.cue?.text);
    expect(cues).toEqual(['maintain', 'argue', 'insisted', 'alleges', 'acknowledged']);
  });

  it('splits the content of a parenthetical cue into two fragments', () => {
    const [a] = attribute('When the guard turned around, the agency said, the man ran toward the gate.');
    expect(a.content.fragments.map((f) => f.text)).toEqual(['When the guard turned around', 'the man ran toward the gate']);
  });

  it('stops a clause at a coordinated second attribution', () => {
    const found = attribute('Neighbors say the car was parked, while officials maintain that it was moving.');
    expect(found.map((a) => a.content.text)).toEqual(['the car was parked', 'it was moving']);
  });

  it('takes an unquoted post after a colon to the end of the paragraph', () => {
    const [a] = attribute('Governor Lee Park wrote in a post on X: Stay calm. Let the courts decide.\n\nThe vote is Monday.');
    expect(summarise(a)).toEqual(['direct', 'Governor Lee Park', 'wrote', ['Stay calm. Let the courts decide.']]);
  });

  it('marks a paraphrase with a quoted part as mixed', () => {
    const [a] = attribute('The teacher went outside to tell them “that the children were coming,” according to her union.');
    expect(a.kind).toBe('mixed');
    expect(a.source?.text).toBe('her union');
  });

  it('takes the subject of the clause for a participle cue', () => {
    const [a] = attribute('The agency declined to comment on the video, saying the inquiry was still open.');
    expect(summarise(a)).toEqual(['indirect', 'The agency', 'saying', ['the inquiry was still open']]);
  });
});

describe('findAttributions: not attributions', () => {
  it('ignores negated and absent statements, conditions and instructions', () => {
    const text =
      'The agency has not said why he was stopped. The sheriff declined to comment. The officers did not respond to questions. ' +
      'If a guard feels threatened, he may leave. An agent told him to leave. The mayor was told about the crash.';
    expect(attribute(text)).toEqual([]);
  });

  it('ignores cues inside a quote', () => {
    const found = attribute('“They say he can’t have visitors,” his sister said.');
    expect(found).toHaveLength(1);
    expect(found[0].source?.text).toBe('his sister');
  });
});
