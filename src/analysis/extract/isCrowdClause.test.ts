import { describe, expect, it } from 'vitest';
import { isCrowdClause } from './isCrowdClause.js';

// Invented sentences: whether the clause running up to the marked words has a crowd as its subject.
function crowdBefore(sentence: string, words: string): boolean {
  return isCrowdClause(sentence, sentence.indexOf(words));
}

describe('isCrowdClause', () => {
  it('finds a crowd doing what follows, through its own verb phrases', () => {
    expect(crowdBefore('Rioters assaulted our officers and threw objects at vehicles.', 'assaulted')).toBe(true);
    expect(crowdBefore('Rioters assaulted our officers and threw objects at vehicles.', 'threw')).toBe(true);
    expect(crowdBefore('The agency said rioters had blocked the entrance and assaulted officers with rocks.', 'with rocks')).toBe(true);
    expect(crowdBefore('Agents were met by a group of protesters who threw bottles.', 'threw')).toBe(true);
    expect(crowdBefore('DHS said that "violent rioters" had thrown bricks at officers.', 'thrown')).toBe(true);
  });

  it('leaves a person, or officers, doing it to them', () => {
    expect(crowdBefore('Officials said the man assaulted officers with a pipe.', 'assaulted')).toBe(false);
    expect(crowdBefore('Protesters gathered at the gate, and the man assaulted an officer.', 'assaulted')).toBe(false);
    expect(crowdBefore('Protesters said he threw a rock.', 'threw')).toBe(false);
    expect(crowdBefore('He stood with protesters near the gate when he swung a shovel.', 'swung')).toBe(false);
    expect(crowdBefore('Protesters watched as agents fired pepper balls.', 'fired')).toBe(false);
  });
});
