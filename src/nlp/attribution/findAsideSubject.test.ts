import { describe, expect, it } from 'vitest';
import { attributeText as attribute } from './testing/attributeText.js';

describe('findAsideSubject: the question put to the speaker in an aside (round 32)', () => {
  it('crosses "when asked" and a question with a verb of its own to the subject', () => {
    expect(attribute('Ana Ruiz, when asked what about the plan is wrong, responded that the levy is too high.')).toEqual([['Ana Ruiz', 'responded', ['the levy is too high']]]);
  });

  it('still refuses an aside with a finite verb of its own', () => {
    expect(attribute('Ana Ruiz, the plan is wrong, responded that the levy is too high.')).toEqual([]);
  });
});

describe('findAsideSubject: a prepositional phrase inside the subject (round 33)', () => {
  it('reads "Pages across the state, including the Star, warned …"', () => {
    expect(attribute('Editorial pages across the state, including the Star, warned that the levy would fail.')).toEqual([['Editorial pages across the state', 'warned', ['the levy would fail']]]);
  });

  it('does not take an opening phrase for the subject', () => {
    expect(attribute('In Ohio, during the storm, the mayor said the levy would fail.')).toEqual([['the mayor', 'said', ['the levy would fail']]]);
  });
});
