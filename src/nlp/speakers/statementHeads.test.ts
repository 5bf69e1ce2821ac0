import { describe, expect, it } from 'vitest';
import { analyseText } from '../analyseText.js';

/** The speaker's name of each attribution. */
function speakers(text: string): (string | null)[] {
  return analyseText(text, { anchorDate: '2026-02-10', bodyStart: 0, outlet: null }).attributions.map((a) => a.speaker?.name ?? null);
}

describe('statementHeads', () => {
  it('reads the channel after the object of a complement cue: "ICE described it in a news release as …" (stop 49)', () => {
    const text = 'SAN ANTONIO — Eusebio Tzul, 41, died after ICE officers restrained him. ICE described it in a news release as a "medical emergency." The release said Tzul had been "acting erratically."';
    expect(speakers(text).at(-1)).toBe('U.S. Immigration and Customs Enforcement');
  });
});

describe('statementHeads: what a spokesperson says for a body is its statement (stop 70)', () => {
  it('gives "The statement also said" after "a DHS spokesperson said" to the department', () => {
    const text = 'Border Patrol agents shot Rafael Ocampo on Feb. 9.\n\nThat day, a DHS spokesperson said the driver weaponized the car. The statement also said the agent had been struck by the car.';
    expect(speakers(text).at(-1)).toBe('Department of Homeland Security');
  });
});

describe('statementIssuer: a statement read out just before (stop 70)', () => {
  it('gives "the statement said" after "read a short statement on her behalf" to no one, not the agency\'s statement far back', () => {
    const text = 'An ICE officer shot Tomás Elizondo on March 2. ICE said in a statement that he drove at officers.\n\nThe Mass drew 400 people. Father Ruiz spoke first.\n\nHis widow, Marisol Vega, did not speak. A family friend, Gabriela Montes, read a short statement on her behalf.\n\n"My husband was not a number in a press release," the statement said.';
    expect(speakers(text).at(-1)).toBeNull();
    expect(speakers(text.replace('read a short statement on her behalf', 'sat with her')).at(-1)).toBe('U.S. Immigration and Customs Enforcement');
  });
});

describe('statementHeads: a named spokesperson (stop 70)', () => {
  it('leaves "the statement said" the agency\'s when a named spokesperson spoke between', () => {
    const text = 'EL PASO — A Border Patrol agent fired his weapon Saturday, U.S. Customs and Border Protection said in a statement.\n\n"The agent fired defensive shots," CBP spokesperson Graham Castellanos said.\n\nCastellanos said the driver was struck once.\n\nHe will face federal charges, the statement said.';
    expect(speakers(text).at(-1)).toBe('U.S. Customs and Border Protection');
  });
});
