import { describe, expect, it } from 'vitest';
import { attributeText as attribute } from './testing/attributeText.js';

describe('findOpeningParticiple: a reporting participle that opens the sentence', () => {
  it('takes the subject of the main clause after the comma', () => {
    const found = attribute('Noting that turnout fell, Ana Ruiz said the county would vote again.');
    expect(found).toContainEqual(['Ana Ruiz', 'Noting', ['turnout fell']]);
    expect(found).toContainEqual(['Ana Ruiz', 'said', ['the county would vote again']]);
    expect(attribute('Noting he had lost twice, the mayor left the race.')).toContainEqual(['the mayor', 'Noting', ['he had lost twice']]);
  });

  it('reads no report from a participle with a noun phrase, or with a quotation in its content', () => {
    expect(attribute('Noting the hour, the mayor left the hall.').some((f) => f[1] === 'Noting')).toBe(false);
    expect(attribute('Noting that the plan was "dead," the mayor left the hall.').some((f) => f[1] === 'Noting')).toBe(false);
  });
});
