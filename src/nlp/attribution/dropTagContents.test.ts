import { describe, expect, it } from 'vitest';
import { analyseText } from '../analyseText.js';

// Invented sentences.
function relations(text: string): [string | null, string | null, string][] {
  return analyseText(text, { anchorDate: '2026-03-02', outlet: null }).attributions.map((a) => [a.source?.text ?? null, a.cue?.text ?? null, a.content.text]);
}

describe('dropTagContents', () => {
  it('reads no words of the officers in "But, he argued, officers had responded …": the tag is no content (stop 59)', () => {
    const said = relations('Kiran Patel, an organizer, said the crowd was peaceful. But, he argued, officers had responded to a handful of people by gassing hundreds.');
    expect(said.map(([source]) => source)).not.toContain('officers');
    expect(said.map(([source, cue]) => [source, cue])).toEqual([
      ['Kiran Patel, an organizer', 'said'],
      ['he', 'argued'],
    ]);
  });
});
