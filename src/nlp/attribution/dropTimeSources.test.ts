import { describe, expect, it } from 'vitest';
import { attributeText as attribute } from './testing/attributeText.js';

describe('dropTimeSources: a month after a preposition of time is no speaker', () => {
  it('drops the relation whose source is "December" in "who in December defended …"', () => {
    const found = attribute('Joseph Leland, the union official who in December defended the supervisors, said agents "have every right to tell the truth."');
    expect(found.map(([source]) => source)).not.toContain('December');
    expect(attribute('DHS, which in November described Ocampo as a "criminal illegal alien," has not retracted its statement.').map(([source]) => source)).not.toContain('November');
  });

  it('keeps a speaker named like a month', () => {
    expect(attribute('May said the talks would resume.')).toEqual([['May', 'said', ['the talks would resume']]]);
  });
});
