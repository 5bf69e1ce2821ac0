import { describe, expect, it } from 'vitest';
import { analyseText } from '../analyseText.js';

// Invented sentences: the speaker of each attribution, as [source, name, role].
function speakers(text: string): [string | undefined, string | undefined, string | undefined][] {
  return analyseText(text, { anchorDate: '2026-01-27' }).attributions.map((a) => [a.source?.text, a.speaker?.name, a.speaker?.role]);
}

describe('readServingBody', () => {
  it('reads a body named with where it serves as the body', () => {
    expect(speakers('ICE in Chicago said the man rammed a vehicle.')).toEqual([['ICE in Chicago', 'U.S. Immigration and Customs Enforcement', 'official']]);
    expect(speakers("The U.S. Attorney's Office for the District of Oregon said the agent acted lawfully.")[0].slice(1)).toEqual(["U.S. Attorney's Office", 'prosecutor']);
  });

  it('reads a body named with the statement it spoke in as the body', () => {
    expect(speakers('ICE in a statement to reporters said the man rammed a vehicle.')[0][1]).toBe('U.S. Immigration and Customs Enforcement');
  });

  it('reads no body when the words after it name someone or something else', () => {
    expect(speakers('ICE in an interview said he was armed.')[0][1]).toBeUndefined();
  });

  it('reads a foreign post as its own speaker, on neither side', () => {
    expect(speakers('The Mexican consulate in Nogales said it was providing assistance to the family.')).toEqual([['The Mexican consulate in Nogales', 'Mexican consulate in Nogales', 'other']]);
  });
});
