import { describe, expect, it } from 'vitest';
import { analyseText } from '../analyseText.js';
import { findFirstNamesOnly } from './findFirstNamesOnly.js';

describe('findFirstNamesOnly (stop 63)', () => {
  it('finds a name given by one word at the person’s own wish', () => {
    expect(findFirstNamesOnly('The clerk on duty, who asked to be identified only by his first name, Omar, had known him for years.').map((n) => n.name)).toEqual(['Omar']);
    expect(findFirstNamesOnly('A woman who gave only her first name, Brenda, recalled the truck.').map((n) => n.name)).toEqual(['Brenda']);
    expect(findFirstNamesOnly('He gave his first name, Omar Ruiz, to the agents.')).toEqual([]);
  });

  it('gives "he said" after "Omar remembers …" to Omar, not to the man named before him', () => {
    const text =
      'An ICE officer shot Efraín Castañeda on Sept. 16. The clerk on duty, who asked to be identified only by his first name, Omar, had known him for years. ' +
      'Rubén Lugo went inside to pay. Omar remembers the shouting, too. "Somebody was yelling," he said.';
    expect(analyseText(text, { anchorDate: '2026-03-10' }).attributions.map((a) => a.speaker?.name ?? null)).toEqual(['Omar']);
  });
});
