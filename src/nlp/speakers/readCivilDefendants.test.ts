import { describe, expect, it } from 'vitest';
import { analyseText } from '../analyseText.js';

// Invented texts: each attribution's speaker as [name, role].
function speakers(text: string): ([string, string] | null)[] {
  return analyseText(text, { anchorDate: '2025-11-19', bodyStart: 0, outlet: null }).attributions.map((a) => (a.speaker ? [a.speaker.name, a.speaker.role] : null));
}

const CIVIL = 'Order Granting Temporary Restraining Order\n\nPress Guild, Ana Ruiz and Tom Hale, Plaintiffs, v. U.S. Department of Homeland Security and U.S. Customs and Border Protection, Defendants.\n\n';

describe('readCivilDefendants', () => {
  it('reads "Defendants" and "The Government" of an order whose civil caption sues an agency as that agency (stop 46)', () => {
    expect(speakers(`${CIVIL}Defendants contend that the crowd was not peaceful. The Government further argues that the protests have ended.`)).toEqual([
      ['Department of Homeland Security', 'official'],
      ['Department of Homeland Security', 'official'],
    ]);
  });

  it('reads the declarant of "the declaration of" a named official as that official (stop 46)', () => {
    const found = speakers(`${CIVIL}According to the declaration of Raymond Castellanos, the Deputy Field Office Director for ICE in San Francisco, protesters threw rocks at agents.`);
    expect(found).toEqual([['Raymond Castellanos', 'official']]);
  });

  it('reads no agency for "Defendants" of a criminal caption or with no caption', () => {
    expect(speakers('United States v. Ana Ruiz, Defendant.\n\nDefendants contend that the car was parked.')[0]?.[0]).not.toBe('Department of Homeland Security');
    expect(speakers('Defendants contend that the crowd was not peaceful.')).toEqual([null]);
  });
});
