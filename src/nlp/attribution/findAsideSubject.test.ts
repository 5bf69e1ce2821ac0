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

describe('findAsideSubject: a compound noun or an irregular participle in the aside (stop 66)', () => {
  it('reads "Waddell, in a follow-up statement Friday, claimed that …" with Waddell as the source', () => {
    expect(attribute('Waddell, in a follow-up statement Friday, claimed that he was armed.')).toEqual([['Waddell', 'claimed', ['he was armed']]]);
    // A finite verb in the aside still ends it: no source past it.
    expect(attribute('Waddell, in a statement that follows up, claimed that he was armed.').map(([source]) => source)).not.toContain('Waddell');
  });

  it('reads "The complaint, sworn by deportation officer Marcus Tillery, says …" with the complaint as the source', () => {
    expect(attribute('The complaint, sworn by deportation officer Marcus Tillery, says the officer was hit.')).toEqual([['The complaint', 'says', ['the officer was hit']]]);
  });
});
