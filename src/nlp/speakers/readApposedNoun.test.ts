import { describe, expect, it } from 'vitest';
import { analyseText } from '../analyseText.js';

// Invented texts: the speaker of each attribution.
function speakers(text: string): (string | null)[] {
  return analyseText(text, { anchorDate: '2026-03-10', bodyStart: 0, outlet: null }).attributions.map((a) => a.speaker?.name ?? null);
}

describe('readApposedNoun (stop 62)', () => {
  it('reads "The consul added" as the one person named beside "the consul" just before', () => {
    const text = 'An ICE officer shot Tomas Reyes on March 3. Also there was Ana Ibarra, the consul of Mexico in Milwaukee. Ibarra said the consulate was helping the family. The consul added that Mexico was following the case.';
    expect(speakers(text)).toEqual(['Ana Ibarra', 'Ana Ibarra']);
  });

  it('names no one when two are set beside the noun, or for a noun many share ("the officer")', () => {
    const two = 'Ana Ibarra, the consul of Mexico, and Luis Paz, the consul of Guatemala, attended. The consul added that the case was open.';
    expect(speakers(two)).toEqual([null]);
    // The noun alone names no one here; the one officer the story introduces, set off after his name, is him (stop 66: introducedOfficer).
    const shared = 'Tom Hale, an officer with ICE, fired. The officer said he feared for his life.';
    expect(speakers(shared)).toEqual(['Tom Hale']);
  });

  it('reads no apposition in the source’s own tag: "Ocampo, the agency said, had …" (stop 63)', () => {
    const text = 'A Border Patrol agent shot Rafael Ocampo Durán on Nov. 14. Ocampo, the agency said, had "weaponized his vehicle."';
    expect(speakers(text)).not.toContain('Rafael Ocampo Durán');
  });

  it('reads no person in a body\'s noun listed beside a name: "It names Brezina, the village, and several agents" (stop 64)', () => {
    const text = 'The complaint identifies the shooter as Detective Sgt. Paul Brezina. It names Brezina, the village, and several agents as defendants. Brezina, 46, has been on paid leave since Jan. 22, the village said.';
    expect(speakers(text)).not.toContain('Paul Brezina');
  });
});
