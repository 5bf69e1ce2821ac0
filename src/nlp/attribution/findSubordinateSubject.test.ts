import { describe, expect, it } from 'vitest';
import { attributeText as attribute } from './testing/attributeText.js';

describe('findSubordinateSubject: "and said" inside a "when" clause', () => {
  it('gives the verb the subordinate clause subject, and ends the content where the main clause resumes', () => {
    expect(attribute('The crowd booed, and when Ruiz thanked the town and said it was great to be home, a man yelled.')).toEqual([['Ruiz', 'said', ['it was great to be home']]]);
  });

  it('keeps the main subject once the subordinate clause has closed, or after a short "after" clause', () => {
    expect(attribute('The mayor was quick to thank the crew after the river fell and said the town was safe.')).toEqual([['The mayor', 'said', ['the town was safe']]]);
  });
});
