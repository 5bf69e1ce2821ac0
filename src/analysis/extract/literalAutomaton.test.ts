import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LiteralAutomaton } from './literalAutomaton.js';

// Literals that overlap, nest and share suffixes, so the failure links matter.
const LITERALS = ['he', 'she', 'his', 'hers', 'ushe', 'aab', 'aaab', 'shot', 'hot', 'fired', 'é', 'ré'];

function build(): LiteralAutomaton {
  const automaton = new LiteralAutomaton();
  LITERALS.forEach((literal, id) => automaton.add(literal, id));
  automaton.finish();
  return automaton;
}

// The statement of the rule: every occurrence of every literal, found one literal at a time.
function occurrences(text: string): number[] {
  const out: number[] = [];
  LITERALS.forEach((literal, id) => {
    for (let at = text.indexOf(literal); at >= 0; at = text.indexOf(literal, at + 1)) out.push(id);
  });
  return out.sort((a, b) => a - b);
}

describe('LiteralAutomaton', () => {
  it('finds the literals a sentence holds, nested ones included', () => {
    const automaton = build();
    const out: number[] = [];
    automaton.scan('ushers shot', out);
    expect(new Set(out.map((id) => LITERALS[id]))).toEqual(new Set(['ushe', 'she', 'he', 'hers', 'shot', 'hot']));
    expect(automaton.size).toBe(LITERALS.length);
  });

  it('reports every occurrence of every literal, as searching for each literal does', () => {
    const automaton = build();
    const piece = fc.constantFrom(...LITERALS, 'a', 'h', 's', 'e', 'r', ' ', 'x', 'É', 'e\u0301');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 20 }), (parts) => {
        const text = parts.join('');
        const out: number[] = [];
        automaton.scan(text, out);
        expect(out.sort((a, b) => a - b)).toEqual(occurrences(text));
      }),
      { numRuns: 1000 },
    );
  });
});
