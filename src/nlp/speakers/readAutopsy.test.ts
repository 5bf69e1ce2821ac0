import { describe, expect, it } from 'vitest';
import { analyseText } from '../analyseText.js';

// Invented stories. Each row: the source's words, then the speaker's name and role (null: none).
function speakers(text: string): [string, string | null, string | null][] {
  return analyseText(text, { anchorDate: '2026-01-25' }).attributions.map((a) => [
    a.source ? text.slice(a.source.start, a.source.end) : '',
    a.speaker?.name ?? null,
    a.speaker?.role ?? null,
  ]);
}

const LEAD = 'An ICE officer shot Tom Hale, 38, in Joliet, Ill., on Friday. ';

describe('readAutopsy', () => {
  it('gives an autopsy commissioned by the family or its lawyers to them', () => {
    expect(speakers(`${LEAD}An independent autopsy commissioned by his family found that he was shot from behind.`)[0]).toEqual([
      'An independent autopsy commissioned by his family',
      'autopsy commissioned by the family of Tom Hale',
      'family',
    ]);
    expect(speakers(`${LEAD}An autopsy requested by his lawyers found he was shot in the back.`)[0]).toEqual([
      'An autopsy requested by his lawyers',
      'autopsy commissioned by the attorneys for Tom Hale',
      'subject_counsel',
    ]);
  });

  it("gives the autopsy, and its report, to the one medical examiner's office the story names", () => {
    const text = `${LEAD}The Will County Medical Examiner's Office said Hale died of a gunshot wound. The autopsy found he was shot in the back. According to the autopsy report, the bullet entered his neck.`;
    expect(speakers(text).map((s) => s[1])).toEqual([
      "Will County Medical Examiner's Office",
      "Will County Medical Examiner's Office",
      "Will County Medical Examiner's Office",
    ]);
  });

  it('leaves an autopsy unresolved with no examiner named, with another autopsy told, or commissioned by someone else', () => {
    expect(speakers(`${LEAD}The autopsy found he was shot in the back.`)[0][1]).toBeNull();
    const two = `${LEAD}The Will County Medical Examiner's Office said Hale died of a gunshot wound. An independent autopsy commissioned by his family found he was shot from behind. The autopsy found he was shot in the back.`;
    expect(speakers(two).at(-1)?.[1]).toBeNull();
    expect(speakers(`${LEAD}An autopsy requested by the Joliet Police Department found he was shot in the back.`)[0][1]).toBeNull();
  });
});

describe('an examiner\'s office named whole (stop 41)', () => {
  it('speaks as the same official body whether it says, is cited, or its autopsy finds', () => {
    const text = `${LEAD}Hale died of gunshot wounds, according to the Harris County Institute of Forensic Sciences. The Harris County Institute of Forensic Sciences said he was shot twice. An autopsy found he had been shot in the chest.`;
    expect(speakers(text).map((s) => [s[1], s[2]])).toEqual([
      ['Harris County Institute of Forensic Sciences', 'official'],
      ['Harris County Institute of Forensic Sciences', 'official'],
      ['Harris County Institute of Forensic Sciences', 'official'],
    ]);
  });
});
