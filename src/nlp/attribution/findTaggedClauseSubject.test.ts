import { describe, expect, it } from 'vitest';
import { attributeText as attribute } from './testing/attributeText.js';

describe('findTaggedClauseSubject: a coordinated verb after a tag set off by commas', () => {
  it('gives "and told" to the subject of the clause after "X said,", not to X', () => {
    const found = attribute('When he asked an agent what the man had done, Bains said, the agent ordered him back into the store and told him it was "federal business."');
    expect(found.filter(([, cue]) => cue === 'told')).toEqual([['the agent', 'told', ['it was "federal business."']]]);
  });

  it('keeps the speaker when no clause of its own follows the tag', () => {
    expect(attribute('The mayor said, however, that the city would review it and told reporters it would take weeks.')).toContainEqual(['The mayor', 'told', ['it would take weeks']]);
  });
});
