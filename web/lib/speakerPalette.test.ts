import { describe, expect, it } from 'vitest';
import { assignSpeakerColours, colourOf, PALETTE_SIZE } from './speakerPalette.js';

const said = (name: string | null) => ({ speaker: name ? { name, affiliation: null, role: 'other' } : null });

describe('assignSpeakerColours', () => {
  it('gives colours in order of first appearance and reuses them for the same speaker', () => {
    const colours = assignSpeakerColours([said('A'), said(null), said('B'), said('A')]);
    expect([...colours.entries()]).toEqual([['A', 'spk-0'], ['B', 'spk-1']]);
    expect(colourOf(colours, { name: 'B' })).toBe('spk-1');
  });

  it('never colours an unresolved or unknown speaker', () => {
    const colours = assignSpeakerColours([said('A')]);
    expect(colourOf(colours, null)).toBe('spk-none');
    expect(colourOf(colours, { name: 'Z' })).toBe('spk-none');
  });

  it('cycles through the palette when there are more speakers than colours', () => {
    const names = Array.from({ length: PALETTE_SIZE + 2 }, (_, i) => `S${i}`);
    const colours = assignSpeakerColours(names.map(said));
    expect(colours.get(`S${PALETTE_SIZE}`)).toBe('spk-0');
    expect(new Set(colours.values()).size).toBe(PALETTE_SIZE);
  });
});
