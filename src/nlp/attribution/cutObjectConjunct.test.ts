import { describe, expect, it } from 'vitest';
import { attributeText as attribute } from './testing/attributeText.js';

const sourceOf = (text: string, cue: string): string | undefined => attribute(text).find(([, c]) => c === cue)?.[0];

describe('cutObjectConjunct: two clauses joined by "and" without a comma', () => {
  it('names the second clause subject, not the first clause object with it', () => {
    expect(sourceOf('Neither Kasich nor Rubio has won a state and Cruz strongly suggested they should quit.', 'strongly suggested')).toBe('Cruz');
    expect(sourceOf('Many members will not attend the convention and others have said they are not interested.', 'have said')).toBe('others');
  });

  it('keeps a coordinated subject after a preposition, a verb of saying, "let" or a participle', () => {
    expect(sourceOf('Months after Ruiz and Lee declared that the war was over, the rebels won.', 'declared')).toBe('Ruiz and Lee');
    expect(sourceOf('Do not let the press and Ruiz tell you that the vote was close.', 'tell')).toBe('the press and Ruiz');
    expect(sourceOf('A poll released Sunday by the Post and the network shows that Ruiz leads.', 'shows')).toBe('A poll released Sunday by the Post and the network');
  });
});
