import { describe, expect, it } from 'vitest';
import { analyseText } from '../analyseText.js';

// Invented texts: the speaker of each attribution.
function speakers(text: string): (string | null)[] {
  return analyseText(text, { anchorDate: '2026-03-10', bodyStart: 0, outlet: null }).attributions.map((a) => a.speaker?.name ?? null);
}

describe('prosecutorOffice (stop 68)', () => {
  it('reads "the district attorney\'s office" as the county prosecutor\'s, not the U.S. attorney\'s office named before it', () => {
    const text =
      'Multnomah County District Attorney Elena Marsh charged the officer in January.\n\nThe case moved to federal court when the U.S. Attorney\'s Office for the District of Oregon filed a notice of removal on the officer\'s behalf.\n\nThe district attorney\'s office has said no officer was struck.';
    expect(speakers(text)).toEqual(["Multnomah County District Attorney's Office"]);
  });

  it('names the office as written when the text names no county\'s prosecutor, and the office named before when it does', () => {
    const bare = "The U.S. Attorney's Office filed a notice of removal.\n\nThe district attorney's office has said no officer was struck.";
    expect(speakers(bare)).toEqual(["District Attorney's Office"]);
    const named = "The Cook County State's Attorney's Office said it was reviewing the case. The state's attorney's office said it had not decided on charges.";
    expect(speakers(named)).toEqual(["Cook County State's Attorney's Office", "Cook County State's Attorney's Office"]);
  });

  it('leaves "the prosecutor\'s office" to the office named before: it may be the U.S. attorney\'s', () => {
    const text = "The U.S. Attorney's Office for the District of Arizona charged him on Monday. The prosecutor's office said he was released.";
    expect(speakers(text)).toEqual(["U.S. Attorney's Office"]);
  });
});
