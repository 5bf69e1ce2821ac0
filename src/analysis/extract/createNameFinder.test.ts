import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createNameFinder } from './createNameFinder.js';

const byRegex = (name: string, text: string) =>
  [...text.matchAll(new RegExp(`(?<![\\p{L}'’-])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')}(?![\\p{L}'’-])`, 'giu'))].map((m) => ({ index: m.index, text: m[0] }));

describe('createNameFinder', () => {
  it('finds a name whole, in any case, over any run of spaces', () => {
    const find = createNameFinder('Ana Ruiz');
    expect(find('UNITED STATES v. ANA RUIZ, and Ana\n  Ruiz said')).toEqual([
      { index: 17, text: 'ANA RUIZ' },
      { index: 31, text: 'Ana\n  Ruiz' },
    ]);
    expect(find('Ana Ruizes and Diana Ruiz')).toEqual([]);
    expect(find('Ana-Ana Ruiz, O’Ana Ruiz')).toEqual([]);
  });

  it('takes matches one after the other, as a global regex does', () => {
    expect(createNameFinder('Ana Ana')('Ana Ana Ana Ana')).toEqual([
      { index: 0, text: 'Ana Ana' },
      { index: 8, text: 'Ana Ana' },
    ]);
  });

  it('answers as the regex does for a name outside ASCII and for the long s', () => {
    expect(createNameFinder('Núñez')('Ana NÚÑEZ said')).toEqual([{ index: 4, text: 'NÚÑEZ' }]);
    expect(createNameFinder('Ross')('Roſs said')).toEqual([{ index: 0, text: 'Roſs' }]);
    expect(createNameFinder('Ilk')('\u0130lk and Ilk')).toEqual([{ index: 8, text: 'Ilk' }]);
  });

  it('agrees with the regex it stands for on any name and text', () => {
    const chars = ['a', 'A', 'n', 's', 'S', 'k', 'K', 'i', '1', '_', '.', '-', "'", ' ', ' ', '\t', '\n', '\u00a0', '\u2003', '’', 'é', 'É', '\u017f', '\u212A', '\u0130', '\u0345', '\ud835\udc00', '\ud800', '\udc00', '(', ','];
    const nameChars = ['a', 'A', 'n', 's', 'k', 'i', '1', '_', '.', '-', "'", ' ', '\t', '’', 'é'];
    const text = fc.array(fc.constantFrom(...chars), { maxLength: 16 }).map((cs) => cs.join(''));
    const name = fc.array(fc.constantFrom(...nameChars), { minLength: 1, maxLength: 5 }).map((cs) => cs.join(''));
    fc.assert(
      fc.property(name, fc.array(text, { minLength: 1, maxLength: 4 }), (n, texts) => {
        const find = createNameFinder(n);
        for (const t of texts) expect(find(t)).toEqual(byRegex(n, t));
      }),
      { numRuns: 2_500 },
    );
  });
});
