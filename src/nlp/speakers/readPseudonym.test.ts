import { describe, expect, it } from 'vitest';
import { analyseText } from '../analyseText.js';

// Invented sentences: the speaker of each attribution, as [source, name, role, affiliation].
function speakers(text: string): [string | undefined, string | undefined, string | undefined, string | null | undefined][] {
  return analyseText(text, { anchorDate: '2025-10-10' }).attributions.map((a) => [a.source?.text, a.speaker?.name, a.speaker?.role, a.speaker?.affiliation]);
}

describe('readPseudonym', () => {
  it("reads a filing's letter or initials after a title as the titled person, named as written", () => {
    const text = 'Border Patrol agents shot Ana Ruiz in Chicago.\n\nAgent A stated that he fired because he feared for his life. Deportation Officer J.M. wrote that she reversed her vehicle into him.';
    expect(speakers(text)).toEqual([
      ['Agent A', 'Agent A', 'official', null],
      ['Deportation Officer J.M.', 'Deportation Officer J.M.', 'official', null],
    ]);
  });

  it('gives the person the body named before the title, and reads "According to Agent A," the same', () => {
    const text = 'Border Patrol agents shot Ana Ruiz in Chicago.\n\nBorder Patrol Agent C said she reversed. According to Agent A, she struck the vehicle.';
    expect(speakers(text)).toEqual([
      ['Border Patrol Agent C', 'Agent C', 'official', 'U.S. Border Patrol'],
      ['Agent A', 'Agent A', 'official', null],
    ]);
  });

  it('reads no pseudonym without a title before the mark', () => {
    expect(speakers('Ana Ruiz was shot in Chicago.\n\nPlan B said nothing.')[0]?.[1]).toBeUndefined();
  });
});

describe('readSource: a lone surname with a title', () => {
  it('gives "Agent Ortiz" the role of the title', () => {
    expect(speakers('Border Patrol agents shot Ana Ruiz in Chicago.\n\nAgent Ortiz said she reversed.')[0].slice(1, 3)).toEqual(['Ortiz', 'official']);
  });

  it("does not take an official's title over the subject's surname for the subject", () => {
    expect(speakers('Border Patrol agents shot Ana Ruiz in Chicago.\n\nOfficer Ruiz said the stop was lawful. Ruiz said she was scared.').map((s) => s[1])).toEqual([undefined, 'Ana Ruiz']);
  });
});
