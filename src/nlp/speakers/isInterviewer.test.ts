import { describe, expect, it } from 'vitest';
import { analyseText } from '../analyseText.js';

// An invented broadcast transcript.
const TRANSCRIPT = [
  'MIKE CARRERA, HOST: A 17-year-old named Dario Villaescusa is in intensive care after an encounter with Border Patrol agents in Nogales on Tuesday night.',
  'ANA-LUISA PEREIRA, BYLINE: The gas station is busy at night.',
  'PEREIRA: CBP says the teen assaulted an agent. Dario\'s mother, Marisol Villaescusa, spoke to me at the hospital. She says her son is a U.S. citizen.',
  'MARISOL VILLAESCUSA: He is a good boy.',
  'PEREIRA: She says her son had his hands up.',
].join('\n\n');

/** Each attribution's source and its speaker as [name, role]. */
function speakers(text: string): [string | undefined, string | null, string | null][] {
  return analyseText(text, { anchorDate: '2026-01-23', bodyStart: 0, outlet: null }).attributions.map((a) => [a.source?.text, a.speaker?.name ?? null, a.speaker?.role ?? null]);
}

describe('isInterviewer', () => {
  it("reads a reporter's turns in a broadcast transcript as the newsroom's, and a \"she\" inside them as someone else (stop 49)", () => {
    const found = speakers(TRANSCRIPT);
    expect(found.filter(([source]) => source === 'PEREIRA').map(([, , role]) => role)).toEqual(['journalist', 'journalist']);
    expect(found.filter(([source]) => source === 'She').map(([, name]) => name)).toEqual(['Marisol Villaescusa', 'Marisol Villaescusa']);
  });
});

describe('isInterviewer: a video\'s narration (stop 68)', () => {
  it('reads "MAYA KESSLER (narration):", produced by her, as the newsroom\'s voice', () => {
    const text = [
      'Produced by Maya Kessler. Video editing by Devon Park.',
      'MAYA KESSLER (narration): Saturday, in the parking lot of a grocery store in Sunnyside, a silver Honda Civic starts backing out of a space.',
      'CURTIS AMBROSE: He was trying to leave.',
      'KESSLER (narration): Ambrose says he started recording when he saw the agents running.',
    ].join('\n\n');
    const roles = analyseText(text, { anchorDate: '2026-01-19', bodyStart: 0, outlet: null }).attributions.filter((a) => a.cue?.text === ':').map((a) => [a.speaker?.name ?? null, a.speaker?.role ?? null]);
    expect(roles).toContainEqual(['Maya Kessler', 'journalist']);
    expect(roles).not.toContainEqual(['Maya Kessler', 'other']);
  });
});
