import { describe, expect, it } from 'vitest';
import { escapeRegExp } from './escapeRegExp.js';

describe('escapeRegExp', () => {
  it('matches a name with a full stop or brackets as written', () => {
    expect(new RegExp(escapeRegExp('St. John (Jr.)')).test('St. John (Jr.)')).toBe(true);
    expect(new RegExp(escapeRegExp('St. John')).test('Stx John')).toBe(false);
  });
});
