import { describe, expect, it } from 'vitest';
import { findBareYears } from './findBareYears.js';

describe('findBareYears', () => {
  it('reads standalone years but not amounts, counts, statute numbers or taken spans', () => {
    const text = 'Since 2019 it paid $2020 for 2,021 badges under Section 1999; in 2024 and May 2023 too.';
    const taken = [{ start: text.indexOf('May 2023'), end: text.indexOf('May 2023') + 8 }];
    expect(findBareYears(text, taken).map((y) => y.text)).toEqual(['2019', '2024']);
  });
});
