import { describe, expect, it } from 'vitest';
import { attributeText as attribute } from './testing/attributeText.js';

describe('cutAccountObject', () => {
  it('gives "told its version, and its version is not what happened" the account alone, not the writer\'s clause', () => {
    const found = attribute('I am writing because the government has already told its version, and its version is not what happened.');
    expect(found.find((f) => f[0] === 'the government')?.[2]).toEqual(['its version']);
  });

  it('keeps what was told in a clause', () => {
    expect(attribute('The agency told reporters that the man drove at agents, and that one agent was hurt.')[0]?.[2]?.[0]).toContain('one agent was hurt');
  });
});
