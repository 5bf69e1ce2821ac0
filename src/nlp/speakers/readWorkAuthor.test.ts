import { describe, expect, it } from 'vitest';
import { analyseText } from '../analyseText.js';

/** The speaker of the last attribution, as [name, role]. */
function lastSpeaker(text: string): [string, string] | null {
  const speaker = analyseText(text, { anchorDate: '2025-10-22', bodyStart: 0, outlet: 'Las Cruces Sun' }).attributions.at(-1)?.speaker;
  return speaker ? [speaker.name, speaker.role] : null;
}

describe('readWorkAuthor (stop 65)', () => {
  it('gives a tally, an analysis or data to the body named after "by", known or named in full', () => {
    expect(lastSpeaker('The crash is the ninth, according to a tally kept by Frontera Watch, a Las Cruces advocacy group that tracks deaths.')).toEqual(['Frontera Watch', 'other']);
    expect(lastSpeaker('The crash is the ninth, according to an analysis by the Migration Policy Institute.')).toEqual(['Migration Policy Institute', 'other']);
    expect(lastSpeaker('The crash is the ninth, according to a tally compiled by the ACLU.')).toEqual(['American Civil Liberties Union', 'other']);
  });

  it('gives a record no author when "by" names who saw it', () => {
    expect(lastSpeaker('The case is the ninth, according to records obtained by the Ledger.')).toBeNull();
  });
});
