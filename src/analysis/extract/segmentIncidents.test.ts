import { describe, expect, it } from 'vitest';
import { segmentIncidents } from './segmentIncidents.js';
import { describeText } from './testing/describeText.js';

const COUNT = 'ICE officers have fired into moving cars at least three times this winter.';

function segmentsOf(paragraphs: readonly string[]): number {
  const { sentences } = describeText([COUNT, ...paragraphs].join('\n\n'), '2025-03-01');
  return segmentIncidents(sentences, true).length;
}

describe('segmentIncidents', () => {
  it('reads three dated accounts, each naming someone new, as a roundup of three incidents', () => {
    expect(
      segmentsOf([
        'Marco Reyes was shot by an ICE officer in Yuma on Jan. 12.',
        'Carlos Ortiz was shot by an ICE officer in Tucson on Feb. 4.',
        'Ana Lind was shot by an ICE officer in Nogales on Feb. 20.',
      ]),
    ).toBe(3);
  });

  it('reads no roundup when the third dated account names again, by surname, someone named before', () => {
    const paragraphs = [
      'Marco Reyes was shot by an ICE officer in Yuma on Jan. 12.',
      'Carlos Ortiz was shot by an ICE officer in Tucson on Feb. 4.',
      'Reyes was shot again by an ICE officer in Yuma on Feb. 20.',
    ];
    expect(segmentsOf(paragraphs)).toBe(1);
    // The same accounts with a new person in the third are one.
    expect(segmentsOf([...paragraphs.slice(0, 2), 'Ana Lind was shot by an ICE officer in Yuma on Feb. 20.'])).toBe(3);
  });
});
