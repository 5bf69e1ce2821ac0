import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findPolicePlaces } from './findPolicePlaces.js';

// The statement of the rule: every match of this pattern over the whole text, in order.
const PLACE = /\b((?:\p{Lu}\p{Ll}+ ){1,2})(?:[Pp]olice)\b/gu;

function byRegex(text: string): string[] {
  return [...text.matchAll(PLACE)].map((m) => m[1]);
}

// Capitals, lower case letters of several scripts, the pieces of "police", spaces, marks, a surrogate pair.
const piece = fc.constantFrom('P', 'p', 'olice', 'Police', 'police', 'Dayton', 'East', 'D', 'ayton', 'É', 'é', 'ß', 'x', ' ', '  ', '-', "'", '.', '\n', '7', '_', '\u0301', '\u{1D400}', 'ǅ');
const textish = fc.array(piece, { maxLength: 30 }).map((ps) => ps.join(''));

describe('findPolicePlaces', () => {
  it('reads the one or two capitalised words before police', () => {
    expect(findPolicePlaces('Dayton police said. East Ridge Police and the state police, Ohio Police Police.')).toEqual(['Dayton ', 'East Ridge ', 'Ohio Police ']);
  });

  it('agrees with the pattern run over the whole text', () => {
    fc.assert(
      fc.property(textish, (text) => {
        expect(findPolicePlaces(text)).toEqual(byRegex(text));
      }),
      { numRuns: 20000 },
    );
  });
});
