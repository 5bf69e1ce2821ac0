import { describe, expect, it } from 'vitest';
import { tokenize } from '../tokens/tokenize.js';
import { butClauseEnd } from './butClauseEnd.js';
import { attributeText } from './testing/attributeText.js';

/** The text the content keeps: from the token after `said` to butClauseEnd's end. */
function keep(text: string): string {
  const tokens = tokenize(text);
  const cue = tokens.findIndex((t) => t.normal === 'said');
  const end = butClauseEnd(tokens, cue + 1, tokens.length, { from: 0, to: 1 });
  return end >= tokens.length ? '(all)' : text.slice(tokens[cue + 1].start, tokens[end - 1].end);
}

describe('butClauseEnd', () => {
  it('ends the content before ", yet they …" and before another report: ", videos show a phone" (stop 46)', () => {
    expect(keep('Ruiz said the agents were trained, yet they offer no evidence.')).toBe('the agents were trained');
    expect(keep('Officials said he had a gun, videos show a phone.')).toBe('he had a gun');
    expect(keep('Ruiz said the car, agents say, was stopped.')).toBe('(all)');
  });

  it('ends the content at a comma before "but" and a third-person pronoun with a verb', () => {
    expect(keep('Ruiz said she will not ask him to leave, but she has bristled at his votes.')).toBe('she will not ask him to leave');
  });

  it('keeps the content whole with no such comma, inside a quotation, or before another subject', () => {
    expect(keep('Ruiz said she will not ask him to leave and she has bristled at his votes.')).toBe('(all)');
    expect(keep('Ruiz said “she will not ask him to leave, but she has bristled at it” today.')).toBe('(all)');
    expect(keep('Ruiz said she will not ask him to leave, but voters have bristled at his votes.')).toBe('(all)');
  });

  it('needs a clause before the comma', () => {
    expect(keep('Ruiz said nothing more, but she has bristled at his votes.')).toBe('(all)');
  });
});

describe('butClauseEnd: the speaker reporting again', () => {
  const SAY = new Set(['said', 'told']);
  function keepWithCues(text: string): string {
    const tokens = tokenize(text);
    const cue = tokens.findIndex((t) => t.normal === 'said');
    const end = butClauseEnd(tokens, cue + 1, tokens.length, { from: 0, to: 1 }, (k) => SAY.has(tokens[k].normal));
    return end >= tokens.length ? '(all)' : text.slice(tokens[cue + 1].start, tokens[end - 1].end);
  }

  it('ends the content before ", but later said …", a verb of saying with no subject of its own', () => {
    expect(keepWithCues('DHS initially said she had rammed agents, but later said only that she had boxed them in.')).toBe('she had rammed agents');
    expect(keepWithCues('Ruiz said the car was parked, but told reporters it was moving.')).toBe('the car was parked');
  });

  it('keeps a contrast whose verb reports nothing', () => {
    expect(keepWithCues('Ruiz said the car was parked, but later moved it.')).toBe('(all)');
  });
});

describe('butClauseEnd: what the speaker did not do, and the writer’s aside (stop 48)', () => {
  it('ends the words before ", but did not give details", ", but declined to …" and ", a figure it has not backed up"', () => {
    expect(attributeText('The agency said two officers were injured, but did not give details about their injuries.')).toEqual([['The agency', 'said', ['two officers were injured']]]);
    expect(attributeText('He said the car was stopped, but declined to say more.')).toEqual([['He', 'said', ['the car was stopped']]]);
    expect(attributeText('The agency said assaults have risen by more than 1,000 percent, a figure it has not backed up with data.')).toEqual([
      ['The agency', 'said', ['assaults have risen by more than 1,000 percent']],
    ]);
  });
});

describe('butClauseEnd: a clause whose verb stands inside quotation marks (stop 64)', () => {
  it('ends "testified that the tailgate “clipped” him" before ", but he did not seek medical treatment"', () => {
    expect(attributeText('Agent Haller testified that the tailgate “clipped” him, but he did not seek medical treatment that day.')).toEqual([
      ['Agent Haller', 'testified', ['the tailgate “clipped” him']],
    ]);
  });

  it('ends the words before what the speaker, or another, did not say (stop 68)', () => {
    expect(attributeText('Haskell said DHS "routinely coordinates with local partners" but did not say whether anyone had called the police.')).toEqual([
      ['Haskell', 'said', ['DHS "routinely coordinates with local partners"']],
    ]);
    expect(attributeText('CBP said it had begun equipping agents with body-worn cameras, but the agency has not said whether the agents had them.')).toEqual([
      ['CBP', 'said', ['it had begun equipping agents with body-worn cameras']],
    ]);
  });
});


describe('butClauseEnd: a record that answers a quoted claim (stop 71)', () => {
  it('ends the words at a comma closed inside the quotation, before "but the logs show"', () => {
    expect(attributeText('Officer 2 said his camera "must have malfunctioned," but the logs show no recording from his device.')).toEqual([['Officer 2', 'said', ['his camera "must have malfunctioned,"']]]);
  });
});
