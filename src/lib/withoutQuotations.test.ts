import { describe, expect, it } from 'vitest';
import { withoutQuotations } from './withoutQuotations.js';

describe('withoutQuotations', () => {
  it('blanks curly and straight quotations, and keeps a straight mark left open at a line break', () => {
    expect(withoutQuotations('She wrote that “three shootings” were "a policy," and left.')).toBe('She wrote that   were   and left.');
    expect(withoutQuotations('He said "we\nwill" go.')).toBe('He said "we\nwill" go.');
  });
});
