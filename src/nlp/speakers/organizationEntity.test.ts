import { describe, expect, it } from 'vitest';
import { analyseText } from '../analyseText.js';

// Invented sentences: the speaker name of each attribution.
function speakers(text: string): (string | null)[] {
  return analyseText(text, { anchorDate: '2026-01-27' }).attributions.map((a) => a.speaker?.name ?? null);
}

describe('an organisation named earlier, called back by its head', () => {
  it('reads "the medical examiner" and "the medical examiner\'s office" after the county\'s office is named', () => {
    expect(speakers('Agents shot Ana Ruiz on Saturday. The Dale County Medical Examiner’s Office said she died of gunshot wounds. The medical examiner ruled her death a homicide.')).toEqual([
      'Dale County Medical Examiner’s Office',
      'Dale County Medical Examiner’s Office',
    ]);
    expect(speakers('Agents shot Ana Ruiz on Saturday. The Dale County Medical Examiner said she died. The medical examiner’s office said the manner of death was homicide.')).toEqual([
      'Dale County Medical Examiner',
      'Dale County Medical Examiner',
    ]);
  });

  it('names "the medical examiner" as written when no examiner was named, after the one county the story names', () => {
    expect(speakers('Agents shot Ana Ruiz on Saturday. The medical examiner ruled her death a homicide.')).toEqual(['medical examiner']);
    expect(speakers('Agents shot Ana Ruiz in Dale County on Saturday. The county medical examiner ruled her death a homicide.')).toEqual(['Dale County medical examiner']);
    expect(speakers('Agents shot Ana Ruiz in Dale County and Pine County. The county medical examiner ruled her death a homicide.')).toEqual(['county medical examiner']);
  });
});
